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

/** The entries of one tenant (an administrator sees their own organisation's), or all for the dev user ('*'). */
export async function listAudit(db: Kysely<DB>, scope: TenantScope, q: AuditQuery) {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(q.limit + 1);
  if (scope !== '*') query = query.where('tenant_id', '=', scope);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actor) query = query.where('actor_id', '=', q.actor);
  if (q.cursor && /^\d+$/.test(q.cursor)) query = query.where('id', '<', Number(q.cursor));
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      id: Number(r.id), at: new Date(r.at).toISOString(), actorId: r.actor_id, actorName: r.actor_name,
      action: r.action, entity: r.entity, entityId: r.entity_id, detail: r.detail as unknown,
    })),
    nextCursor: rows.length > q.limit && page.length > 0 ? String(page[page.length - 1]!.id) : null,
  };
}
