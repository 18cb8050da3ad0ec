/**
 * "Mine sager" (the task pane): the caller's own flags, newest first, each with the latest answer
 * from someone other than the requester (a reviewer's comment). Two queries whatever the count:
 * the flags, then the latest reply per flag (DISTINCT ON).
 */
import type { Kysely } from 'kysely';
import type { FlagState } from '../../domain/flags/flag-state';
import type { DB } from '../db/schema';
import type { TenantScope } from '../notify/review-targets';
import { iso } from './offer-mapping';

export interface MyFlag {
  id: string;
  title: string;
  state: FlagState;
  createdAt: string;
  updatedAt: string;
  /** The latest comment by someone other than the requester (the reviewer's answer), if any. */
  latestReply: { author: string; text: string; createdAt: string } | null;
}

export async function listMyFlags(db: Kysely<DB>, scope: TenantScope, requesterId: string, limit: number): Promise<{ items: MyFlag[] }> {
  let q = db.selectFrom('flags').select(['id', 'title', 'state', 'created_at', 'updated_at'])
    .where('requester_id', '=', requesterId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
  if (scope !== '*') q = q.where('tenant_id', '=', scope);
  const rows = await q.execute();
  if (rows.length === 0) return { items: [] };
  const replies = await db.selectFrom('flag_comments as c').innerJoin('flags as f', 'f.id', 'c.flag_id')
    .select(['c.flag_id', 'c.author_name', 'c.text', 'c.created_at'])
    .where('c.flag_id', 'in', rows.map((r) => r.id))
    .whereRef('c.author_id', '<>', 'f.requester_id')
    .distinctOn('c.flag_id').orderBy('c.flag_id').orderBy('c.id', 'desc')
    .execute();
  const byFlag = new Map(replies.map((r) => [r.flag_id, r]));
  return {
    items: rows.map((r) => {
      const reply = byFlag.get(r.id);
      return {
        id: r.id, title: r.title, state: r.state as FlagState, createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!,
        latestReply: reply ? { author: reply.author_name, text: reply.text, createdAt: iso(reply.created_at)! } : null,
      };
    }),
  };
}
