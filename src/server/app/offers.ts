import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type SqlBool, type Expression, type ExpressionBuilder } from 'kysely';
import { validateOffer } from '../../domain/providers/offer-validation';
import { currentRates, rateIncreases } from '../../domain/providers/rate-increase';
import { supervisionStatus } from '../../domain/providers/supervision';
import type { Config } from '../config';
import type { DB, OfferRow } from '../db/schema';
import { FieldsRejected, NotFound, StaleVersion, ValidationFailed } from '../errors';
import type { Principal } from '../http/auth';
import type { TenantScope } from '../notify/review-targets';
import { writeAudit } from './audit';
import { decodeKeysetCursor, encodeKeysetCursor, type CursorValueKind } from './cursor';
import { OfferCountCache } from './offer-count-cache';
import {
  inputToFields, inputToRow, iso, rateToApi, rowToFields, rowToRate, rowToSummary, toKr, toOre,
  type OfferInput, type OfferSummary, type RateInput,
} from './offer-mapping';

// The sort vocabulary is the domain's, shared with the tab (which must not import server code).
import type { OfferSort } from '../../domain/providers/offer-sort';
export { OFFER_SORTS, type OfferSort } from '../../domain/providers/offer-sort';

const SORT_COLUMN = {
  name: 'name', providerName: 'provider_name', municipality: 'municipality', freePlaces: 'free_places', listStatus: 'list_status', updatedAt: 'updated_at',
} as const;

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

type OfferFilters = Omit<OfferQuery, 'sort' | 'cursor' | 'limit'>;

/** Every column the API shows (not the generated search text). */
const OFFER_COLUMNS = [
  'id', 'name', 'provider_name', 'cvr', 'p_number', 'operating_form', 'address', 'postcode', 'city', 'municipality',
  'email', 'phone', 'sections', 'target_groups', 'places', 'free_places', 'free_places_updated_at', 'supervision_colour',
  'supervision_date', 'terms_accepted_date', 'list_status', 'version', 'created_at', 'updated_at',
] as const;

/** The filter set a total belongs to (sort, cursor and page size do not change it). */
function countKey(q: OfferFilters): string {
  const text = q.q?.trim() ?? '';
  return JSON.stringify([text === '' ? null : text, q.section ?? null, q.targetGroup ?? null, q.municipality ?? null,
    q.operatingForm ?? null, q.hasFreePlaces ?? null, q.supervision ?? null, q.listStatus ?? null]);
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** A timestamp as Date.toISOString() writes it (milliseconds, truncated as the driver's Date does). */
const isoMs = (column: string) => sql`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * An offer of the page subquery `o` as offerSummarySchema's columns, in its order and names, for
 * row_to_json: what rowToSummary makes of a row (amounts in kroner, as float8 so that they print
 * as JavaScript prints ore / 100). `rates` is the offer's rates in force, [section, unit, øre, from].
 */
function summaryColumns(rates: RawBuilder<unknown>) {
  return sql`o.id as "id", o.name as "name", o.provider_name as "providerName", o.cvr as "cvr", o.p_number as "pNumber",
    o.operating_form as "operatingForm", o.address as "address", o.postcode as "postcode", o.city as "city",
    o.municipality as "municipality", o.email as "email", o.phone as "phone", o.sections as "sections",
    o.target_groups as "targetGroups", o.places as "places", o.free_places as "freePlaces",
    ${isoMs('o.free_places_updated_at')} as "freePlacesUpdatedAt", o.supervision_colour as "supervisionColour",
    o.supervision_date as "supervisionDate", o.terms_accepted_date as "termsAcceptedDate", o.list_status as "listStatus",
    o.version as "version", ${isoMs('o.created_at')} as "createdAt", ${isoMs('o.updated_at')} as "updatedAt",
    (select coalesce(array_to_json(array_agg(row_to_json(r) order by e.n)), '[]'::json)
       from jsonb_array_elements(${rates}) with ordinality e(rate, n),
       lateral (select e.rate->>0 as "section", e.rate->>1 as "unit", (e.rate->>2)::float8 / 100 as "amount", e.rate->>3 as "validFrom") r
    ) as "currentRates"`;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The kind of value each sort column's cursor carries (see ./cursor). */
const CURSOR_KIND: Record<keyof typeof SORT_COLUMN, CursorValueKind> = {
  name: 'text', providerName: 'text', municipality: 'text', freePlaces: 'integer', listStatus: 'text', updatedAt: 'timestamp',
};

export class OfferService {
  private readonly counts = new OfferCountCache();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Config,
    private readonly now: () => Date,
    /** Whose flags an offer's detail lists: the caller's tenant's ('*' for the dev user only); fail closed by default. */
    private readonly scopeOf: (actor: Principal) => TenantScope = (p) => p.tenantId?.toLowerCase() ?? '',
  ) {}

  private filters(eb: ExpressionBuilder<DB, 'offers'>, q: OfferFilters): Expression<SqlBool> {
    const conds: Expression<SqlBool>[] = [];
    if (q.q && q.q.trim() !== '') {
      const pattern = `%${likeEscape(q.q.trim())}%`;
      // One LIKE over the generated lower-case search text (name, provider, CVR, address, city).
      conds.push(sql<SqlBool>`search_text like lower(${pattern})`);
    }
    // Containment (@>) rather than = any(…), so that the GIN indexes on the arrays apply.
    if (q.section) conds.push(sql<SqlBool>`sections @> array[${q.section}]::text[]`);
    if (q.targetGroup) conds.push(sql<SqlBool>`target_groups @> array[${q.targetGroup}]::text[]`);
    if (q.municipality) conds.push(eb('municipality', '=', q.municipality));
    if (q.operatingForm) conds.push(eb('operating_form', '=', q.operatingForm));
    if (q.hasFreePlaces === true) conds.push(eb('free_places', '>', 0));
    if (q.hasFreePlaces === false) conds.push(eb('free_places', '=', 0));
    if (q.supervision) conds.push(eb('supervision_colour', '=', q.supervision));
    if (q.listStatus) conds.push(eb('list_status', '=', q.listStatus));
    return eb.and(conds);
  }

  /** Where the offers table is: moves on with every change (migration 031). */
  async generation(): Promise<string> {
    const r = await this.db.selectFrom('offers_generation').select(sql<string>`n::text`.as('n')).where('id', '=', 1).executeTakeFirstOrThrow();
    return r.n;
  }

  /** A page of offers and the generation of the table it was read at (for caching the answer). */
  async list(q: OfferQuery): Promise<{ items: OfferSummary[]; nextCursor: string | null; total: number; generation: string }> {
    const { itemsJson, ...rest } = await this.page(q);
    // Written by the database in offerSummarySchema's shape (see page()).
    return { items: JSON.parse(itemsJson) as OfferSummary[], ...rest };
  }

  /**
   * A page of offers with its items already written as JSON by the database (offerSummarySchema's
   * shape, the same values as rowToSummary): the API route passes the text through instead of
   * decoding 25 columns a row into objects and serialising them again, which was most of a
   * search's cost in Node (issue 16, profiled).
   */
  async page(q: OfferQuery): Promise<{ itemsJson: string; nextCursor: string | null; total: number; generation: string }> {
    const desc = q.sort.startsWith('-');
    const dir = desc ? 'desc' : 'asc';
    const key = q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMN;
    const col = SORT_COLUMN[key];
    const day = today(this.now());
    let inner = this.db.selectFrom('offers').select([...OFFER_COLUMNS, 'rates_now', 'rates_from', 'rates_until'])
      .where((eb) => this.filters(eb, q));
    if (q.cursor) {
      const [v, id] = decodeKeysetCursor(q.cursor, CURSOR_KIND[key]);
      // A timestamp cursor keeps the microseconds (a Date would drop them and repeat the last row).
      const value = key === 'updatedAt' ? sql`${v}::timestamptz` : v;
      inner = inner.where(desc ? sql<SqlBool>`(${sql.ref(col)}, id) < (${value}, ${id})` : sql<SqlBool>`(${sql.ref(col)}, id) > (${value}, ${id})`);
    }
    // One round trip: the page (keyset, on the sort's index), each offer's rates in force today
    // (kept on the offer; computed only where today is outside the days they hold for) and the
    // generation of the offers table in the same snapshot, which tells whether a cached total holds.
    const fresh = sql`(o.rates_from is null or o.rates_from <= ${day}) and (o.rates_until is null or ${day} < o.rates_until)`;
    const rates = sql`case when ${fresh} then o.rates_now else offer_rates_on(o.id, ${day}) end`;
    const page = this.db.selectFrom(inner.orderBy(col, dir).orderBy('id', dir).limit(q.limit + 1).as('o'))
      .select(sql<string>`(select row_to_json(x)::text from (select ${summaryColumns(rates)}) x)`.as('json'))
      .select(['o.id'])
      .select(key === 'updatedAt' ? sql<string>`to_char(o.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_value')
        : sql<string | number>`${sql.ref(`o.${col}`)}`.as('cursor_value'))
      .select(sql<boolean>`not (${fresh})`.as('rates_stale'))
      .select(sql<string>`(select n::text from offers_generation where id = 1)`.as('generation'))
      .orderBy(sql.ref(`o.${col}`), dir).orderBy('o.id', dir);
    const filterKey = countKey(q);
    const counting = this.counts.knows(filterKey) ? null : this.count(q);
    const rows = await page.execute();
    let generation = rows[0]?.generation ?? null;
    let total = generation === null ? undefined : this.counts.get(filterKey, generation);
    if (total === undefined) {
      const counted = await (counting ?? this.count(q));
      this.counts.set(filterKey, counted.generation, counted.total);
      total = counted.total;
      // An empty page has no row to carry it: the count's snapshot is the page's generation then.
      generation ??= counted.generation;
    }
    const pageRows = rows.slice(0, q.limit);
    const stale = pageRows.filter((r) => r.rates_stale).map((r) => r.id);
    if (stale.length > 0) this.refreshRates(stale, day);
    const last = pageRows[pageRows.length - 1];
    return {
      itemsJson: `[${pageRows.map((r) => r.json).join(',')}]`,
      nextCursor: rows.length > q.limit && last ? encodeKeysetCursor(last.cursor_value, last.id) : null,
      total,
      // Set from the page's row or, for an empty page, from the count's snapshot above.
      generation: generation!,
    };
  }

  /**
   * A rate that has begun since an offer's rates were kept (a future valid-from reached) makes
   * them stale: the page computed them instead; keep them for the next reader. In the background,
   * as a best effort: a failure only means the next page computes them again.
   */
  private refreshRates(ids: string[], day: string): void {
    void sql`select offers_rates_refresh(${ids}::text[], ${day})`.execute(this.db).catch(() => undefined);
  }

  private async count(q: OfferFilters): Promise<{ total: number; generation: string }> {
    const r = await this.db.selectFrom('offers')
      .select((eb) => [eb.fn.countAll<string>().as('n'), sql<string>`(select n::text from offers_generation where id = 1)`.as('generation')])
      .where((eb) => this.filters(eb, q)).executeTakeFirstOrThrow();
    return { total: Number(r.n), generation: r.generation };
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

  /** The offer with its rates, increases, supervision and the flags of the caller's tenant. */
  async detail(id: string, actorOrScope: Principal | TenantScope) {
    const scope = typeof actorOrScope === 'string' ? actorOrScope : this.scopeOf(actorOrScope);
    let flagQuery = this.db.selectFrom('flags').select(['id', 'title', 'state', 'category', 'created_at']).where('offer_id', '=', id);
    if (scope !== '*') flagQuery = flagQuery.where('tenant_id', '=', scope);
    const row = await this.db.selectFrom('offers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFound('Tilbuddet');
    const [rates, flags] = await Promise.all([
      this.db.selectFrom('rates').selectAll().where('offer_id', '=', id).orderBy('valid_from').orderBy('id').execute(),
      flagQuery.orderBy('created_at', 'desc').limit(50).execute(),
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
    if (problems.length > 0) throw new FieldsRejected(problems.map((p) => ({ path: p.field, message: p.message })));
  }

  async create(actor: Principal, input: OfferInput & { rates?: RateInput[] }) {
    this.check(input);
    const { rates = [], ...fields } = input;
    rates.forEach((r, i) => this.checkRateSection(fields.sections, r, `rates.${i}.section`));
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
    return this.detail(id, actor);
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
    return this.detail(id, actor);
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
    return this.detail(id, actor);
  }

  private checkRateSection(sections: string[], r: RateInput, path = 'section') {
    if (!sections.includes(r.section)) {
      const message = `Tilbuddet har ikke § ${r.section}; en takst kan kun gælde tilbuddets egne paragraffer (${sections.map((s) => `§ ${s}`).join(', ')}).`;
      throw new ValidationFailed(message, undefined, [{ path, message }]);
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
