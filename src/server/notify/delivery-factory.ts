import type { Config } from '../config';
import type { ChatDelivery } from './delivery-port';
import { createChatDelivery } from './graph';

/**
 * The Teams delivery from configuration: Graph (GRAPH_CLIENT_ID/SECRET) and/or the Workflows webhook
 * (TEAMS_WEBHOOK_URL). Without either, no worker runs and outbox messages wait in the database
 * until a server that has one picks them up.
 */
export function createDelivery(config: Config): ChatDelivery | undefined {
  const graph = !!(config.graph.clientId && config.graph.clientSecret);
  if (!graph && !config.teamsWebhookUrl) return undefined;
  return createChatDelivery(config);
}
