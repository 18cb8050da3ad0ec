/**
 * The bot's own access token for the Bot Connector: OAuth2 client-credentials grant of the bot's
 * Entra app against BOT_TOKEN_URL with scope https://api.botframework.com/.default
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
 * "Authenticate requests from your bot to the Bot Connector service"). No user is involved, so a
 * retry, a restart or another instance can always get one. Cached until shortly before it expires.
 *
 * Why not the SDK's MsalTokenProvider: MSAL insists on an https authority with instance discovery,
 * so it cannot be pointed at a loopback fake in tests; the grant itself is one form POST.
 */
import { z } from 'zod';

export class BotTokenError extends Error {
  readonly code = 'bot.token';
  constructor(message: string, readonly retryable: boolean, readonly status?: number) {
    super(message);
    this.name = 'BotTokenError';
  }
}

export interface BotTokenSource {
  token(signal?: AbortSignal): Promise<string>;
  /** Forget the cached token (the connector answered 401 with it). */
  invalidate(): void;
}

const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive().default(3600) });
const tokenError = z.object({ error: z.string(), error_description: z.string() }).partial();

/** Refresh this long before expiry so a token never runs out mid-request. */
const EXPIRY_MARGIN_MS = 60_000;

export class ClientCredentialsTokenSource implements BotTokenSource {
  private cached: { token: string; expiresAt: number } | null = null;
  private inflight: Promise<string> | null = null;

  constructor(private readonly cfg: { tokenUrl: string; clientId: string; clientSecret: string; scope: string; timeoutMs?: number }) {}

  token(signal?: AbortSignal): Promise<string> {
    if (this.cached && this.cached.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return Promise.resolve(this.cached.token);
    // One request for concurrent callers.
    this.inflight ??= this.request(signal).finally(() => { this.inflight = null; });
    return this.inflight;
  }

  invalidate(): void {
    this.cached = null;
  }

  private async request(signal?: AbortSignal): Promise<string> {
    const timeout = AbortSignal.timeout(this.cfg.timeoutMs ?? 10_000);
    let res: Response;
    try {
      res = await fetch(this.cfg.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.cfg.clientId, client_secret: this.cfg.clientSecret, scope: this.cfg.scope }).toString(),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (e) {
      throw new BotTokenError(`Tokenendepunktet svarede ikke: ${e instanceof Error ? e.message : String(e)}`, true);
    }
    const body: unknown = await res.json().catch(() => ({}));
    if (res.ok) {
      const parsed = tokenResponse.safeParse(body);
      if (!parsed.success) throw new BotTokenError('Tokenendepunktet svarede uden access_token', false, res.status);
      this.cached = { token: parsed.data.access_token, expiresAt: Date.now() + parsed.data.expires_in * 1000 };
      return parsed.data.access_token;
    }
    const err = tokenError.safeParse(body);
    const code = err.success ? err.data.error ?? '' : '';
    // invalid_client / unauthorized_client: the secret or registration is wrong; a retry cannot help.
    const retryable = res.status === 429 || res.status >= 500 || code === 'temporarily_unavailable';
    throw new BotTokenError(`Botten fik ikke et token (${res.status} ${code})`.trim(), retryable, res.status);
  }
}
