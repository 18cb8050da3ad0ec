import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { AuthUnavailable, Forbidden, Unauthenticated } from '../errors';

/** Who is calling, as the rest of the server sees it. */
export interface Principal {
  id: string;
  name: string;
  tenantId: string | null;
  roles: string[];
  /**
   * The caller's own bearer token (Entra mode), kept only in memory for the Graph adapter's
   * on-behalf-of grant; never stored, never logged.
   */
  assertion?: string;
  /** When the token expires (epoch ms). */
  assertionExpiresAt?: number;
}

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Principal>;
}

/** The fixed local user of AUTH_MODE=dev (only ever on a loopback address; see config.ts). */
export function devAuthenticator(roles: string[]): Authenticator {
  const principal: Principal = { id: 'dev-user', name: 'Udvikler (lokal)', tenantId: null, roles };
  return { authenticate: async () => principal };
}

/**
 * Microsoft Entra ID access tokens: RS256 signature against the tenant's JWKS, issuer of an allowed
 * tenant (v1 sts.windows.net or v2 login.microsoftonline.com), audience, expiry, app roles.
 */
export function entraAuthenticator(opts: { jwksUrl: string; tenantIds: string[]; audiences: string[] }): Authenticator {
  const jwks = createRemoteJWKSet(new URL(opts.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
  const issuers = opts.tenantIds.flatMap((t) => [
    `https://sts.windows.net/${t}/`,
    `https://login.microsoftonline.com/${t}/v2.0`,
  ]);
  return {
    async authenticate(authorization) {
      const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '');
      if (!m?.[1]) throw new Unauthenticated();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(m[1], jwks, {
          algorithms: ['RS256'],
          issuer: issuers,
          audience: opts.audiences,
          requiredClaims: ['exp', 'iss', 'aud'],
          clockTolerance: 60,
        }));
      } catch (e) {
        // The key set could not be fetched: not the caller's fault, and not a reason to log them out.
        if (e instanceof joseErrors.JWKSTimeout || e instanceof joseErrors.JWKSInvalid || !(e instanceof joseErrors.JOSEError)) throw new AuthUnavailable();
        throw new Unauthenticated(describeJoseError(e));
      }
      const tid = typeof payload.tid === 'string' ? payload.tid : null;
      // The issuer already names the tenant; a token whose tid disagrees is not trusted.
      if (tid !== null && !opts.tenantIds.includes(tid)) throw new Unauthenticated('Adgangstokenet er udstedt af en organisation, der ikke har adgang.');
      const id = str(payload.oid) ?? str(payload.sub);
      if (!id) throw new Unauthenticated('Adgangstokenet mangler bruger-id (oid).');
      const name = str(payload.name) ?? str(payload.preferred_username) ?? str(payload.upn) ?? id;
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
      return { id, name, tenantId: tid, roles, assertion: m[1], assertionExpiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined };
    },
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function describeJoseError(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'Adgangstokenet er udløbet. Log ind igen.';
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') return 'Adgangstokenet er ikke udstedt til denne tjeneste (forkert audience).';
    if (e.claim === 'iss') return 'Adgangstokenet er udstedt af en organisation, der ikke har adgang.';
    return 'Adgangstokenet er ugyldigt.';
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'Adgangstokenets signatur er ugyldig.';
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'Adgangstokenet bruger en algoritme, der ikke er tilladt.';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'Adgangstokenet er signeret med en ukendt nøgle.';
  return 'Adgangstokenet er ugyldigt.';
}

export function makeAuthenticator(auth: Config['auth']): Authenticator {
  return auth.mode === 'dev' ? devAuthenticator(auth.roles) : entraAuthenticator(auth);
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The caller of an authenticated route (set by the auth hook). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new Unauthenticated();
  return req.principal;
}

export function requireRole(req: FastifyRequest, role: string): Principal {
  const p = principalOf(req);
  if (!p.roles.includes(role)) throw new Forbidden(role);
  return p;
}
