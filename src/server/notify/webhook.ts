/**
 * Posts a flag's card to a Teams Workflows incoming webhook (TEAMS_WEBHOOK_URL), for a channel
 * where the bot is not wanted. A webhook has no message ids and no threads, so nothing can be
 * updated in place: each update is a new, short card naming the contract and its state; the
 * separate thread reply of the bot has no counterpart here (the update card already says it).
 */
import { ADAPTIVE_CARD_CONTENT_TYPE, buildFlagCard, buildStateReplyCard, type AdaptiveCard } from './card';
import type { ChatDelivery, DeliveryOutcome, OutboxMessage } from './delivery-port';
import { outcomeOfResponse, outcomeOfThrown } from './http-outcome';

export interface WebhookOptions {
  url: string;
  timeoutMs?: number;
}

/** The Workflows "message with attachments" shape ("When a Teams webhook request is received"). */
export function webhookPayload(card: AdaptiveCard): Record<string, unknown> {
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }] };
}

export class WebhookChatDelivery implements ChatDelivery {
  constructor(private readonly opts: WebhookOptions) {}

  async deliver(msg: OutboxMessage): Promise<DeliveryOutcome> {
    if (msg.kind === 'flag.reply') return { ok: true };
    const card = msg.kind === 'flag.created' ? buildFlagCard(msg.flag) : buildStateReplyCard(msg.flag);
    try {
      const res = await fetch(this.opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(webhookPayload(card)),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 15_000),
      });
      if (res.ok) return { ok: true };
      return await outcomeOfResponse(res, 'Teams-webhooken');
    } catch (e) {
      return outcomeOfThrown(e, 'Teams-webhooken');
    }
  }
}
