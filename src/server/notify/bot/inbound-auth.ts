/**
 * Authenticates requests from the Bot Connector service to /api/messages, as "Authenticate
 * requests from the Bot Connector service to your bot" prescribes
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication):
 * a Bearer JWT whose signature verifies with a key from the JWKS named by the Bot Framework's
 * OpenID metadata document, issuer https://api.botframework.com, audience = the bot's app id,
 * not expired (5 minutes' clock skew), the signing key endorsed for the activity's channel, and a
 * serviceUrl claim equal to the activity's serviceUrl. Anything else is refused (401).
 *
 * Why not the SDK's authorizeJWT middleware: it hard-codes the JWKS URL for the Bot Framework
 * issuer (login.botframework.com, no OpenID metadata, not configurable for tests) and also
 * accepts the audience https://api.botframework.com; this module implements the documented steps
 * with jose instead, with every URL from configuration.
 */
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { z } from 'zod';

export class BotAuthError extends Error {
  readonly code = 'bot.unauthenticated';
  constructor(readonly reason: string, readonly unavailable = false) {
    super(reason);
    this.name = 'BotAuthError';
  }
}

export interface BotIdentity {
  claims: JWTPayload;
  /** Channels the signing key is endorsed for (e.g. "msteams"). */
  endorsements: string[];
}

export interface BotAuthenticator {
  /** Checks the token; throws BotAuthError. */
  verify(authorization: string | undefined): Promise<BotIdentity>;
  /** The checks that need the parsed activity: channel endorsement and serviceUrl claim. */
  checkActivity(identity: BotIdentity, activity: { channelId?: string; serviceUrl: string }): void;
}

const metadataSchema = z.object({ issuer: z.string().optional(), jwks_uri: z.url() }).loose();
const jwksSchema = z.object({ keys: z.array(z.object({ kid: z.string().optional(), endorsements: z.array(z.string()).optional() }).loose()) });

export interface BotAuthConfig {
  appId: string;
  openIdMetadataUrl: string;
  issuers: string[];
  /** How long keys are trusted before they are fetched again (the docs suggest daily). */
  refreshMs?: number;
  timeoutMs?: number;
}

export function botFrameworkAuthenticator(cfg: BotAuthConfig): BotAuthenticator {
  const refreshMs = cfg.refreshMs ?? 24 * 3600_000;
  let cache: { fetchedAt: number; jwks: JSONWebKeySet; endorsements: Map<string, string[]> } | null = null;
  let lastForcedRefresh = 0;

  const getJson = async (url: string): Promise<unknown> => {
    const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(cfg.timeoutMs ?? 5000) });
    if (!res.ok) throw new Error(`${url} svarede ${res.status}`);
    return res.json();
  };

  const load = async (force: boolean) => {
    if (cache && !force && Date.now() - cache.fetchedAt < refreshMs) return cache;
    try {
      const meta = metadataSchema.parse(await getJson(cfg.openIdMetadataUrl));
      const raw = await getJson(meta.jwks_uri);
      const parsed = jwksSchema.parse(raw);
      const endorsements = new Map(parsed.keys.filter((k) => k.kid).map((k) => [k.kid!, k.endorsements ?? []]));
      cache = { fetchedAt: Date.now(), jwks: raw as JSONWebKeySet, endorsements };
      return cache;
    } catch {
      if (cache) return cache; // keep the keys we have through an outage of the metadata endpoint
      throw new BotAuthError('Bot Frameworks nøgler kan ikke hentes', true);
    }
  };

  return {
    async verify(authorization) {
      if (!cfg.appId) throw new BotAuthError('Botten er ikke konfigureret (BOT_APP_ID)');
      const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '');
      if (!m?.[1]) throw new BotAuthError('Bearer-token mangler');
      const token = m[1];
      let keys = await load(false);
      const verifyWith = (k: typeof keys) => jwtVerify(token, createLocalJWKSet(k.jwks), {
        algorithms: ['RS256'], issuer: cfg.issuers, audience: cfg.appId, requiredClaims: ['exp', 'iss', 'aud'], clockTolerance: 300,
      });
      let result;
      try {
        result = await verifyWith(keys);
      } catch (e) {
        // A key we have not seen: the Bot Framework rolled its keys; fetch them again (at most every 5 minutes).
        if (e instanceof joseErrors.JWKSNoMatchingKey && Date.now() - lastForcedRefresh > 5 * 60_000) {
          lastForcedRefresh = Date.now();
          keys = await load(true);
          try { result = await verifyWith(keys); } catch (e2) { throw new BotAuthError(reasonOf(e2)); }
        } else {
          throw new BotAuthError(reasonOf(e));
        }
      }
      const kid = result.protectedHeader.kid ?? '';
      return { claims: result.payload, endorsements: keys.endorsements.get(kid) ?? [] };
    },
    checkActivity(identity, activity) {
      if (activity.channelId && !identity.endorsements.includes(activity.channelId)) throw new BotAuthError('Nøglen er ikke godkendt til kanalen');
      const claimed = identity.claims.serviceurl ?? identity.claims.serviceUrl;
      if (typeof claimed !== 'string' || claimed.replace(/\/+$/, '') !== activity.serviceUrl.replace(/\/+$/, '')) {
        throw new BotAuthError('serviceUrl i tokenet svarer ikke til aktiviteten');
      }
    },
  };
}

function reasonOf(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'Tokenet er udløbet';
  if (e instanceof joseErrors.JWTClaimValidationFailed) return `Tokenets ${e.claim} er forkert`;
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'Signaturen er ugyldig';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'Ukendt signeringsnøgle';
  return 'Tokenet er ugyldigt';
}
