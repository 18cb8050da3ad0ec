import type { ChatDelivery, DeliveryOutcome, OutboxMessage } from './delivery-port';

/**
 * A ChatDelivery that records what it was given and answers from a script (default: success), for
 * tests and the benchmark: it stands where Teams would be, behind the same port as Graph and webhook.
 */
export class RecordingDelivery implements ChatDelivery {
  readonly delivered: OutboxMessage[] = [];
  readonly attempts: OutboxMessage[] = [];
  private seq = 0;

  constructor(private readonly answer: (msg: OutboxMessage) => DeliveryOutcome | Promise<DeliveryOutcome> = () => ({ ok: true })) {}

  async deliver(msg: OutboxMessage): Promise<DeliveryOutcome> {
    this.attempts.push(msg);
    const outcome = await this.answer(msg);
    if (outcome.ok) {
      const messageId = outcome.messageId ?? `rec-${++this.seq}`;
      this.delivered.push(msg);
      return { ok: true, messageId };
    }
    return outcome;
  }
}
