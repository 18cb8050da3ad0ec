import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB, OutboxRow } from '../db/schema';
import type { ChatDelivery, ConversationReference, DeliveryOutcome, OutboxMessage } from './delivery-port';
import type { OutboxPayload } from './outbox';

/** Where review targets are resolved and marked gone (ReviewTargetStore). */
export interface TargetDirectory {
  resolve(targetId: string): Promise<ConversationReference | null>;
  markGone(targetId: string): Promise<void>;
}

export interface OutboxWorkerOptions {
  pollMs: number;
  maxAttempts: number;
  backoffMs: number;
  backoffMaxMs: number;
  /** How long a claimed row stays invisible to other workers; a crashed worker's rows come back after it. */
  leaseMs: number;
  batchSize?: number;
  onError?: (e: unknown) => void;
}

/** Exponential backoff: base·2^(attempt-1), capped; the adapter's Retry-After wins when longer. */
export function backoffDelay(attempt: number, opts: Pick<OutboxWorkerOptions, 'backoffMs' | 'backoffMaxMs'>, retryAfterMs?: number): number {
  const exp = Math.min(opts.backoffMaxMs, opts.backoffMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(exp, retryAfterMs ?? 0);
}

/**
 * Delivers outbox rows through a ChatDelivery. Any number of workers (in one process or many, on
 * one PostgreSQL) may run: rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so each
 * message is handed to exactly one worker at a time; all state lives in the database, and no user
 * token is needed (the bot posts with its own credentials), so a retry, a restart or another
 * instance delivers exactly like the first try.
 * A flag's messages go out one at a time in the order they were queued (seq): the card first, then
 * each update of it in place, then the reply — so an older state can never overwrite a newer one.
 *
 * The one window left (issue 11 point 9): Teams accepted a card and the worker died (or timed
 * out waiting for the answer) before it committed "delivered"; the lease then hands the message to
 * the next worker, which posts it again. The Bot Connector has no idempotency key, so the window
 * is kept to that single request: the commit follows the answer immediately.
 */
export class OutboxWorker {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = true;
  private kicked = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly delivery: ChatDelivery,
    private readonly opts: OutboxWorkerOptions,
    private readonly targets: TargetDirectory,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Wakes the worker now (after an insert in this process); other processes find it on their poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) { this.kicked = true; return; }
    this.schedule(0);
  }

  /** Stops polling and waits for the batch in flight, so nothing is left half-delivered on shutdown. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running.catch(() => 0);
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runOnce().catch((e) => { this.opts.onError?.(e); return 0; });
      void this.running.then((n) => {
        this.running = null;
        const again = n > 0 || this.kicked;
        this.kicked = false;
        this.schedule(again ? 0 : this.opts.pollMs);
      });
    }, ms);
  }

  /** Claims due rows and delivers them; returns how many were processed. */
  async runOnce(): Promise<number> {
    const rows = await this.claim(this.opts.batchSize ?? 10);
    for (const row of rows) await this.deliverOne(row);
    return rows.length;
  }

  private async claim(limit: number): Promise<OutboxRow[]> {
    const leaseUntil = sql<Date>`now() + ${`${this.opts.leaseMs} milliseconds`}::interval`;
    return this.db.transaction().execute(async (trx) => {
      const due = await trx.selectFrom('outbox as o')
        .select('o.id')
        .where((eb) => eb.or([
          eb.and([eb('o.status', '=', 'pending'), eb('o.next_attempt_at', '<=', sql<Date>`now()`)]),
          // A worker that died mid-delivery: its lease ran out, the row is due again.
          eb.and([eb('o.status', '=', 'delivering'), eb('o.locked_until', '<', sql<Date>`now()`)]),
        ]))
        // One message per flag at a time, oldest first: updates wait for the card, replies for the updates.
        .where((eb) => eb.not(eb.exists(eb.selectFrom('outbox as p').select('p.id')
          .whereRef('p.flag_id', '=', 'o.flag_id').whereRef('p.seq', '<', 'o.seq')
          .where('p.status', 'in', ['pending', 'delivering']))))
        .orderBy('o.seq')
        .limit(limit)
        .forUpdate().skipLocked()
        .execute();
      if (due.length === 0) return [];
      return trx.updateTable('outbox')
        .set({ status: 'delivering', locked_until: leaseUntil, locked_by: this.id, attempts: sql`attempts + 1` })
        .where('id', 'in', due.map((d) => d.id))
        .returningAll()
        .execute();
    });
  }

  private async message(row: OutboxRow): Promise<OutboxMessage | DeliveryOutcome> {
    const payload = row.payload as unknown as OutboxPayload;
    const flag = await this.db.selectFrom('flags').select(['chat_message_id', 'tenant_id']).where('id', '=', row.flag_id).executeTakeFirst();
    const activityId = row.kind !== 'flag.created' ? flag?.chat_message_id ?? undefined : undefined;
    let conversation: ConversationReference | undefined;
    if (payload.target.kind === 'review-target') {
      const ref = await this.targets.resolve(payload.target.targetId);
      // Removed from Teams (or gone on an earlier 403/404): nothing to post to, no request made.
      if (!ref) return { ok: false, retryable: false, targetGone: true, error: 'Modtageren findes ikke længere i Teams (appen er fjernet fra chatten eller kanalen).' };
      // The bot posts with the app's own credentials, which reach every tenant that installed it:
      // a flag's card goes only to a chat or channel of the flag's own tenant, whatever the row says.
      if (!flag?.tenant_id || ref.tenantId.toLowerCase() !== flag.tenant_id.toLowerCase()) {
        return { ok: false, retryable: false, error: 'Modtageren hører til en anden organisation end flaget; kortet sendes ikke.' };
      }
      conversation = ref;
    }
    return {
      id: row.id, kind: row.kind as OutboxMessage['kind'], flag: payload.flag, target: payload.target,
      ...(conversation ? { conversation } : {}), ...(activityId ? { activityId } : {}), attempt: row.attempts,
    };
  }

  private async deliverOne(row: OutboxRow): Promise<void> {
    const payload = row.payload as unknown as OutboxPayload;
    const prepared = await this.message(row);
    let outcome: DeliveryOutcome;
    if ('ok' in prepared) {
      outcome = prepared;
    } else {
      try {
        outcome = await this.delivery.deliver(prepared);
      } catch (e) {
        outcome = { ok: false as const, retryable: true, error: e instanceof Error ? e.message : String(e) };
      }
    }
    // Only the holder of the lease may settle the row: a worker whose lease ran out lost it.
    if (outcome.ok) {
      const messageId = outcome.messageId ?? null;
      await this.db.transaction().execute(async (trx) => {
        await trx.updateTable('outbox')
          .set({ status: 'delivered', delivered_at: sql`now()`, locked_until: null, message_id: messageId, last_error: null })
          .where('id', '=', row.id).where('locked_by', '=', this.id).where('status', '=', 'delivering')
          .execute();
        if (row.kind === 'flag.created' && messageId) {
          await trx.updateTable('flags').set({ chat_message_id: messageId }).where('id', '=', row.flag_id).where('chat_message_id', 'is', null).execute();
        }
      });
      return;
    }
    const error = outcome.error.slice(0, 500);
    if (outcome.targetGone && payload.target.kind === 'review-target') await this.targets.markGone(payload.target.targetId);
    if (!outcome.retryable || row.attempts >= this.opts.maxAttempts) {
      await this.db.updateTable('outbox').set({ status: 'failed', locked_until: null, last_error: error })
        .where('id', '=', row.id).where('locked_by', '=', this.id).where('status', '=', 'delivering').execute();
      return;
    }
    const delay = backoffDelay(row.attempts, this.opts, outcome.retryAfterMs);
    await this.db.updateTable('outbox')
      .set({ status: 'pending', locked_until: null, last_error: error, next_attempt_at: sql`now() + ${`${delay} milliseconds`}::interval` })
      .where('id', '=', row.id).where('locked_by', '=', this.id).where('status', '=', 'delivering')
      .execute();
  }
}
