/**
 * The Office dialog's auth page (dist/addin/auth.html) as built with a client id, in Chromium with
 * the real office.js (from its npm package): after Office.onReady it signs in with MSAL's redirect
 * flow, to Entra ID with our client, the page itself as redirect URI (an SPA redirect of the
 * registration), the API scope and a login hint from the query. Entra ID's page is stubbed.
 */
import type { BrowserContext } from 'playwright-core';
import { ensureBuilt, launchBrowser, serveDist } from '../addin/e2e-support';

jest.setTimeout(600_000);

// Its own cached production bundle (the build's env is part of the key).
process.env.ENTRA_CLIENT_ID = '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21';
process.env.PUBLIC_BASE_URL = 'https://kontrakt.example.dk';

let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
let dispose: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const dist = await ensureBuilt();
  server = await serveDist(dist);
  ({ context: browser, dispose } = await launchBrowser());
});
afterAll(async () => {
  await dispose?.();
  await server?.close();
});

it('redirects to Entra ID with the registration’s client, redirect URI and API scope', async () => {
  const page = await browser.newPage();
  const toEntra: string[] = [];
  await page.route(/^https:\/\/login\.microsoftonline\.com\//, (route) => {
    toEntra.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Entra ID</title>' });
  });
  await page.goto(`${server.url}/auth.html?loginHint=mette%40naestved.dk`);
  await page.waitForURL(/^https:\/\/login\.microsoftonline\.com\//, { timeout: 60_000 });
  const authorize = new URL(toEntra.find((u) => u.includes('/oauth2/v2.0/authorize')) ?? page.url());
  expect(authorize.origin + authorize.pathname).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize');
  const q = authorize.searchParams;
  expect(q.get('client_id')).toBe(process.env.ENTRA_CLIENT_ID);
  // PUBLIC_BASE_URL decides the redirect: the URL registered in the app registration.
  expect(q.get('redirect_uri')).toBe('https://kontrakt.example.dk/addin/auth.html');
  expect(q.get('scope')?.split(' ')).toContain(`api://kontrakt.example.dk/${process.env.ENTRA_CLIENT_ID}/access_as_user`);
  expect(q.get('login_hint')).toBe('mette@naestved.dk');
});
