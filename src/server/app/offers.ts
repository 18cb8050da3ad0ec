import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type SqlBool, type Expression, type ExpressionBuilder } from 'kysely';
import { validateOffer } from '../../domain/providers/offer-validation';
import { currentRates, rateIncreases } from '../../domain/providers/rate-increase';
import { supervisionStatus } from '../../domain/providers/supervision';
import type { Config } from '../config';
import type { DB, OfferRow } from '../db/schema';
import { AppError, NotFound, StaleVersion, ValidationFailed } from '../errors';
import type { Principal } from '../http/auth';
import { writeAudit } from './audit';
import { decodeKeysetCursor, encodeKeysetCursor } from './cursor';
import {
  inputToFields, inputToRow, iso, rateToApi, rowToFields, rowToRate, rowToSummary, toKr, toOre,
  type OfferInput, type OfferSummary, type RateInput,
} from './offer-mapping';

export const OFFER_SORTS = ['name', '-name', 'municipality', '-municipality', 'freePlaces', '-freePlaces', 'updatedAt', '-updatedAt'] as const;
export type OfferSort = (typeof OFFER_SORTS)[number];

const SORT_COLUMN = { name: 'name', municipality: 'municipality', freePlaces: 'free_places', updatedAt: 'updated_at' } as const;

export interface OfferQuery {
  q?: string;
  section?: string;
  targetGroup?: string;
  municipality?: string;
  operatingForm?: string;
  hasFreePlaces?: boolean;
  supervision?: string;
  listStatus?: string;
  sort: OfferSort;
  cursor?: string;
  limit: number;
}


const today = (now: Date) => now.toISOString().slice(0, 10);

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The kind of value each sort column's cursor carries (see ./cursor). */
const CURSOR_KIND = { name: 'text', municipality: 'text', freePlaces: 'integer', updatedAt: 'timestamp' } as const;

export class OfferService {
  constructor(private readonly db: Kysely<DB>, private readonly config: Config, private readonly now: () => Date) {}

  private filters(eb: ExpressionBuilder<DB, 'offers'>, q: Omit<OfferQuery, 'sort' | 'cursor' | 'limit'>): Expression<SqlBool> {
    const conds: Expression<SqlBool>[] = [];
    if (q.q && q.q.trim() !== '') {
      const pattern = `%${likeEscape(q.q.trim())}%`;
      // One LIKE over the generated lower-case search text (name, provider, CVR, address, city).
      conds.push(sql<SqlBool>`search_text like lower(${pattern})`);
    }
    if (q.section) conds.push(sql<SqlBool>`${q.section} = any(sections)`);
    if (q.targetGroup) conds.push(sql<SqlBool>`${q.targetGroup} = any(target_groups)`);
    if (q.municipality) conds.push(eb('municipality', '=', q.municipality));
    if (q.operatingForm) conds.push(eb('operating_form', '=', q.operatingForm));
    if (q.hasFreePlaces === true) conds.push(eb('free_places', '>', 0));
    if (q.hasFreePlaces === false) conds.push(eb('free_places', '=', 0));
    if (q.supervision) conds.push(eb('supervision_colour', '=', q.supervision));
    if (q.listStatus) conds.push(eb('list_status', '=', q.listStatus));
    return eb.and(conds);
  }

  async list(q: OfferQuery): Promise<{ items: OfferSummary[]; nextCursor: string | null; total: number }> {
    const desc = q.sort.startsWith('-');
    const key = q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMN;
    const col = SORT_COLUMN[key];
    let query = this.db.selectFrom('offers').selectAll().where((eb) => this.filters(eb, q));
    if (q.cursor) {
      const [v, id] = decodeKeysetCursor(q.cursor, CURSOR_KIND[key]);
      const value = key === 'updatedAt' ? new Date(String(v)) : v;
      query = query.where(desc ? sql<SqlBool>`(${sql.ref(col)}, id) < (${value}, ${id})` : sql<SqlBool>`(${sql.ref(col)}, id) > (${value}, ${id})`);
    }
    const [rows, count] = await Promise.all([
      query.orderBy(col, desc ? 'desc' : 'asc').orderBy('id', desc ? 'desc' : 'asc').limit(q.limit + 1).execute(),
      this.db.selectFrom('offers').select((eb) => eb.fn.countAll<string>().as('n')).where((eb) => this.filters(eb, q)).executeTakeFirstOrThrow(),
    ]);
    const page = rows.slice(0, q.limit);
    const items = await this.summaries(page);
    const last = page[page.length - 1];
    const lastValue = last ? (key === 'updatedAt' ? iso(last.updated_at) : last[col as keyof OfferRow]) : null;
    return {
      items,
      nextCursor: rows.length > q.limit && last ? encodeKeysetCursor(lastValue, last.id) : null,
      total: Number(count.n),
    };
  }

  /** Rows → API summaries with each offer's current rates (one query for the whole page). */
  async summaries(rows: OfferRow[]): Promise<OfferSummary[]> {
    if (rows.length === 0) return [];
    const day = today(this.now());
    // Only the latest rate per (offer, section, unit) in force today; later appends win ties.
    const rates = await this.db.selectFrom('rates')
      .select(['offer_id', 'section', 'unit', 'amount_ore', 'valid_from', 'id', 'created_at', 'created_by'])
      .distinctOn(['offer_id', 'section', 'unit'])
      .where('offer_id', 'in', rows.map((r) => r.id)).where('valid_from', '<=', day)
      .orderBy('offer_id').orderBy('section').orderBy('unit').orderBy('valid_from', 'desc').orderBy('id', 'desc')
      .execute();
    const byOffer = new Map<string, ReturnType<typeof rowToRate>[]>();
    for (const r of rates) {
      const list = byOffer.get(r.offer_id) ?? [];
      list.push(rowToRate(r));
      byOffer.set(r.offer_id, list);
    }
    return rows.map((r) => rowToSummary(r, currentRates(byOffer.get(r.id) ?? [], day)));
  }

  async detail(id: string) {
    const row = await this.db.selectFrom('offers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFound('Tilbuddet');
    const [rates, flags] = await Promise.all([
      this.db.selectFrom('rates').selectAll().where('offer_id', '=', id).orderBy('valid_from').orderBy('id').execute(),
      this.db.selectFrom('flags').select(['id', 'title', 'state', 'category', 'created_at']).where('offer_id', '=', id).orderBy('created_at', 'desc').limit(50).execute(),
    ]);
    const history = rates.map(rowToRate);
    const fields = rowToFields(row);
    const years = [...new Set(history.map((r) => Number(r.validFrom.slice(0, 4))))].sort();
    const increases = years.flatMap((y) => rateIncreases(history, y, fields.operatingForm, this.config.rateThresholds));
    return {
      ...rowToSummary(row, currentRates(history, today(this.now()))),
      rates: rates.map((r) => rateToApi(rowToRate(r), r.created_at)),
      increases: increases.map((x) => ({
        section: x.section, unit: x.unit, year: x.year, previous: toKr(x.previousOre), current: toKr(x.currentOre),
        increasePercent: x.increasePercent, thresholdPercent: x.thresholdPercent, toReport: x.toReport,
      })),
      supervisionStatus: supervisionStatus(fields, this.config.supervision),
      flags: flags.map((f) => ({ id: f.id, title: f.title, state: f.state, category: f.category, createdAt: iso(f.created_at)! })),
    };
  }

  private check(input: OfferInput) {
    const problems = validateOffer(inputToFields(input), this.config.municipalities);
    if (problems.length > 0) {
      throw new AppError('input.rejected', problems.map((p) => p.message).join(' '), problems);
    }
  }

  async create(actor: Principal, input: OfferInput & { rates?: RateInput[] }) {
    this.check(input);
    const { rates = [], ...fields } = input;
    for (const r of rates) this.checkRateSection(fields.sections, r);
    const id = randomUUID();
    const now = this.now();
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('offers').values({
        id, ...inputToRow(fields, now), created_at: now, free_places_updated_at: fields.freePlacesUpdatedAt ?? now,
      }).execute();
      if (rates.length > 0) {
        await trx.insertInto('rates').values(rates.map((r) => ({
          offer_id: id, section: r.section, unit: r.unit, amount_ore: toOre(r.amount), valid_from: r.validFrom, created_at: now, created_by: actor.id,
        }))).execute();
      }
      await writeAudit(trx, actor, { action: 'offer.created', entity: 'offer', entityId: id, detail: { name: fields.name, rates: rates.length } }, now);
    });
    return this.detail(id);
  }

  /** Compare-and-set on the version: of concurrent updates with the same If-Match exactly one wins. */
  async update(actor: Principal, id: string, expectedVersion: number, input: OfferInput) {
    this.check(input);
    const now = this.now();
    await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('offers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw new NotFound('Tilbuddet');
      const freeChanged = before.free_places !== input.freePlaces;
      const updated = await trx.updateTable('offers')
        .set({
          ...inputToRow(input, now),
          free_places_updated_at: input.freePlacesUpdatedAt ?? (freeChanged ? now : before.free_places_updated_at),
          version: sql`version + 1`,
        })
        .where('id', '=', id).where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new StaleVersion('Tilbuddet');
      const beforeFields = rowToFields(before);
      const afterFields = inputToFields(input);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const k of Object.keys(afterFields) as (keyof typeof afterFields)[]) {
        if (k === 'freePlacesUpdatedAt') continue;
        if (JSON.stringify(beforeFields[k]) !== JSON.stringify(afterFields[k])) changes[k] = { from: beforeFields[k], to: afterFields[k] };
      }
      await writeAudit(trx, actor, { action: 'offer.updated', entity: 'offer', entityId: id, detail: { changes } }, now);
    });
    return this.detail(id);
  }

  async suspend(actor: Principal, id: string, expectedVersion: number, reason: string | null) {
    const now = this.now();
    await this.db.transaction().execute(async (trx) => {
      const updated = await trx.updateTable('offers')
        .set({ list_status: 'suspenderet', updated_at: now, version: sql`version + 1` })
        .where('id', '=', id).where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        const exists = await trx.selectFrom('offers').select('id').where('id', '=', id).executeTakeFirst();
        throw exists ? new StaleVersion('Tilbuddet') : new NotFound('Tilbuddet');
      }
      await writeAudit(trx, actor, { action: 'offer.suspended', entity: 'offer', entityId: id, detail: { reason } }, now);
    });
    return this.detail(id);
  }

  private checkRateSection(sections: string[], r: RateInput) {
    if (!sections.includes(r.section)) {
      throw new ValidationFailed(`Tilbuddet har ikke § ${r.section}; en takst kan kun gælde tilbuddets egne paragraffer (${sections.map((s) => `§ ${s}`).join(', ')}).`);
    }
  }

  /** Rates are append-only: a correction is a new rate with its own valid-from. */
  async addRate(actor: Principal, id: string, r: RateInput) {
    const now = this.now();
    const row = await this.db.transaction().execute(async (trx) => {
      const offer = await trx.selectFrom('offers').select(['id', 'sections']).where('id', '=', id).executeTakeFirst();
      if (!offer) throw new NotFound('Tilbuddet');
      this.checkRateSection(offer.sections, r);
      const inserted = await trx.insertInto('rates').values({
        offer_id: id, section: r.section, unit: r.unit, amount_ore: toOre(r.amount), valid_from: r.validFrom, created_at: now, created_by: actor.id,
      }).returningAll().executeTakeFirstOrThrow();
      await writeAudit(trx, actor, { action: 'rate.appended', entity: 'rate', entityId: id, detail: { section: r.section, unit: r.unit, amount: r.amount, validFrom: r.validFrom } }, now);
      return inserted;
    });
    return rateToApi(rowToRate(row), row.created_at);
  }

  /** Free places for a need: public offers (municipal/regional) first, then private; same municipality first. */
  async freePlaces(q: { section?: string; targetGroup?: string; municipality?: string; limit: number }) {
    const rows = await this.db.selectFrom('offers').selectAll()
      .where('free_places', '>', 0).where('list_status', '=', 'optaget')
      .where((eb) => this.filters(eb, { section: q.section, targetGroup: q.targetGroup }))
      .orderBy(sql`case when operating_form in ('municipal','regional') then 0 else 1 end`)
      .orderBy(sql`case when municipality = ${q.municipality ?? ''} then 0 else 1 end`)
      .orderBy('free_places', 'desc').orderBy('name').orderBy('id')
      .limit(q.limit).execute();
    const items = await this.summaries(rows);
    return {
      items: items.map((o) => ({ ...o, public: o.operatingForm === 'municipal' || o.operatingForm === 'regional' })),
    };
  }
}
