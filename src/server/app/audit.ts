import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../http/auth';
import type { DB } from '../db/schema';
import type { TenantScope } from '../notify/review-targets';

export interface AuditEntry {
  action: string;
  entity: 'offer' | 'rate' | 'flag' | 'import' | 'rate-report' | 'review-target';
  entityId: string | null;
  detail: unknown;
}

/** Written in the same transaction as the change it records. */
export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, actor: Principal, entries: AuditEntry | AuditEntry[], at = new Date()): Promise<void> {
  const rows = (Array.isArray(entries) ? entries : [entries]).map((e) => ({
    at, actor_id: actor.id, actor_name: actor.name, tenant_id: actor.tenantId?.toLowerCase() ?? null, action: e.action, entity: e.entity, entity_id: e.entityId, detail: JSON.stringify(e.detail ?? {}),
  }));
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 1000) await trx.insertInto('audit_log').values(rows.slice(i, i + 1000)).execute();
}

export interface AuditQuery { entity?: string; entityId?: string; actor?: string; cursor?: string; limit: number }

/** Entities whose entity_id is an offer's id (their entries are named by the offer), and those named by a flag. */
const OFFER_ENTITIES = ['offer', 'rate', 'rate-report'];

/** The entries of one tenant (an administrator sees their own organisation's), or all for the dev user ('*'). */
export async function listAudit(db: Kysely<DB>, scope: TenantScope, q: AuditQuery) {
  // The entity's current name, so the log reads "ændrede tilbud «Engen»" rather than an id.
  let query = db.selectFrom('audit_log')
    .leftJoin('offers', (j) => j.onRef('offers.id', '=', 'audit_log.entity_id').on('audit_log.entity', 'in', OFFER_ENTITIES))
    .leftJoin('flags', (j) => j.onRef('flags.id', '=', 'audit_log.entity_id').on('audit_log.entity', '=', 'flag'))
    .selectAll('audit_log').select(['offers.name as offer_name', 'flags.title as flag_title'])
    .orderBy('audit_log.id', 'desc').limit(q.limit + 1);
  if (scope !== '*') query = query.where('audit_log.tenant_id', '=', scope);
  if (q.entity) query = query.where('audit_log.entity', '=', q.entity);
  if (q.entityId) query = query.where('audit_log.entity_id', '=', q.entityId);
  if (q.actor) query = query.where('audit_log.actor_id', '=', q.actor);
  if (q.cursor && /^\d+$/.test(q.cursor)) query = query.where('audit_log.id', '<', Number(q.cursor));
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      id: Number(r.id), at: new Date(r.at).toISOString(), actorId: r.actor_id, actorName: r.actor_name,
      action: r.action, entity: r.entity, entityId: r.entity_id, entityName: r.offer_name ?? r.flag_title ?? null, detail: r.detail as unknown,
    })),
    nextCursor: rows.length > q.limit && page.length > 0 ? String(page[page.length - 1]!.id) : null,
  };
}
