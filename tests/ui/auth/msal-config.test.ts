/**
 * The MSAL configuration for nested app authentication: the registration's client id, a multi-tenant
 * work-account authority, the API scope and the broker redirect, the same values the app registration
 * as code (manifest/entra/application.ts) registers.
 */
import { msalSettings, AUTHORITY } from '../../../src/ui/auth/msal-config';
import { renderEntraApplication } from '../../../manifest/entra/application';

const CLIENT_ID = '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21';
const BASE = 'https://kontrakt.example.dk';

describe('msalSettings', () => {
  it('is null without a client id: dev mode, no MSAL at all', () => {
    expect(msalSettings({ clientId: undefined, publicBaseUrl: BASE }, 'https://page.example')).toBeNull();
    expect(msalSettings({ clientId: '  ', publicBaseUrl: BASE }, 'https://page.example')).toBeNull();
  });

  it('uses the client id, the organizations authority, the broker redirect and the API scope of the public host', () => {
    const s = msalSettings({ clientId: CLIENT_ID, publicBaseUrl: `${BASE}/` }, 'https://other.example')!;
    expect(s.configuration.auth.clientId).toBe(CLIENT_ID);
    expect(s.configuration.auth.authority).toBe('https://login.microsoftonline.com/organizations');
    expect(AUTHORITY).toBe(s.configuration.auth.authority);
    expect(s.configuration.auth.redirectUri).toBe('brk-multihub://kontrakt.example.dk');
    expect(s.scopes).toEqual([`api://kontrakt.example.dk/${CLIENT_ID}/access_as_user`]);
  });

  it('keeps a port in the host and falls back to the page origin without PUBLIC_BASE_URL', () => {
    const s = msalSettings({ clientId: CLIENT_ID, publicBaseUrl: undefined }, 'https://Localhost:3443')!;
    expect(s.configuration.auth.redirectUri).toBe('brk-multihub://localhost:3443');
    expect(s.scopes).toEqual([`api://localhost:3443/${CLIENT_ID}/access_as_user`]);
  });

  it('is null without a usable host, so the page falls back instead of failing to start', () => {
    expect(msalSettings({ clientId: CLIENT_ID, publicBaseUrl: 'not a url' }, 'https://page.example')).toBeNull();
    expect(msalSettings({ clientId: CLIENT_ID, publicBaseUrl: undefined }, '')).toBeNull();
  });

  it('asks for exactly what the app registration exposes and redirects to one of its SPA redirect URIs', () => {
    const app = renderEntraApplication(BASE, CLIENT_ID);
    const s = msalSettings({ clientId: CLIENT_ID, publicBaseUrl: BASE }, BASE)!;
    const exposed = app.api.oauth2PermissionScopes.map((scope) => `${app.identifierUris[0]}/${scope.value}`);
    expect(exposed).toEqual(s.scopes);
    expect(app.spa.redirectUris).toContain(s.configuration.auth.redirectUri);
    // Multi-tenant work accounts on both sides.
    expect(app.signInAudience).toBe('AzureADMultipleOrgs');
  });
});
