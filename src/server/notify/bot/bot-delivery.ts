/**
 * Delivers flag cards as the app's own Teams bot: proactive messages through the Bot Connector
 * REST API with the bot's client-credentials token, using the Microsoft 365 Agents SDK's
 * ConnectorClient (@microsoft/agents-hosting) and its MessageFactory/CardFactory:
 *   flag.created → POST {serviceUrl}/v3/conversations/{id}/activities            (Send to conversation)
 *   flag.updated → PUT  {serviceUrl}/v3/conversations/{id}/activities/{activity}  (Update activity)
 *   flag.reply   → POST {serviceUrl}/v3/conversations/{id}/activities/{activity}  (Reply to activity)
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference).
 * No user token is involved, so retries, restarts and other instances deliver the same way.
 */
import { Activity } from '@microsoft/agents-activity';
import { CardFactory, ConnectorClient, HttpError, MessageFactory, OutboundHostValidator } from '@microsoft/agents-hosting';
import { buildFlagCard, buildStateReplyCard, plainUserText, replyText, type AdaptiveCard } from '../card';
import type { ChatDelivery, DeliveryOutcome, OutboxMessage } from '../delivery-port';
import { outcomeOfStatus, outcomeOfThrown } from '../http-outcome';
import { BotTokenError, type BotTokenSource } from './bot-token';

const WHAT = 'Teams (Bot Connector)';

export interface BotDeliveryOptions {
  tokens: BotTokenSource;
  timeoutMs: number;
  /** Extra hosts a service URL may name (tests: 127.0.0.1); Microsoft's own are always allowed. */
  serviceUrlHosts: string[];
}

class Timeout extends Error {
  constructor() { super('timeout'); this.name = 'TimeoutError'; }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Timeout()), ms); })])
    .finally(() => clearTimeout(timer));
}

function cardActivity(card: AdaptiveCard, summary: string): Activity {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // The notification text Teams shows in the activity feed and on lock screens.
  activity.summary = summary;
  return activity;
}

export class BotConnectorDelivery implements ChatDelivery {
  private readonly hosts: OutboundHostValidator;

  constructor(private readonly opts: BotDeliveryOptions) {
    // The service URL comes from an inbound activity; the bot's token is only ever sent to
    // Microsoft's connector hosts (and the ones configured), never to an arbitrary URL.
    this.hosts = new OutboundHostValidator({ enabled: true, hosts: opts.serviceUrlHosts });
  }

  async deliver(msg: OutboxMessage): Promise<DeliveryOutcome> {
    const conv = msg.conversation;
    if (!conv) return { ok: false, retryable: false, targetGone: true, error: 'Modtageren findes ikke længere' };
    if (!this.hosts.isAllowed(conv.serviceUrl)) return { ok: false, retryable: false, error: 'Modtagerens service-URL er ikke en Microsoft Teams-adresse' };
    if (msg.kind !== 'flag.created' && !msg.activityId) return { ok: false, retryable: false, error: 'Kortet blev aldrig sendt, så det kan ikke opdateres' };
    try {
      const token = await this.opts.tokens.token(AbortSignal.timeout(this.opts.timeoutMs));
      const client = ConnectorClient.createClientWithToken(conv.serviceUrl, token);
      // The SDK puts the id into the path as it is; Teams ids hold ':' '@' ';', so encode here.
      const conversationId = encodeURIComponent(conv.conversationId);
      if (msg.kind === 'flag.created') {
        const res = await withTimeout(client.sendToConversation(conversationId, cardActivity(buildFlagCard(msg.flag), `Kontrakt sendt til gennemgang: ${plainUserText(msg.flag.title)}`)), this.opts.timeoutMs);
        return typeof res?.id === 'string' && res.id ? { ok: true, messageId: res.id } : { ok: false, retryable: false, error: `${WHAT} svarede uden aktivitets-id` };
      }
      const activityId = msg.activityId!;
      if (msg.kind === 'flag.updated') {
        const activity = cardActivity(buildFlagCard(msg.flag), replyText(msg.flag));
        activity.id = activityId;
        await withTimeout(client.updateActivity(conversationId, encodeURIComponent(activityId), activity), this.opts.timeoutMs);
        return { ok: true, messageId: activityId };
      }
      const reply = cardActivity(buildStateReplyCard(msg.flag), replyText(msg.flag));
      reply.replyToId = activityId;
      const res = await withTimeout(client.replyToActivity(conversationId, activityId, reply), this.opts.timeoutMs);
      return { ok: true, ...(typeof res?.id === 'string' && res.id ? { messageId: res.id } : {}) };
    } catch (e) {
      if (e instanceof BotTokenError) return { ok: false, retryable: e.retryable, error: e.message };
      if (e instanceof HttpError) {
        if (e.status === 401) this.opts.tokens.invalidate();
        return outcomeOfStatus(e.status, { what: WHAT, retryAfter: e.response.headers?.get('retry-after'), body: e.response.data, goneOn403or404: true });
      }
      return outcomeOfThrown(e, WHAT);
    }
  }
}
