/**
 * Issue 12.4: a delegated token must come from a client allowed to call the API ("validate the
 * actor", azp in v2 tokens, appid in v1), and every client the registration pre-authorizes (Teams,
 * Microsoft 365, Outlook, the Office endpoints of add-in SSO) and our own registration (nested app
 * authentication, the auth pages) still gets in.
 */
import { checkClaims, MESSAGES, type ClaimPolicy } from '../../../../src/server/http/auth/token-claims';
import { defaultClientApps, OFFICE_ENDPOINT_CLIENTS, PRE_AUTHORIZED_CLIENTS } from '../../../../src/server/http/auth/client-apps';
import { loadConfig } from '../../../../src/server/config';
import { renderEntraApplication } from '../../../../manifest/entra/application';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OWN = '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21';
const NOW = 1_800_000_000;
const AUDIENCES = [`api://kontrakt.example.dk/${OWN}`, OWN];
const policy = (clientApps: string[] | null = defaultClientApps(AUDIENCES)): ClaimPolicy => ({
  tenantIds: [TENANT], anyTenant: false, scope: 'access_as_user', appRoles: [], clockSkewSeconds: 60, maxLifetimeSeconds: 86_400, clientApps,
});
const delegated = (client: Record<string, string>) => ({
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, tid: TENANT, iat: NOW - 10, exp: NOW + 3600, scp: 'access_as_user', ...client,
});

describe('authorised client applications', () => {
  it.each([
    ['our own registration (NAA, the auth pages)', OWN],
    ...PRE_AUTHORIZED_CLIENTS.map((c) => [c.client, c.appId] as [string, string]),
    ...OFFICE_ENDPOINT_CLIENTS.map((id) => [`Office endpoint ${id}`, id] as [string, string]),
  ])('lets %s in', (_name, appId) => {
    expect(checkClaims(delegated({ azp: appId }), policy(), NOW)).toMatchObject({ ok: true, kind: 'user' });
    // v1 tokens name the client in appid.
    expect(checkClaims(delegated({ appid: appId.toUpperCase() }), policy(), NOW)).toMatchObject({ ok: true });
  });

  it('refuses (403, insufficient) a token some other application obtained, or one naming no client', () => {
    const other = checkClaims(delegated({ azp: '99999999-9999-4999-8999-999999999999' }), policy(), NOW);
    expect(other).toEqual({ ok: false, insufficient: true, reason: MESSAGES.clientNotAllowed });
    expect(checkClaims(delegated({}), policy(), NOW)).toEqual({ ok: false, insufficient: true, reason: MESSAGES.clientNotAllowed });
  });

  it('with ENTRA_CLIENT_APPS=* accepts any client; an explicit list replaces the default', () => {
    expect(checkClaims(delegated({ azp: '99999999-9999-4999-8999-999999999999' }), policy(null), NOW)).toMatchObject({ ok: true });
    const base = { AUTH_MODE: 'entra', ENTRA_TENANT_IDS: TENANT, ENTRA_AUDIENCE: AUDIENCES.join(',') };
    const auth = (env: Record<string, string>) => { const a = loadConfig(env).auth; return a.mode === 'entra' ? a.clientApps : 'dev'; };
    expect(auth({ ...base, ENTRA_CLIENT_APPS: '*' })).toBeNull();
    expect(auth({ ...base, ENTRA_CLIENT_APPS: OWN.toUpperCase() })).toEqual([OWN]);
    expect(auth(base)).toEqual(defaultClientApps(AUDIENCES));
    expect(() => loadConfig({ ...base, ENTRA_CLIENT_APPS: 'teams' })).toThrow(/ENTRA_CLIENT_APPS/);
  });

  it('the default is our client id from ENTRA_AUDIENCE plus every client the registration pre-authorizes', () => {
    const app = renderEntraApplication('https://kontrakt.example.dk', OWN);
    const allowed = defaultClientApps([`api://kontrakt.example.dk/${OWN}`]);
    expect(allowed).toContain(OWN);
    for (const p of app.api.preAuthorizedApplications) expect(allowed).toContain(p.appId);
    expect(new Set(allowed).size).toBe(allowed.length);
  });

  it('does not apply to app-only tokens (their application roles decide)', () => {
    const appOnly = { iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, tid: TENANT, iat: NOW - 10, exp: NOW + 3600, idtyp: 'app', roles: ['Kontrakt.Reviewer'], azp: '99999999-9999-4999-8999-999999999999' };
    expect(checkClaims(appOnly, { ...policy(), appRoles: ['Kontrakt.Reviewer'] }, NOW)).toMatchObject({ ok: true, kind: 'app' });
  });
});
