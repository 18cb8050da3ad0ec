import type { Config } from '../config';
import { BotConnectorDelivery } from './bot/bot-delivery';
import { ClientCredentialsTokenSource } from './bot/bot-token';
import type { ChatDelivery, DeliveryOutcome, OutboxMessage } from './delivery-port';
import { WebhookChatDelivery } from './webhook';

/** Sends each message the way its target says: the bot for review targets, the webhook otherwise. */
export class RoutingChatDelivery implements ChatDelivery {
  constructor(private readonly bot: ChatDelivery | null, private readonly webhook: ChatDelivery | null) {}

  deliver(msg: OutboxMessage): Promise<DeliveryOutcome> {
    const adapter = msg.target.kind === 'webhook' ? this.webhook : this.bot;
    if (!adapter) {
      const missing = msg.target.kind === 'webhook' ? 'TEAMS_WEBHOOK_URL' : 'BOT_APP_ID/BOT_APP_SECRET';
      return Promise.resolve({ ok: false, retryable: false, error: `Teams-levering er ikke konfigureret (${missing})` });
    }
    return adapter.deliver(msg);
  }
}

/**
 * The Teams delivery from configuration: the app's bot (BOT_APP_ID/BOT_APP_SECRET) and/or the
 * Workflows webhook (TEAMS_WEBHOOK_URL). Without either, no worker runs and outbox messages wait in
 * the database until a server that has one picks them up.
 */
export function createDelivery(config: Pick<Config, 'bot' | 'teamsWebhookUrl'>): ChatDelivery | undefined {
  const b = config.bot;
  const bot = b.appId && b.appSecret
    ? new BotConnectorDelivery({
      tokens: new ClientCredentialsTokenSource({ tokenUrl: b.tokenUrl, clientId: b.appId, clientSecret: b.appSecret, scope: b.tokenScope, timeoutMs: b.requestTimeoutMs }),
      timeoutMs: b.requestTimeoutMs,
      serviceUrlHosts: b.serviceUrlHosts,
    })
    : null;
  const webhook = config.teamsWebhookUrl ? new WebhookChatDelivery({ url: config.teamsWebhookUrl, timeoutMs: b.requestTimeoutMs }) : null;
  if (!bot && !webhook) return undefined;
  return new RoutingChatDelivery(bot, webhook);
}
