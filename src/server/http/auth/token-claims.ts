/**
 * The checks on an Entra ID access token's claims after its signature, audience and expiry are
 * verified, as Microsoft's identity platform asks of a web API:
 *   - "Validate the tenant": tid must be the tenant the token was issued in (the one in iss) and
 *     one this server serves; https://learn.microsoft.com/entra/identity-platform/claims-validation
 *   - delegated tokens carry the API's scopes in `scp`; app-only tokens carry no `scp`, only
 *     application `roles` (and idtyp "app" when that optional claim is configured), so an API must
 *     tell the two apart and authorise each on its own terms;
 *     https://learn.microsoft.com/entra/identity-platform/access-tokens (Payload claims: scp, roles, idtyp)
 *   - "Validate the actor": a delegated token's client (azp in v2, appid in v1) must be one allowed
 *     to call this API (client-apps.ts); https://learn.microsoft.com/entra/identity-platform/claims-validation
 *   - the lifetime: Entra issues access tokens for 60–90 minutes by default (two hours for Teams
 *     and Microsoft 365 clients); the up-to-28-hour tokens of continuous access evaluation are only
 *     issued for resources that implement CAE, which this API does not. A 24 h cap on exp-iat is
 *     therefore generous and still refuses a token minted to live for ever.
 * Pure: the claims and the clock in, a caller description or a refusal reason out.
 */
import type { JWTPayload } from 'jose';
import { containsCprNumber } from '../../../domain/privacy/cpr';

export interface ClaimPolicy {
  /** Tenants this server serves; `anyTenant` (ENTRA_TENANT_IDS=*) for a multi-tenant deployment. */
  tenantIds: string[];
  anyTenant: boolean;
  /** The scope a delegated token must carry (access_as_user). */
  scope: string;
  /** Application roles an app-only token may carry; without one of them it is refused. */
  appRoles: string[];
  clockSkewSeconds: number;
  maxLifetimeSeconds: number;
  /** Client ids a delegated token's azp/appid may name (lower case); null: any (ENTRA_CLIENT_APPS=*). */
  clientApps: string[] | null;
}

export type ClaimCheck =
  | { ok: true; tenantId: string; kind: 'user' | 'app'; roles: string[] }
  /** insufficient: an authentic token that does not grant this API (scope, app role): 403, not 401. */
  | { ok: false; reason: string; insufficient?: boolean };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** v2 issuer https://login.microsoftonline.com/{tid}/v2.0 and v1 https://sts.windows.net/{tid}/. */
const ISSUER = /^https:\/\/(?:login\.microsoftonline\.com\/([0-9a-f-]{36})\/v2\.0|sts\.windows\.net\/([0-9a-f-]{36})\/)$/i;

const refuse = (reason: string): ClaimCheck => ({ ok: false, reason });
const insufficient = (reason: string): ClaimCheck => ({ ok: false, reason, insufficient: true });
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((r): r is string => typeof r === 'string') : []);

export const MESSAGES = {
  foreignTenant: 'Adgangstokenet er udstedt af en organisation, der ikke har adgang.',
  tenantMismatch: 'Adgangstokenets organisation (tid) passer ikke med udstederen (iss).',
  issuedInFuture: 'Adgangstokenet er udstedt i fremtiden. Kontrollér klokken, og log ind igen.',
  tooLong: 'Adgangstokenet gælder for længe (mere end 24 timer) og accepteres ikke.',
  noScope: 'Adgangstokenet giver ikke adgang til denne tjeneste (mangler tilladelsen access_as_user).',
  appNotAllowed: 'Programmer uden en tilladt programrolle har ikke adgang til denne tjeneste.',
  clientNotAllowed: 'Adgangstokenet er hentet af et program, der ikke må bruge denne tjeneste. Brug KL Kontrakt i Word eller Teams.',
} as const;

/** The tenant named by a v1 or v2 Entra issuer, or null for anything else. */
export function issuerTenant(iss: unknown): string | null {
  const m = typeof iss === 'string' ? ISSUER.exec(iss) : null;
  const t = m?.[1] ?? m?.[2];
  return t && GUID.test(t) ? t.toLowerCase() : null;
}

export function checkClaims(payload: JWTPayload, policy: ClaimPolicy, nowSeconds: number): ClaimCheck {
  // Tenant: the issuer names it, tid must agree, and it must be one this server serves.
  const issTenant = issuerTenant(payload.iss);
  if (!issTenant) return refuse(MESSAGES.foreignTenant);
  const tid = str(payload.tid)?.toLowerCase();
  if (!tid || tid !== issTenant) return refuse(MESSAGES.tenantMismatch);
  if (!policy.anyTenant && !policy.tenantIds.some((t) => t.toLowerCase() === tid)) return refuse(MESSAGES.foreignTenant);

  // Time: not issued in the future (beyond the clock skew), not minted to live too long.
  const iat = typeof payload.iat === 'number' ? payload.iat : undefined;
  const exp = typeof payload.exp === 'number' ? payload.exp : undefined;
  if (iat === undefined || exp === undefined) return refuse('Adgangstokenet mangler udstedelses- eller udløbstidspunkt.');
  if (iat > nowSeconds + policy.clockSkewSeconds) return refuse(MESSAGES.issuedInFuture);
  if (exp - iat > policy.maxLifetimeSeconds) return refuse(MESSAGES.tooLong);

  // Delegated (a person, via a client app) or app-only (an application as itself).
  const tokenRoles = strings(payload.roles);
  const scp = typeof payload.scp === 'string' ? payload.scp : undefined;
  if (scp !== undefined) {
    if (payload.idtyp === 'app') return insufficient(MESSAGES.noScope);
    if (!scp.split(' ').includes(policy.scope)) return insufficient(MESSAGES.noScope);
    const client = (str(payload.azp) ?? str(payload.appid))?.toLowerCase();
    if (policy.clientApps && (!client || !policy.clientApps.includes(client))) return insufficient(MESSAGES.clientNotAllowed);
    return { ok: true, tenantId: tid, kind: 'user', roles: tokenRoles };
  }
  // No scp: not a delegated token for this API. A "user" token without our scope is refused;
  // an application is let in only with a role from the allow-list, and gets only those roles.
  if (payload.idtyp !== undefined && payload.idtyp !== 'app') return insufficient(MESSAGES.noScope);
  const allowed = tokenRoles.filter((r) => policy.appRoles.includes(r));
  if (allowed.length === 0) return insufficient(MESSAGES.appNotAllowed);
  return { ok: true, tenantId: tid, kind: 'app', roles: allowed };
}

/**
 * The name to show and store for the caller: the first of name, preferred_username, upn that holds
 * nothing CPR-shaped; else the oid. A municipality's directory may carry a CPR number in a display
 * name or user name, and the server stores names on flags, comments and the audit log.
 */
export function displayName(payload: JWTPayload, id: string, kind: 'user' | 'app'): string {
  const candidates = kind === 'app' ? [payload.app_displayname] : [payload.name, payload.preferred_username, payload.upn];
  for (const c of candidates) {
    const s = str(c)?.trim();
    if (s && !containsCprNumber(s)) return s;
  }
  return id;
}
