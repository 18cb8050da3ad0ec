import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { ChatTarget, FlagSnapshot, OutboxMessage } from './delivery-port';

/** What the outbox row stores: everything to build the message again after a restart. */
export interface OutboxPayload {
  flag: FlagSnapshot;
  target: ChatTarget;
}

/**
 * Inserted in the same transaction as the flag change, so a saved flag always has its message.
 * The sequence column orders a flag's messages; they go out one after the other in that order.
 */
export async function enqueue(trx: Transaction<DB> | Kysely<DB>, kind: OutboxMessage['kind'], payload: OutboxPayload, now: Date): Promise<string> {
  const id = randomUUID();
  await trx.insertInto('outbox').values({
    id, kind, flag_id: payload.flag.id, payload: JSON.stringify(payload), status: 'pending', next_attempt_at: now, created_at: now,
  }).execute();
  return id;
}

export const DELIVERY_STATUS_LABELS: Record<string, string> = {
  pending: 'Afventer afsendelse',
  delivering: 'Sendes nu',
  delivered: 'Sendt',
  failed: 'Kunne ikke sendes',
};
