/**
 * Access tokens for Microsoft Graph. Two sources:
 * - on behalf of the signed-in user (OAuth2 on-behalf-of grant): the user's SSO token from the tab or
 *   add-in is exchanged for a Graph token with ChatMessage.Send / ChannelMessage.Send (delegated);
 *   this is what Graph requires for posting ordinary chat and channel messages;
 * - app credentials (client-credentials grant), where configured (e.g. a tenant with resource-specific
 *   consent for the target team).
 * Tokens are cached until shortly before they expire. Errors say whether a retry can help.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { OutboxMessage } from './delivery-port';

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export class GraphTokenError extends Error {
  readonly code = 'graph.token';
  constructor(message: string, readonly retryable: boolean, readonly status?: number) {
    super(message);
    this.name = 'GraphTokenError';
  }
}

export interface GraphTokenSource {
  /** A bearer token valid for Graph for this message (the message may carry the user's assertion). */
  token(msg: OutboxMessage, signal?: AbortSignal): Promise<string>;
  /** Forget a cached token (Graph answered 401 with it). */
  invalidate(msg: OutboxMessage): void;
}

export interface TokenEndpointConfig {
  /** GRAPH_TOKEN_URL, or https://login.microsoftonline.com/<GRAPH_TENANT_ID>/oauth2/v2.0/token. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes; default https://graph.microsoft.com/.default. */
  scope?: string;
  timeoutMs?: number;
}

export function defaultTokenUrl(graph: { tokenUrl: string; tenantId: string }): string {
  if (graph.tokenUrl) return graph.tokenUrl;
  if (!graph.tenantId) return '';
  return `https://login.microsoftonline.com/${encodeURIComponent(graph.tenantId)}/oauth2/v2.0/token`;
}

const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive().default(3600) });
const tokenError = z.object({ error: z.string(), error_description: z.string().optional() }).partial();

interface Cached { token: string; expiresAt: number }

/** Refresh this long before expiry so a token never runs out mid-request. */
const EXPIRY_MARGIN_MS = 60_000;

async function requestToken(cfg: TokenEndpointConfig, form: Record<string, string>, signal?: AbortSignal): Promise<Cached> {
  const timeout = AbortSignal.timeout(cfg.timeoutMs ?? 10_000);
  let res: Response;
  try {
    res = await fetch(cfg.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (e) {
    throw new GraphTokenError(`Tokenendepunktet svarede ikke: ${e instanceof Error ? e.message : String(e)}`, true);
  }
  const body: unknown = await res.json().catch(() => ({}));
  if (res.ok) {
    const parsed = tokenResponse.safeParse(body);
    if (!parsed.success) throw new GraphTokenError('Tokenendepunktet svarede uden access_token', false, res.status);
    return { token: parsed.data.access_token, expiresAt: Date.now() + parsed.data.expires_in * 1000 };
  }
  const err = tokenError.safeParse(body);
  const code = err.success ? err.data.error ?? '' : '';
  const description = err.success ? err.data.error_description ?? '' : '';
  // invalid_grant / interaction_required / invalid_client: the user's token expired, consent is
  // missing or the secret is wrong; retrying the same request cannot help.
  const retryable = res.status === 429 || res.status >= 500 || code === 'temporarily_unavailable';
  throw new GraphTokenError(`Token kunne ikke hentes (${res.status} ${code}): ${description.split('\n')[0] ?? ''}`.trim(), retryable, res.status);
}

/** Client-credentials grant: one app token for all messages. */
export class AppCredentialsTokenSource implements GraphTokenSource {
  private cached: Cached | null = null;
  constructor(private readonly cfg: TokenEndpointConfig) {}

  async token(_msg: OutboxMessage, signal?: AbortSignal): Promise<string> {
    if (this.cached && this.cached.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return this.cached.token;
    this.cached = await requestToken(this.cfg, {
      grant_type: 'client_credentials',
      client_id: this.cfg.clientId,
      client_secret: this.cfg.clientSecret,
      scope: this.cfg.scope ?? GRAPH_DEFAULT_SCOPE,
    }, signal);
    return this.cached.token;
  }

  invalidate(): void {
    this.cached = null;
  }
}

/**
 * On-behalf-of grant: exchanges the requesting user's token (carried by the outbox message as
 * `userAssertion`) for a delegated Graph token. Cached per assertion (by its hash, never the token).
 */
export class OnBehalfOfTokenSource implements GraphTokenSource {
  private readonly cache = new Map<string, Cached>();
  constructor(private readonly cfg: TokenEndpointConfig, private readonly assertionOf: (msg: OutboxMessage) => string | undefined = (m) => m.userAssertion) {}

  private key(assertion: string): string {
    return createHash('sha256').update(assertion).digest('base64url');
  }

  async token(msg: OutboxMessage, signal?: AbortSignal): Promise<string> {
    const assertion = this.assertionOf(msg);
    if (!assertion) throw new GraphTokenError('Beskeden har ikke brugerens token (on-behalf-of kræver det)', false);
    const key = this.key(assertion);
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return hit.token;
    const fresh = await requestToken(this.cfg, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: this.cfg.clientId,
      client_secret: this.cfg.clientSecret,
      assertion,
      scope: this.cfg.scope ?? GRAPH_DEFAULT_SCOPE,
      requested_token_use: 'on_behalf_of',
    }, signal);
    // Keep the cache small: expired entries go whenever a new one arrives.
    for (const [k, v] of this.cache) if (v.expiresAt <= Date.now()) this.cache.delete(k);
    this.cache.set(key, fresh);
    return fresh.token;
  }

  invalidate(msg: OutboxMessage): void {
    const assertion = this.assertionOf(msg);
    if (assertion) this.cache.delete(this.key(assertion));
  }
}

/**
 * Uses the user's token when the message carries one, else app credentials when configured: lets a
 * tenant run either way without code changes.
 */
export class PreferUserTokenSource implements GraphTokenSource {
  constructor(private readonly obo: GraphTokenSource, private readonly app: GraphTokenSource | null) {}

  token(msg: OutboxMessage, signal?: AbortSignal): Promise<string> {
    if (msg.userAssertion || !this.app) return this.obo.token(msg, signal);
    return this.app.token(msg, signal);
  }

  invalidate(msg: OutboxMessage): void {
    if (msg.userAssertion || !this.app) this.obo.invalidate(msg);
    else this.app.invalidate(msg);
  }
}
