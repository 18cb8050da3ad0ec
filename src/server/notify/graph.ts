/**
 * Posts a flag's Adaptive Card through Microsoft Graph: a chat message
 * (POST {GRAPH_BASE_URL}/chats/{id}/messages) or a channel message
 * (POST /teams/{team}/channels/{channel}/messages); a state change becomes a reply in the card's
 * thread (…/messages/{id}/replies) in channels. Chats have no threads in Graph, so there the state
 * change is a new message in the same chat. Every HTTP failure becomes a DeliveryOutcome that tells
 * the outbox worker whether to retry (and when), so a card is never lost silently.
 */
import { createHash } from 'node:crypto';
import { ADAPTIVE_CARD_CONTENT_TYPE, buildFlagCard, buildStateReplyCard, stateChangeText, type AdaptiveCard } from './card';
import type { ChatDelivery, DeliveryOutcome, OutboxMessage } from './delivery-port';
import { AppCredentialsTokenSource, GraphTokenError, OnBehalfOfTokenSource, PreferUserTokenSource, defaultTokenUrl, type GraphTokenSource } from './graph-token';
import { WebhookChatDelivery } from './webhook';

export const GRAPH_DEFAULT_BASE_URL = 'https://graph.microsoft.com/v1.0';

export interface GraphDeliveryOptions {
  baseUrl?: string;
  tokens: GraphTokenSource;
  /** Per request; an unanswered request is aborted and retried later. */
  timeoutMs?: number;
}

/** Retry-After is seconds or an HTTP date; absent or unreadable gives undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * HTTP status → outcome. 408/429/5xx and 401 (a stale cached token; the next try fetches a new one)
 * are worth retrying; 400/403/404 and the like are not (wrong target, missing consent or membership).
 */
export async function outcomeOfResponse(res: Response, what: string): Promise<DeliveryOutcome> {
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
  const text = await res.text().catch(() => '');
  let detail = '';
  try {
    const j = JSON.parse(text) as { error?: { code?: string; message?: string } | string; message?: string };
    detail = typeof j.error === 'string' ? j.error : [j.error?.code, j.error?.message ?? j.message].filter(Boolean).join(': ');
  } catch {
    detail = text.slice(0, 200);
  }
  const retryable = res.status === 401 || res.status === 408 || res.status === 409 || res.status === 429 || res.status >= 500;
  const error = `${what} svarede ${res.status}${detail ? ` (${detail})` : ''}`;
  return retryAfterMs === undefined ? { ok: false, retryable, error } : { ok: false, retryable, retryAfterMs, error };
}

export function outcomeOfThrown(e: unknown, what: string): DeliveryOutcome {
  if (e instanceof GraphTokenError) return { ok: false, retryable: e.retryable, error: e.message };
  // DOMException (abort/timeout) is not always an Error instance across realms: read the name.
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, retryable: true, error: `${what} svarede ikke i tide` };
  const message = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return { ok: false, retryable: true, error: `${what} kunne ikke nås: ${message}` };
}

/** A stable attachment id per outbox message (Graph wants one; the html body references it). */
function attachmentId(msg: OutboxMessage): string {
  return createHash('sha1').update(msg.id).digest('hex').slice(0, 32);
}

export function graphMessageBody(card: AdaptiveCard, id: string, summary: string): Record<string, unknown> {
  return {
    subject: null,
    summary,
    body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
    attachments: [{ id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: JSON.stringify(card), name: null, thumbnailUrl: null }],
  };
}

export class GraphChatDelivery implements ChatDelivery {
  private readonly baseUrl: string;
  constructor(private readonly opts: GraphDeliveryOptions) {
    this.baseUrl = (opts.baseUrl ?? GRAPH_DEFAULT_BASE_URL).replace(/\/+$/, '');
  }

  /** The messages collection for the target, and the replies collection when answering in a thread. */
  url(msg: OutboxMessage): string | null {
    const t = msg.target;
    const e = encodeURIComponent;
    if (t.kind === 'chat') return `${this.baseUrl}/chats/${e(t.chatId)}/messages`;
    if (t.kind === 'channel') {
      const messages = `${this.baseUrl}/teams/${e(t.teamId)}/channels/${e(t.channelId)}/messages`;
      return msg.kind === 'flag.state-changed' && msg.replyTo ? `${messages}/${e(msg.replyTo)}/replies` : messages;
    }
    return null;
  }

  async deliver(msg: OutboxMessage): Promise<DeliveryOutcome> {
    const url = this.url(msg);
    if (!url) return { ok: false, retryable: false, error: 'Graph kan ikke levere til en webhook-modtager' };
    const card = msg.kind === 'flag.created' ? buildFlagCard(msg.flag) : buildStateReplyCard(msg.flag);
    const summary = msg.kind === 'flag.created' ? `Kontrakt sendt til gennemgang: ${msg.flag.title}` : stateChangeText(msg.flag);
    const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? 15_000);
    try {
      const token = await this.opts.tokens.token(msg, timeout);
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(graphMessageBody(card, attachmentId(msg), summary)),
        signal: timeout,
      });
      if (res.ok) {
        const json = (await res.json().catch(() => ({}))) as { id?: unknown };
        return typeof json.id === 'string' ? { ok: true, messageId: json.id } : { ok: true };
      }
      if (res.status === 401) this.opts.tokens.invalidate(msg);
      return await outcomeOfResponse(res, 'Microsoft Graph');
    } catch (e) {
      return outcomeOfThrown(e, 'Microsoft Graph');
    }
  }
}

/** Sends each message the way its target says: Graph for chats and channels, the webhook otherwise. */
export class RoutingChatDelivery implements ChatDelivery {
  constructor(private readonly graph: ChatDelivery | null, private readonly webhook: ChatDelivery | null) {}

  deliver(msg: OutboxMessage): Promise<DeliveryOutcome> {
    const adapter = msg.target.kind === 'webhook' ? this.webhook : this.graph;
    if (!adapter) {
      const missing = msg.target.kind === 'webhook' ? 'TEAMS_WEBHOOK_URL' : 'GRAPH_CLIENT_ID/GRAPH_CLIENT_SECRET';
      return Promise.resolve({ ok: false, retryable: false, error: `Teams-levering er ikke konfigureret (${missing})` });
    }
    return adapter.deliver(msg);
  }
}

export interface ChatDeliveryConfig {
  graph: { tenantId: string; clientId: string; clientSecret: string; baseUrl: string; tokenUrl: string };
  teamsWebhookUrl: string;
}

/**
 * The server's ChatDelivery from its configuration: Graph when a client id and secret (and a token
 * endpoint or tenant) are set — on behalf of the user when the message carries the user's token,
 * else with app credentials — and the Workflows webhook when TEAMS_WEBHOOK_URL is set.
 */
export function createChatDelivery(config: ChatDeliveryConfig): ChatDelivery {
  const tokenUrl = defaultTokenUrl(config.graph);
  const graphConfigured = !!(config.graph.clientId && config.graph.clientSecret && tokenUrl);
  const endpoint = { tokenUrl, clientId: config.graph.clientId, clientSecret: config.graph.clientSecret };
  const graph = graphConfigured
    ? new GraphChatDelivery({
      baseUrl: config.graph.baseUrl,
      tokens: new PreferUserTokenSource(new OnBehalfOfTokenSource(endpoint), new AppCredentialsTokenSource(endpoint)),
    })
    : null;
  const webhook = config.teamsWebhookUrl ? new WebhookChatDelivery({ url: config.teamsWebhookUrl }) : null;
  return new RoutingChatDelivery(graph, webhook);
}
