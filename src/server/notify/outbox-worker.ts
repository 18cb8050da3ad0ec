import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB, OutboxRow } from '../db/schema';
import type { ChatDelivery, OutboxMessage } from './delivery-port';
import type { OutboxPayload } from './outbox';

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
 * message is handed to exactly one worker at a time; all state lives in the database.
 * A flag's state-change message waits until its first card is out, so it can reply to it.
 */
export class OutboxWorker {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = true;
  private kicked = false;
  /**
   * Users' tokens for an on-behalf-of first try, by outbox id. Memory only, by design: tokens are
   * never written to the database, so a message delivered by another instance or after a restart
   * goes without one (the Graph adapter then uses app credentials). Correctness never depends on it.
   */
  private readonly assertions = new Map<string, { token: string; expiresAt: number }>();

  constructor(private readonly db: Kysely<DB>, private readonly delivery: ChatDelivery, private readonly opts: OutboxWorkerOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  offerAssertion(outboxId: string, token: string, expiresAt: number): void {
    const now = Date.now();
    for (const [k, v] of this.assertions) if (v.expiresAt <= now) this.assertions.delete(k);
    if (this.assertions.size < 10_000) this.assertions.set(outboxId, { token, expiresAt });
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
        // Replies wait for the flag's first card.
        .where((eb) => eb.or([
          eb('o.kind', '=', 'flag.created'),
          eb.not(eb.exists(eb.selectFrom('outbox as p').select('p.id')
            .whereRef('p.flag_id', '=', 'o.flag_id').where('p.kind', '=', 'flag.created')
            .where('p.status', 'in', ['pending', 'delivering']))),
        ]))
        .orderBy('o.created_at').orderBy('o.id')
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

  private async deliverOne(row: OutboxRow): Promise<void> {
    const payload = row.payload as unknown as OutboxPayload;
    let replyTo: string | undefined;
    if (row.kind !== 'flag.created') {
      const flag = await this.db.selectFrom('flags').select('chat_message_id').where('id', '=', row.flag_id).executeTakeFirst();
      replyTo = flag?.chat_message_id ?? undefined;
    }
    const assertion = this.assertions.get(row.id);
    const msg: OutboxMessage = {
      id: row.id, kind: row.kind as OutboxMessage['kind'], flag: payload.flag, target: payload.target,
      ...(replyTo ? { replyTo } : {}), attempt: row.attempts,
      ...(assertion && assertion.expiresAt > Date.now() + 60_000 ? { userAssertion: assertion.token } : {}),
    };
    let outcome;
    try {
      outcome = await this.delivery.deliver(msg);
    } catch (e) {
      outcome = { ok: false as const, retryable: true, error: e instanceof Error ? e.message : String(e) };
    }
    // Only the holder of the lease may settle the row: a worker whose lease ran out lost it.
    if (outcome.ok || !outcome.retryable || row.attempts >= this.opts.maxAttempts) this.assertions.delete(row.id);
    if (outcome.ok) {
      await this.db.transaction().execute(async (trx) => {
        await trx.updateTable('outbox')
          .set({ status: 'delivered', delivered_at: sql`now()`, locked_until: null, message_id: outcome.messageId ?? null, last_error: null })
          .where('id', '=', row.id).where('locked_by', '=', this.id).where('status', '=', 'delivering')
          .execute();
        if (row.kind === 'flag.created' && outcome.messageId) {
          await trx.updateTable('flags').set({ chat_message_id: outcome.messageId }).where('id', '=', row.flag_id).where('chat_message_id', 'is', null).execute();
        }
      });
      return;
    }
    const error = outcome.error.slice(0, 500);
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
