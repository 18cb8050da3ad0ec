/**
 * "Log ind" in the Teams tab (issue 12.3): a build with a client id, inside the fake Teams host where
 * nested app authentication is not recommended and Teams' own SSO fails (consent missing). The
 * server refuses the tab's requests without a token; the tab then shows a Danish notice with a
 * "Log ind" button and opens nothing by itself. A mouse click on the button calls teams-js
 * authentication.authenticate with our auth page; its answer (the auth page's notifySuccess) is the
 * token the tab then uses, and the roles in it decide the views. At 1280 px and 350 px.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import type { Page } from 'playwright-core';
import { Unauthenticated } from '../../src/server/errors';
import type { Authenticator } from '../../src/server/http/auth';
import { encodeAuthPageMessage } from '../../src/ui/auth/auth-page-message';
import { startTeamsHost, type TeamsHost } from '../fakes/teams-host';
import { hitAtCentre, startTabServer, type TabServer } from './helpers/tab-server';

jest.setTimeout(240_000);

// The tab is built with a client id (its own cached bundle: the build's env is part of the key).
process.env.ENTRA_CLIENT_ID = '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21';
delete process.env.PUBLIC_BASE_URL;

const ADMIN = 'Leverandoerliste.Admin';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** The token the auth page hands back; shaped like an Entra token, accepted by the test authenticator only. */
const PAGE_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ name: 'Mette Teams', roles: [ADMIN], exp: Math.floor(Date.now() / 1000) + 3600 })}.c2lnbmF0dXJl`;

const seenAuth: Array<string | undefined> = [];
/** As the server in Entra mode: no token is 401, the page's token is the user. */
const authenticator: Authenticator = {
  async authenticate(authorization) {
    seenAuth.push(authorization);
    if (authorization === `Bearer ${PAGE_TOKEN}`) return { id: 'teams-user', name: 'Mette Teams', tenantId: 't1', roles: [ADMIN] };
    throw new Unauthenticated();
  },
};

let tab: TabServer;
let host: TeamsHost;
let certs: string;

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  // teams-js authenticate takes only https URLs: the fake host (and the tab it proxies) on https.
  certs = mkdtempSync(path.join(tmpdir(), 'kl-tab-tls-'));
  await generateCertificates(path.join(certs, 'ca.crt'), path.join(certs, 'host.crt'), path.join(certs, 'host.key'), 1, ['127.0.0.1']);
  tab = await startTabServer(50, { authenticator, https: true });
  host = await startTeamsHost({
    tls: { key: readFileSync(path.join(certs, 'host.key')), cert: readFileSync(path.join(certs, 'host.crt')) },
    appOrigin: tab.origin,
    tabPath: '/teams/index.html',
    authFailure: 'resourceRequiresConsent',
    authenticate: { success: encodeAuthPageMessage({ status: 'success', accessToken: PAGE_TOKEN, expiresOn: Math.floor(Date.now() / 1000) + 3600 }) },
  });
});

afterAll(async () => {
  await host?.close();
  await tab?.close();
  if (certs) rmSync(certs, { recursive: true, force: true });
});

afterEach(async () => {
  if (tab?.errors.length) console.log(`Fejl i fanen:\n${tab.errors.join('\n')}`);
  if (tab) tab.errors.length = 0;
  for (const p of tab?.browser.context.pages() ?? []) await p.close().catch(() => undefined);
});

const hostLog = (page: Page) => page.evaluate(() => (window as unknown as { __teamsHost: { log: Array<{ func: string; args: unknown[] }> } }).__teamsHost.log);

describe.each([
  { width: 1280, height: 800 },
  { width: 350, height: 800 },
])('the tab at $width px', (viewport) => {
  it('shows "Log ind" after a refusal without a token, opens the auth page only on the click, and then works with its token', async () => {
    const page = await tab.newPage(viewport);
    await page.goto(host.url);
    const frame = page.frameLocator('#tab');
    const notice = frame.getByTestId('sign-in-notice');
    await notice.getByText('Du er ikke logget ind').waitFor({ timeout: 60_000 });
    const button = notice.getByRole('button', { name: 'Log ind' });
    await button.waitFor();
    expect(await hitAtCentre(button)).toBe(true);
    // Fits the narrow tab: the notice is no wider than the page.
    const box = await notice.boundingBox();
    expect(box && box.x + box.width <= viewport.width).toBe(true);
    await page.screenshot({ path: `test-artifacts/tab-sign-in-${viewport.width}.png` });
    // Nothing was opened unasked: Teams' SSO was tried, authenticate was not.
    const before = (await hostLog(page)).map((l) => l.func);
    expect(before).toContain('authentication.getAuthToken');
    expect(before).not.toContain('authentication.authenticate');
    expect(seenAuth.every((a) => a === undefined)).toBe(true);

    await button.click();
    await notice.waitFor({ state: 'hidden' });
    const authenticate = (await hostLog(page)).filter((l) => l.func === 'authentication.authenticate');
    expect(authenticate).toHaveLength(1);
    expect(authenticate[0]!.args[0]).toBe(`${new URL(host.url).origin}/teams/auth.html?loginHint=mette%40naestved.dk`);
    // The tab starts afresh with the token: the list loads, and the token's role shows Administration.
    await frame.getByTestId('offer-count').getByText('50 af 50 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await frame.getByRole('tab', { name: 'Administration' }).waitFor();
    expect(seenAuth).toContain(`Bearer ${PAGE_TOKEN}`);
    await page.screenshot({ path: `test-artifacts/tab-signed-in-${viewport.width}.png` });
    seenAuth.length = 0;
  });
});

it('serves the auth page the tab opens, with its own bundle', async () => {
  const res = await fetch(`${tab.origin}/teams/auth.html`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
  expect(await res.text()).toMatch(/<script defer[^>]* src="auth[^"]*\.js"><\/script>/);
});

it('the auth page signs in with MSAL’s redirect flow: to Entra ID with our client, its own URL as redirect, the API scope and the login hint', async () => {
  const page = await tab.newPage({ width: 600, height: 535 });
  const toEntra: string[] = [];
  // Registered after newPage's loopback-only rule, so it is asked first: Entra ID's sign-in page, stubbed.
  await page.route(/^https:\/\/login\.microsoftonline\.com\//, (route) => {
    toEntra.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Entra ID</title>' });
  });
  await page.goto(`${tab.origin}/teams/auth.html?loginHint=mette%40naestved.dk`);
  await page.waitForURL(/^https:\/\/login\.microsoftonline\.com\//, { timeout: 60_000 });
  const authorize = new URL(toEntra.find((u) => u.includes('/oauth2/v2.0/authorize')) ?? page.url());
  expect(authorize.origin + authorize.pathname).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize');
  const q = authorize.searchParams;
  expect(q.get('client_id')).toBe(process.env.ENTRA_CLIENT_ID);
  expect(q.get('redirect_uri')).toBe(`${tab.origin}/teams/auth.html`);
  expect(q.get('scope')?.split(' ')).toContain(`api://${new URL(tab.origin).host}/${process.env.ENTRA_CLIENT_ID}/access_as_user`);
  expect(q.get('login_hint')).toBe('mette@naestved.dk');
  expect(q.get('response_type')).toBe('code');
  expect(q.get('code_challenge_method')).toBe('S256');
});

