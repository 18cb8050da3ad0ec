/**
 * `npm run entra:app`: the Entra ID app registration rendered for a sample https URL and client id has
 * the shape of Microsoft Graph's `application` resource (zod, strict: a property Graph does not know
 * fails), carries what Teams tab SSO, Office add-in SSO and nested app authentication need, and agrees
 * with the Word and Teams manifests rendered for the same URL and client id (all three validated offline).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { renderManifest } from '../../manifest/word/render';
import { validateManifestXml } from '../../manifest/word/validate';
import { buildManifest } from '../../manifest/teams/build';
import { validateParts } from '../../manifest/teams/validate';
import { ROLES } from '../../src/server/config';
import { entraApp } from '../../scripts/entra-app';
import { msalSettings } from '../../src/ui/auth/msal-config';

const BASE = 'https://kontrakt.example.dk';
const CLIENT_ID = '2f5d7c3a-8b4e-4d61-a0f2-1c9e8b7d6a54';
const repoRoot = path.resolve(__dirname, '..', '..');

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
/** Entra's rule for an app role's value: no spaces, ASCII letters, digits and listed punctuation only. */
const roleValue = z.string().regex(/^[A-Za-z0-9!#$%&'()*+,\-./:;<=>?@[\]^_`{|}~]+$/);
const graphApplication = z.strictObject({
  displayName: z.string().min(1),
  description: z.string().max(1024),
  signInAudience: z.enum(['AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount']),
  identifierUris: z.array(z.string()).min(1),
  api: z.strictObject({
    requestedAccessTokenVersion: z.union([z.literal(1), z.literal(2)]),
    oauth2PermissionScopes: z.array(z.strictObject({
      id: guid, value: z.string().regex(/^[^\s]+$/), type: z.enum(['User', 'Admin']), isEnabled: z.boolean(),
      adminConsentDisplayName: z.string().min(1), adminConsentDescription: z.string().min(1),
      userConsentDisplayName: z.string().min(1), userConsentDescription: z.string().min(1),
    })),
    preAuthorizedApplications: z.array(z.strictObject({ appId: guid, delegatedPermissionIds: z.array(guid).min(1) })).optional(),
  }),
  appRoles: z.array(z.strictObject({
    id: guid, value: roleValue, displayName: z.string().min(1).max(100), description: z.string().min(1),
    allowedMemberTypes: z.array(z.enum(['User', 'Application'])).min(1), isEnabled: z.boolean(),
  })),
  spa: z.strictObject({ redirectUris: z.array(z.string()) }),
});

let out: string;
let commands: string[];
let app: z.infer<typeof graphApplication>;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'kl-entra-'));
  ({ commands } = entraApp({ PUBLIC_BASE_URL: `${BASE}/`, ENTRA_CLIENT_ID: CLIENT_ID }, out));
  app = graphApplication.parse(JSON.parse(readFileSync(path.join(out, 'application.json'), 'utf8')));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the Entra ID app registration as code', () => {
  it('is a multi-tenant registration with the API api://<host>/<client id>, scope access_as_user and v2 tokens', () => {
    expect(app.signInAudience).toBe('AzureADMultipleOrgs');
    expect(app.identifierUris).toEqual([`api://kontrakt.example.dk/${CLIENT_ID}`]);
    expect(app.api.requestedAccessTokenVersion).toBe(2);
    expect(app.api.oauth2PermissionScopes.map((s) => [s.value, s.type, s.isEnabled])).toEqual([['access_as_user', 'User', true]]);
  });

  it('pre-authorizes every Microsoft 365 client Teams tab SSO needs, and Office for add-in SSO, for that scope', () => {
    const scopeId = app.api.oauth2PermissionScopes[0]!.id;
    const teamsTabSso = [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams desktop/mobile, web
      '4765445b-32c6-49b0-83e6-1d93765276ca', '0ec893e0-5785-4de6-99da-4ed124e5296c', 'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 web, desktop, mobile (= Outlook desktop)
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3', '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook web, mobile
    ];
    const officeAddinSso = 'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e';
    const pre = app.api.preAuthorizedApplications ?? [];
    expect(pre.map((p) => p.appId).sort()).toEqual([...teamsTabSso, officeAddinSso].sort());
    for (const p of pre) expect(p.delegatedPermissionIds).toEqual([scopeId]);
  });

  it('has the server\'s app roles with ASCII values and Danish display names, assignable to users', () => {
    expect(app.appRoles.map((r) => r.value).sort()).toEqual(Object.values(ROLES).sort());
    expect(app.appRoles.find((r) => r.value === ROLES.admin)?.displayName).toBe('Leverandørliste – administrator');
    for (const r of app.appRoles) expect(r.allowedMemberTypes).toEqual(['User']);
    expect(new Set([...app.appRoles.map((r) => r.id), app.api.oauth2PermissionScopes[0]!.id]).size).toBe(3);
  });

  it('lets nested app authentication broker it: SPA redirect brk-multihub://<host> (origin only) and the pages that ask for tokens', () => {
    expect(app.spa.redirectUris).toContain('brk-multihub://kontrakt.example.dk');
    for (const u of app.spa.redirectUris.filter((x) => x.startsWith('https:'))) expect(u.startsWith(`${BASE}/`)).toBe(true);
    expect(app.spa.redirectUris).toContain(`${BASE}/addin/taskpane.html`);
  });

  it('registers the auth pages of the Office dialog and teams-js authenticate as SPA redirects (MSAL redirect flow)', () => {
    expect(app.spa.redirectUris).toEqual(expect.arrayContaining([`${BASE}/addin/auth.html`, `${BASE}/teams/auth.html`]));
  });

  it('agrees with the Word and the Teams manifest rendered for the same URL and client id, all valid offline', async () => {
    const word = renderManifest(BASE, CLIENT_ID);
    expect(await validateManifestXml(word)).toEqual([]);
    expect(/<Resource>([^<]+)<\/Resource>/.exec(word)?.[1]).toBe(app.identifierUris[0]);
    expect(/<WebApplicationInfo>\s*<Id>([^<]+)<\/Id>/.exec(word)?.[1]).toBe(CLIENT_ID);
    const teams = buildManifest({ TEAMS_APP_ID: '6b0c8f0e-3a52-4c1e-9f0d-6a1f6f9c2b11', ENTRA_CLIENT_ID: CLIENT_ID, PUBLIC_BASE_URL: BASE, APP_VERSION: '1.0.0' });
    const icons = { color: readFileSync(path.join(repoRoot, 'assets', 'teams', 'color.png')), outline: readFileSync(path.join(repoRoot, 'assets', 'teams', 'outline.png')) };
    expect(await validateParts(teams.manifest, teams.localizations, icons, '')).toEqual([]);
    // nestedAppAuthInfo: Teams prefetches the NAA token the tab asks for, so redirect and scopes must be
    // the tab's MSAL request exactly (same order), and the redirect one of the registration's SPA redirects.
    const naa = msalSettings({ clientId: CLIENT_ID, publicBaseUrl: BASE }, 'https://elsewhere.example');
    expect(teams.manifest.webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: app.identifierUris[0],
      nestedAppAuthInfo: [{ redirectUri: naa?.configuration.auth.redirectUri, scopes: naa?.scopes }],
    });
    expect(app.spa.redirectUris).toContain(naa?.configuration.auth.redirectUri);
    expect(naa?.scopes).toEqual([`${app.identifierUris[0]}/${app.api.oauth2PermissionScopes[0]!.value}`]);
  });

  it('prints the Graph calls in order: the scope first, then the pre-authorizations, each with the file it wrote', () => {
    const patches = commands.filter((c) => c.includes('--method PATCH'));
    expect(patches).toHaveLength(2);
    for (const p of patches) expect(p).toContain(`applications(appId='${CLIENT_ID}')`);
    expect(patches[0]).toMatch(/--body @\S*application\.scopes\.json$/);
    expect(patches[1]).toMatch(/--body @\S*application\.json$/);
    const first = JSON.parse(readFileSync(path.join(out, 'application.scopes.json'), 'utf8')) as { api: Record<string, unknown> };
    expect(first.api).not.toHaveProperty('preAuthorizedApplications');
    expect(graphApplication.safeParse(first).success).toBe(true);
  });

  it('without a client id, prints the call that creates the registration; refuses a base URL that is not https', () => {
    const bare = entraApp({ PUBLIC_BASE_URL: BASE }, out);
    expect(bare.files).toEqual([]);
    expect(bare.commands.some((c) => c.includes('--method POST --url https://graph.microsoft.com/v1.0/applications ') && c.includes('AzureADMultipleOrgs'))).toBe(true);
    expect(() => entraApp({ PUBLIC_BASE_URL: 'http://kontrakt.example.dk', ENTRA_CLIENT_ID: CLIENT_ID }, out)).toThrow(/https/);
    expect(() => entraApp({ PUBLIC_BASE_URL: BASE, ENTRA_CLIENT_ID: 'kl-kontrakt' }, out)).toThrow(/GUID/);
  });
});
