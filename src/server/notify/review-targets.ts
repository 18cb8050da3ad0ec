/**
 * Review targets: the Teams channels and group chats the app's bot was added to, per tenant. The
 * bot records them from its install events (conversation reference and names only, never message
 * contents); administrators rename or hide them; requesters pick them by name; the outbox resolves
 * them to a conversation reference when a card goes out. A flag can only name a target of its
 * requester's own tenant: that is the allow-list — no raw chat or channel id is ever accepted from
 * a user, and nothing is posted with the app's credentials on a user's say-so.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, ReviewTargetRow } from '../db/schema';
import type { ConversationReference } from './delivery-port';

type Db = Kysely<DB> | Transaction<DB>;

/** "*" only in dev mode (no tenant on the local user): every tenant's targets. */
export type TenantScope = string | '*';

export type TargetStatus = ReviewTargetRow['status'];

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  active: 'Aktiv',
  removed: 'Appen er fjernet',
  gone: 'Findes ikke længere',
};

/** The name people see: the administrator's, else "Team › Kanal" or the chat's name. */
export function targetLabel(r: Pick<ReviewTargetRow, 'display_name' | 'kind' | 'team_name' | 'channel_name' | 'chat_name'>): string {
  if (r.display_name) return r.display_name;
  if (r.kind === 'channel') return `${r.team_name || 'Team'} › ${r.channel_name || 'Generelt'}`;
  return r.chat_name || 'Gruppechat uden navn';
}

/** What the API shows of a target: names and state, never conversation ids or service URLs. */
export function publicTarget(r: ReviewTargetRow) {
  return {
    id: r.id,
    name: targetLabel(r),
    kind: r.kind,
    teamsName: targetLabel({ ...r, display_name: null }),
    hidden: r.hidden,
    status: r.status,
    statusLabel: TARGET_STATUS_LABELS[r.status],
    version: r.version,
  };
}
export type PublicTarget = ReturnType<typeof publicTarget>;

export interface InstalledConversation {
  tenantId: string;
  serviceUrl: string;
  kind: 'channel' | 'groupChat';
  conversationId: string;
  teamId: string | null;
  teamName: string | null;
  channelName: string | null;
  chatName: string | null;
}

export class ReviewTargetStore {
  constructor(private readonly db: Kysely<DB>, private readonly now: () => Date) {}

  /** Added (or re-added): active again, Teams names and service URL refreshed, admin name kept. */
  async upsert(c: InstalledConversation): Promise<void> {
    const now = this.now();
    await this.db.insertInto('review_targets').values({
      id: randomUUID(), tenant_id: c.tenantId, kind: c.kind, conversation_id: c.conversationId, service_url: c.serviceUrl,
      team_id: c.teamId, team_name: c.teamName, channel_name: c.channelName, chat_name: c.chatName,
      display_name: null, status: 'active', created_at: now, updated_at: now,
    }).onConflict((oc) => oc.columns(['tenant_id', 'conversation_id']).doUpdateSet({
      service_url: c.serviceUrl, kind: c.kind, team_id: c.teamId,
      team_name: sql`coalesce(excluded.team_name, review_targets.team_name)`,
      channel_name: sql`coalesce(excluded.channel_name, review_targets.channel_name)`,
      chat_name: sql`coalesce(excluded.chat_name, review_targets.chat_name)`,
      status: 'active', updated_at: now, version: sql`review_targets.version + 1`,
    })).execute();
  }

  /** The bot left a chat or a team (all its channels), or a channel was deleted. */
  async remove(tenantId: string, where: { conversationId: string } | { teamId: string }): Promise<number> {
    let q = this.db.updateTable('review_targets')
      .set({ status: 'removed', updated_at: this.now(), version: sql`version + 1` })
      .where('tenant_id', '=', tenantId).where('status', '=', 'active');
    q = 'teamId' in where ? q.where('team_id', '=', where.teamId) : q.where('conversation_id', '=', where.conversationId);
    const res = await q.executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async renameTeam(tenantId: string, teamId: string, teamName: string): Promise<void> {
    await this.db.updateTable('review_targets').set({ team_name: teamName, updated_at: this.now() })
      .where('tenant_id', '=', tenantId).where('team_id', '=', teamId).execute();
  }

  async renameChannel(tenantId: string, conversationId: string, channelName: string): Promise<void> {
    await this.db.updateTable('review_targets').set({ channel_name: channelName, updated_at: this.now() })
      .where('tenant_id', '=', tenantId).where('conversation_id', '=', conversationId).execute();
  }

  /** Is the bot in this team (so a newly created channel becomes a target)? */
  async teamInstalled(tenantId: string, teamId: string): Promise<boolean> {
    const row = await this.db.selectFrom('review_targets').select('id')
      .where('tenant_id', '=', tenantId).where('team_id', '=', teamId).where('status', '=', 'active').executeTakeFirst();
    return !!row;
  }

  /** Teams answered 403/404: the bot is not in that conversation any more. */
  async markGone(targetId: string): Promise<void> {
    await this.db.updateTable('review_targets').set({ status: 'gone', updated_at: this.now(), version: sql`version + 1` })
      .where('id', '=', targetId).where('status', '=', 'active').execute();
  }

  /** For requesters: the active, visible targets of their tenant, by name. */
  async listVisible(scope: TenantScope): Promise<PublicTarget[]> {
    let q = this.db.selectFrom('review_targets').selectAll().where('status', '=', 'active').where('hidden', '=', false);
    if (scope !== '*') q = q.where('tenant_id', '=', scope);
    return (await q.execute()).map(publicTarget).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /** For administrators: every target of their tenant, hidden and gone ones included. */
  async listAll(scope: TenantScope): Promise<PublicTarget[]> {
    let q = this.db.selectFrom('review_targets').selectAll();
    if (scope !== '*') q = q.where('tenant_id', '=', scope);
    return (await q.execute()).map(publicTarget).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  async get(db: Db, id: string, scope: TenantScope): Promise<ReviewTargetRow | undefined> {
    let q = db.selectFrom('review_targets').selectAll().where('id', '=', id);
    if (scope !== '*') q = q.where('tenant_id', '=', scope);
    return q.executeTakeFirst();
  }

  /** Rename (null: back to the Teams name) or hide/show; guarded by the version the admin saw. */
  async update(id: string, scope: TenantScope, expectedVersion: number, change: { displayName?: string | null; hidden?: boolean }): Promise<ReviewTargetRow | 'stale' | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.get(trx, id, scope);
      if (!row) return undefined;
      if (row.version !== expectedVersion) return 'stale';
      return trx.updateTable('review_targets').set({
        ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
        ...(change.hidden !== undefined ? { hidden: change.hidden } : {}),
        updated_at: this.now(), version: sql`version + 1`,
      }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  }

  /** The conversation to post to, while the target is active; null once it is removed or gone. */
  async resolve(targetId: string): Promise<ConversationReference | null> {
    const r = await this.db.selectFrom('review_targets').select(['id', 'tenant_id', 'conversation_id', 'service_url', 'status'])
      .where('id', '=', targetId).executeTakeFirst();
    if (!r || r.status !== 'active') return null;
    return { targetId: r.id, tenantId: r.tenant_id, conversationId: r.conversation_id, serviceUrl: r.service_url };
  }
}
