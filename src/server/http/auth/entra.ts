import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AppError, InsufficientScope, Unauthenticated } from '../../errors';
import { entraKeySet } from './key-set';
import type { Authenticator } from './principal';
import { checkClaims, displayName, MESSAGES, type ClaimPolicy } from './token-claims';

export interface EntraOptions extends Omit<ClaimPolicy, 'maxLifetimeSeconds'> {
  jwksUrl: string;
  audiences: string[];
  maxLifetimeSeconds?: number;
  now?: () => number;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/**
 * Microsoft Entra ID access tokens: an RS256 signature against Entra's key set, the audience, the
 * expiry (jose), then tenant, token kind, scope and lifetime (token-claims.ts). The issuer is
 * checked there too, against the tenant the token names, so a multi-tenant deployment
 * (ENTRA_TENANT_IDS=*) accepts any tenant but only a consistent one.
 */
export function entraAuthenticator(opts: EntraOptions): Authenticator {
  const keys = entraKeySet(opts.jwksUrl);
  const now = opts.now ?? (() => Date.now());
  const policy: ClaimPolicy = { ...opts, maxLifetimeSeconds: opts.maxLifetimeSeconds ?? 24 * 3600 };
  return {
    async authenticate(authorization) {
      const m = BEARER.exec(authorization ?? '');
      if (!m?.[1]) throw new Unauthenticated();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(m[1], keys, {
          algorithms: ['RS256'],
          audience: opts.audiences,
          requiredClaims: ['exp', 'iat', 'iss', 'aud'],
          clockTolerance: opts.clockSkewSeconds,
          currentDate: new Date(now()),
        }));
      } catch (e) {
        if (e instanceof AppError) throw e; // KeysUnavailable from the key set: 503, fail closed.
        if (!(e instanceof joseErrors.JOSEError)) throw e;
        throw new Unauthenticated(describeJoseError(e));
      }
      const check = checkClaims(payload, policy, Math.floor(now() / 1000));
      if (!check.ok) throw check.insufficient ? new InsufficientScope(check.reason) : new Unauthenticated(check.reason);
      const id = str(payload.oid) ?? str(payload.sub);
      if (!id) throw new Unauthenticated('Adgangstokenet mangler bruger-id (oid).');
      return {
        id, name: displayName(payload, id, check.kind), tenantId: check.tenantId, roles: check.roles, kind: check.kind,
        assertion: m[1], assertionExpiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined,
      };
    },
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function describeJoseError(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'Adgangstokenet er udløbet. Log ind igen.';
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.reason === 'missing') return `Adgangstokenet mangler kravet "${e.claim}".`;
    if (e.claim === 'aud') return 'Adgangstokenet er ikke udstedt til denne tjeneste (forkert audience).';
    if (e.claim === 'iat') return MESSAGES.issuedInFuture;
    if (e.claim === 'nbf') return 'Adgangstokenet er endnu ikke gyldigt. Kontrollér klokken, og log ind igen.';
    return 'Adgangstokenet er ugyldigt.';
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'Adgangstokenets signatur er ugyldig.';
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'Adgangstokenet bruger en algoritme, der ikke er tilladt.';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'Adgangstokenet er signeret med en ukendt nøgle.';
  return 'Adgangstokenet er ugyldigt.';
}
