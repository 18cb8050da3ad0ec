import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import { checkTransition, FLAG_STATES, type FlagState } from '../../domain/flags/flag-state';
import { flagCategory, topFindings, type FlagFinding } from '../../domain/flags/flag';
import type { Config } from '../config';
import type { DB, FlagRow } from '../db/schema';
import { InvalidTransition, MunicipalityNotAllowed, NotFound, StaleVersion, Unauthenticated, ValidationFailed } from '../errors';
import type { Principal } from '../http/auth';
import type { ChatTarget, FlagSnapshot } from '../notify/delivery-port';
import { DELIVERY_STATUS_LABELS, enqueue } from '../notify/outbox';
import { targetLabel, TARGET_STATUS_LABELS, type ReviewTargetStore, type TenantScope } from '../notify/review-targets';
import { writeAudit } from './audit';
import { decodeTimeCursor, encodeTimeCursor } from './cursor';
import { iso } from './offer-mapping';

const id = z.string().trim().min(1).max(200);
/** A review target of the requester's tenant (by its id from GET /api/review-targets) or the webhook; never a raw Teams id. */
export const chatTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('review-target'), targetId: z.string().trim().min(1).max(100) }),
  z.strictObject({ kind: z.literal('webhook') }),
]);

export const findingSchema = z.strictObject({
  rule: z.string().regex(/^[a-z0-9][a-zA-Z0-9._-]{0,99}$/, 'Regel-id som fx payment.prepayment'),
  category: z.string().max(60).nullable(),
  field: z.string().max(200).nullable().default(null),
  message: z.string().min(1).max(1000),
});

export const createFlagSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  documentUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable().default(null),
  documentTitle: z.string().trim().max(300).nullable().default(null),
  municipality: z.string().trim().max(100).nullable().default(null),
  offerId: z.string().max(100).nullable().default(null),
  findings: z.array(findingSchema).max(500).default([]),
  comment: z.string().trim().max(4000).nullable().default(null),
  target: chatTargetSchema.nullable().default(null),
});
export type CreateFlagInput = z.infer<typeof createFlagSchema>;

export const patchFlagSchema = z.strictObject({
  state: z.enum(FLAG_STATES).optional(),
  /** 'me' takes the flag; null releases it; or a named person. */
  assignee: z.union([z.literal('me'), z.null(), z.strictObject({ id, name: z.string().trim().min(1).max(200) })]).optional(),
});
export type PatchFlagInput = z.infer<typeof patchFlagSchema>;

export interface FlagQuery {
  state?: FlagState;
  municipality?: string;
  offerId?: string;
  requester?: string;
  assignee?: string;
  olderThanDays?: number;
  newerThanDays?: number;
  cursor?: string;
  limit: number;
}

function rowToSummary(r: FlagRow) {
  return {
    id: r.id, state: r.state as FlagState, title: r.title, category: r.category,
    findingCount: (r.findings as unknown as FlagFinding[]).length,
    documentUrl: r.document_url, documentTitle: r.document_title, municipality: r.municipality, offerId: r.offer_id,
    requester: { id: r.requester_id, name: r.requester_name },
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? r.assignee_id } : null,
    version: r.version, createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!,
  };
}

export class FlagService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Config,
    private readonly now: () => Date,
    /** The deep link into the tab, with the Teams app id of the target's tenant when known. */
    private readonly reviewLink: (flagId: string, tenantId: string | null) => string,
    /** After commit: wake the worker. */
    private readonly onEnqueued: () => void,
    /** The allow-list of chats and channels a flag may name, per tenant. */
    private readonly targets: ReviewTargetStore,
    /** The tenant whose targets the caller may use ('*' for the local dev user only). */
    private readonly scopeOf: (actor: Principal) => TenantScope,
  ) {}

  /**
   * The tenant whose flags the caller may see and change: their own; '*' (every tenant) only for
   * the local dev user. A flag of another tenant is answered 404, as if it did not exist.
   */
  tenantScope(actor: Principal): TenantScope {
    return this.scopeOf(actor);
  }

  /** The tenant a new flag belongs to: the requester's; the dev user's is DEV_TENANT_ID, or the chosen target's. */
  private newFlagTenant(actor: Principal, targetTenant: string | null): string {
    if (actor.tenantId) return actor.tenantId.toLowerCase();
    if (this.scopeOf(actor) === '*') return targetTenant?.toLowerCase() ?? this.config.devTenantId;
    throw new Unauthenticated();
  }

  /** The municipalities the caller's tenant files for (TENANT_MUNICIPALITIES); every one for the dev user. */
  private municipalitiesOf(actor: Principal): readonly string[] {
    const scope = this.scopeOf(actor);
    if (scope === '*') return this.config.municipalities;
    return this.config.tenantMunicipalities[scope] ?? [];
  }

  /** A target the caller may name: one of their tenant's active, visible review targets, or the configured webhook. */
  private async allowedTarget(trx: Transaction<DB>, actor: Principal, target: ChatTarget): Promise<{ tenantId: string | null }> {
    if (target.kind === 'webhook') {
      if (!this.config.teamsWebhookUrl) throw new ValidationFailed('Der er ingen fast Workflows-kanal at sende til.');
      return { tenantId: null };
    }
    const row = await this.targets.get(trx, target.targetId, this.scopeOf(actor));
    if (!row || row.status !== 'active' || row.hidden) throw new ValidationFailed('Den valgte chat eller kanal findes ikke (længere) for din organisation. Vælg en anden.');
    return { tenantId: row.tenant_id };
  }

  /** What the card shows; its deep link carries the Teams app id of the flag's own tenant (TEAMS_APP_IDS). */
  private async snapshot(trx: Transaction<DB>, r: FlagRow, comment: string | null, commentAuthor: string | null = null): Promise<FlagSnapshot> {
    const tenantId = r.tenant_id;
    const offer = r.offer_id
      ? await trx.selectFrom('offers').select(['name', 'provider_name']).where('id', '=', r.offer_id).executeTakeFirst()
      : undefined;
    const findings = r.findings as unknown as FlagFinding[];
    return {
      id: r.id, title: r.title, municipality: r.municipality, offerName: offer?.name ?? null, providerName: offer?.provider_name ?? null,
      category: r.category, topFindings: topFindings(findings, 3).map((f) => ({ rule: f.rule, category: f.category, message: f.message })),
      findingCount: findings.length, requesterName: r.requester_name, assigneeName: r.assignee_name, state: r.state as FlagState,
      comment, commentAuthor, links: { document: r.document_url, documentTitle: r.document_title, review: this.reviewLink(r.id, tenantId) },
      createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!,
    };
  }

  async create(actor: Principal, input: CreateFlagInput) {
    if (input.municipality !== null && !this.config.municipalities.includes(input.municipality)) {
      throw new ValidationFailed(`Kommunen "${input.municipality}" er ikke en af rammeaftalens kommuner.`);
    }
    if (input.municipality !== null && !this.municipalitiesOf(actor).includes(input.municipality)) {
      throw new MunicipalityNotAllowed(input.municipality);
    }
    const flagId = randomUUID();
    const now = this.now();
    let outboxId: string | null = null;
    await this.db.transaction().execute(async (trx) => {
      if (input.offerId !== null) {
        const offer = await trx.selectFrom('offers').select('id').where('id', '=', input.offerId).executeTakeFirst();
        if (!offer) throw new ValidationFailed('Det valgte tilbud findes ikke på leverandørlisten.');
      }
      const allowed = input.target ? await this.allowedTarget(trx, actor, input.target) : null;
      const tenantId = this.newFlagTenant(actor, allowed?.tenantId ?? null);
      const row = await trx.insertInto('flags').values({
        id: flagId, tenant_id: tenantId, state: 'ny', title: input.title, category: flagCategory(input.findings), findings: JSON.stringify(input.findings),
        document_url: input.documentUrl, document_title: input.documentTitle, municipality: input.municipality, offer_id: input.offerId,
        requester_id: actor.id, requester_name: actor.name, assignee_id: null, assignee_name: null,
        target: input.target ? JSON.stringify(input.target) : null, chat_message_id: null, created_at: now, updated_at: now,
      }).returningAll().executeTakeFirstOrThrow();
      await trx.insertInto('flag_events').values({ flag_id: flagId, kind: 'created', from_state: null, to_state: 'ny', actor_id: actor.id, actor_name: actor.name, detail: null, created_at: now }).execute();
      if (input.comment) {
        await trx.insertInto('flag_comments').values({ flag_id: flagId, author_id: actor.id, author_name: actor.name, text: input.comment, created_at: now }).execute();
      }
      if (input.target) outboxId = await enqueue(trx, 'flag.created', { flag: await this.snapshot(trx, row, input.comment), target: input.target }, now);
      await writeAudit(trx, actor, { action: 'flag.created', entity: 'flag', entityId: flagId, detail: { title: input.title, findings: input.findings.length } }, now);
    });
    if (outboxId) this.onEnqueued();
    return this.detail(flagId, '*');
  }

  async list(scope: TenantScope, q: FlagQuery) {
    let query = this.db.selectFrom('flags').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit + 1);
    if (scope !== '*') query = query.where('tenant_id', '=', scope);
    if (q.state) query = query.where('state', '=', q.state);
    if (q.municipality) query = query.where('municipality', '=', q.municipality);
    if (q.offerId) query = query.where('offer_id', '=', q.offerId);
    if (q.requester) query = query.where('requester_id', '=', q.requester);
    if (q.assignee) query = query.where('assignee_id', '=', q.assignee);
    const now = this.now().getTime();
    if (q.olderThanDays !== undefined) query = query.where('created_at', '<=', new Date(now - q.olderThanDays * 86_400_000));
    if (q.newerThanDays !== undefined) query = query.where('created_at', '>=', new Date(now - q.newerThanDays * 86_400_000));
    if (q.cursor) {
      const [at, id] = decodeTimeCursor(q.cursor);
      query = query.where(sql<boolean>`(created_at, id) < (${at}, ${id})`);
    }
    const rows = await query.execute();
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(rowToSummary),
      nextCursor: rows.length > q.limit && last ? encodeTimeCursor(new Date(last.created_at), last.id) : null,
    };
  }

  async detail(flagId: string, scope: TenantScope) {
    let q = this.db.selectFrom('flags').selectAll().where('id', '=', flagId);
    if (scope !== '*') q = q.where('tenant_id', '=', scope);
    const r = await q.executeTakeFirst();
    if (!r) throw new NotFound('Flaget');
    const storedTarget = (r.target as unknown as ChatTarget | null) ?? null;
    const [comments, events, deliveries, offer, targetRow] = await Promise.all([
      this.db.selectFrom('flag_comments').selectAll().where('flag_id', '=', flagId).orderBy('id').execute(),
      this.db.selectFrom('flag_events').selectAll().where('flag_id', '=', flagId).orderBy('id').execute(),
      this.db.selectFrom('outbox').select(['id', 'kind', 'status', 'attempts', 'last_error', 'message_id', 'created_at', 'delivered_at', 'next_attempt_at'])
        .where('flag_id', '=', flagId).orderBy('seq').execute(),
      r.offer_id ? this.db.selectFrom('offers').select(['id', 'name', 'provider_name']).where('id', '=', r.offer_id).executeTakeFirst() : Promise.resolve(undefined),
      storedTarget?.kind === 'review-target'
        ? this.db.selectFrom('review_targets').selectAll().where('id', '=', storedTarget.targetId).executeTakeFirst()
        : Promise.resolve(undefined),
    ]);
    return {
      ...rowToSummary(r),
      findings: r.findings as unknown as FlagFinding[],
      /** Where the card went, by name and state; never a Teams id. */
      target: !storedTarget ? null
        : storedTarget.kind === 'webhook' ? { kind: 'webhook' as const, name: 'Fast Workflows-kanal', status: 'active' as const, statusLabel: TARGET_STATUS_LABELS.active }
          : targetRow ? { kind: 'review-target' as const, name: targetLabel(targetRow), status: targetRow.status, statusLabel: TARGET_STATUS_LABELS[targetRow.status] }
            : { kind: 'review-target' as const, name: 'Ukendt modtager', status: 'gone' as const, statusLabel: TARGET_STATUS_LABELS.gone },
      offer: offer ? { id: offer.id, name: offer.name, providerName: offer.provider_name } : null,
      comments: comments.map((c) => ({ id: Number(c.id), author: { id: c.author_id, name: c.author_name }, text: c.text, createdAt: iso(c.created_at)! })),
      events: events.map((e) => ({
        id: Number(e.id), kind: e.kind, fromState: e.from_state, toState: e.to_state, actor: { id: e.actor_id, name: e.actor_name }, detail: e.detail, createdAt: iso(e.created_at)!,
      })),
      delivery: {
        /** Overall: failed if any message failed, pending while any is on its way, else delivered; none without a target. */
        state: deliveries.length === 0 ? 'none'
          : deliveries.some((d) => d.status === 'failed') ? 'failed'
            : deliveries.some((d) => d.status !== 'delivered') ? 'pending' : 'delivered',
        chatMessageId: r.chat_message_id,
        messages: deliveries.map((d) => ({
          id: d.id, kind: d.kind, status: d.status, label: DELIVERY_STATUS_LABELS[d.status] ?? d.status, attempts: d.attempts, lastError: d.last_error,
          messageId: d.message_id, createdAt: iso(d.created_at)!, deliveredAt: iso(d.delivered_at), nextAttemptAt: d.status === 'pending' ? iso(d.next_attempt_at) : null,
        })),
      },
    };
  }

  /** State and assignee changes, guarded by the version (If-Match) and the allowed transitions. */
  async patch(actor: Principal, flagId: string, expectedVersion: number, input: PatchFlagInput) {
    const now = this.now();
    let outboxId: string | null = null;
    const scope = this.scopeOf(actor);
    await this.db.transaction().execute(async (trx) => {
      let q = trx.selectFrom('flags').selectAll().where('id', '=', flagId);
      if (scope !== '*') q = q.where('tenant_id', '=', scope);
      const before = await q.forUpdate().executeTakeFirst();
      if (!before) throw new NotFound('Flaget');
      if (before.version !== expectedVersion) throw new StaleVersion('Flaget');
      const from = before.state as FlagState;
      const changes: Partial<Pick<FlagRow, 'state' | 'assignee_id' | 'assignee_name'>> = {};
      const events: { kind: string; from_state: string | null; to_state: string | null; detail: string | null }[] = [];
      if (input.state !== undefined && input.state !== from) {
        const check = checkTransition(from, input.state);
        if (!check.ok) throw new InvalidTransition(check.message);
        changes.state = input.state;
        events.push({ kind: 'state-changed', from_state: from, to_state: input.state, detail: null });
      } else if (input.state !== undefined) {
        throw new InvalidTransition(`Flaget er allerede "${from}".`);
      }
      if (input.assignee !== undefined) {
        const who = input.assignee === 'me' ? { id: actor.id, name: actor.name } : input.assignee;
        changes.assignee_id = who?.id ?? null;
        changes.assignee_name = who?.name ?? null;
        events.push({ kind: who ? 'assigned' : 'unassigned', from_state: null, to_state: null, detail: who?.name ?? null });
      }
      if (events.length === 0) return;
      const after = await trx.updateTable('flags').set({ ...changes, updated_at: now, version: sql`version + 1` })
        .where('id', '=', flagId).where('version', '=', expectedVersion).returningAll().executeTakeFirst();
      if (!after) throw new StaleVersion('Flaget');
      await trx.insertInto('flag_events').values(events.map((e) => ({ ...e, flag_id: flagId, actor_id: actor.id, actor_name: actor.name, created_at: now }))).execute();
      const target = after.target as unknown as ChatTarget | null;
      if (target) {
        // Taken, released, resolved or rejected: the card is updated in place; a closed flag also gets a reply naming the contract.
        const latest = await trx.selectFrom('flag_comments').select(['text', 'author_name']).where('flag_id', '=', flagId).orderBy('id', 'desc').limit(1).executeTakeFirst();
        const snap = await this.snapshot(trx, after, latest?.text ?? null, latest?.author_name ?? null);
        outboxId = await enqueue(trx, 'flag.updated', { flag: snap, target }, now);
        if (changes.state === 'afsluttet' || changes.state === 'afvist') await enqueue(trx, 'flag.reply', { flag: snap, target }, now);
      }
      await writeAudit(trx, actor, { action: 'flag.updated', entity: 'flag', entityId: flagId, detail: { state: changes.state ?? null, assignee: changes.assignee_name ?? null } }, now);
    });
    if (outboxId) this.onEnqueued();
    return this.detail(flagId, scope);
  }

  async comment(actor: Principal, flagId: string, text: string) {
    const now = this.now();
    let queued = false;
    const scope = this.scopeOf(actor);
    const row = await this.db.transaction().execute(async (trx) => {
      // Locked like a state change, so the card's updates are queued in the order they happened.
      let q = trx.selectFrom('flags').selectAll().where('id', '=', flagId);
      if (scope !== '*') q = q.where('tenant_id', '=', scope);
      const flag = await q.forUpdate().executeTakeFirst();
      if (!flag) throw new NotFound('Flaget');
      const c = await trx.insertInto('flag_comments').values({ flag_id: flagId, author_id: actor.id, author_name: actor.name, text, created_at: now }).returningAll().executeTakeFirstOrThrow();
      const target = flag.target as unknown as ChatTarget | null;
      if (target) {
        const snap = await this.snapshot(trx, flag, text, actor.name);
        await enqueue(trx, 'flag.updated', { flag: snap, target }, now);
        queued = true;
      }
      await trx.insertInto('flag_events').values({ flag_id: flagId, kind: 'commented', from_state: null, to_state: null, actor_id: actor.id, actor_name: actor.name, detail: null, created_at: now }).execute();
      await writeAudit(trx, actor, { action: 'flag.commented', entity: 'flag', entityId: flagId, detail: {} }, now);
      return c;
    });
    if (queued) this.onEnqueued();
    return { id: Number(row.id), author: { id: row.author_id, name: row.author_name }, text: row.text, createdAt: iso(row.created_at)! };
  }
}
