/**
 * The Teams tab built into a temporary DIST_DIR and served by the real server (AUTH_MODE=dev, in-memory
 * PGlite with a few hundred demo offers, or a fresh PostgreSQL database when asked), plus one headless
 * Chromium: shared by the tab's mouse tests.
 */
import { rmSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { buildApp, type AppInstance } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import type { Authenticator } from '../../../src/server/http/auth';
import { createTestDatabase, type TestDatabase } from '../../integration/helpers/databases';
import { launchChromium, type TestBrowser } from '../../teams/support/browser';
import { stageBundle } from './bundles';

export interface TabServer {
  origin: string;
  app: AppInstance;
  browser: TestBrowser;
  /** A new page that only reaches loopback; errors inside the tab are collected in `errors`. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  errors: string[];
  api<T>(p: string, init?: RequestInit): Promise<T>;
  close(): Promise<void>;
}

export interface TabServerOptions {
  /** Who the server takes each caller for (default: the dev-mode user with every role). */
  authenticator?: Authenticator;
  /** The server's clock (to make flags of some age). */
  now?: () => Date;
  /** Further server settings (e.g. TENANT_MUNICIPALITIES for a requester's tenant). */
  env?: Record<string, string>;
  /** The browser accepts a loopback test host on https with a throw-away certificate (tests/fakes/teams-host.ts `tls`). */
  https?: boolean;
  /** The browser has a touch screen (for `tap()`). */
  touch?: boolean;
  /**
   * 'postgres': a fresh database on TEST_DATABASE_URL's server (dropped on close) instead of in-memory
   * PGlite, which migrates and seeds the demo offers more slowly inside WebAssembly (its initdb is
   * skipped by the run's cluster image, tests/setup/pglite-image.ts); about 1 s for PostgreSQL.
   * Falls back to PGlite without TEST_DATABASE_URL.
   */
  database?: 'pglite' | 'postgres';
}

export async function startTabServer(offers = 300, opts: TabServerOptions = {}): Promise<TabServer> {
  // The tab bundle is built once per run and source state (./bundles), shared by every browser test file.
  const staged = stageBundle('teams');
  const dist = staged.distDir;
  const pg: TestDatabase | null = opts.database === 'postgres' && process.env.TEST_DATABASE_URL ? await createTestDatabase('postgres') : null;
  const database = pg?.config.kind === 'postgres' ? { DATABASE_URL: pg.config.url } : { DATA_DIR: 'memory://' };
  const config = loadConfig({ AUTH_MODE: 'dev', HOST: '127.0.0.1', ...database, KL_DEMO: '1', KL_DEMO_OFFERS: String(offers), DIST_DIR: dist, ...opts.env });
  // The browser starts while the server prepares its database (independent, and each takes a while).
  const launching = launchChromium({ ignoreHTTPSErrors: !!opts.https, hasTouch: !!opts.touch });
  const [, app, browser] = await Promise.all([
    staged.ready,
    buildApp(config, { startWorker: false, ...(opts.authenticator && { authenticator: opts.authenticator }), ...(opts.now && { now: opts.now }) }),
    launching,
  ]).catch(async (e: unknown) => {
    // A browser left running would keep jest from exiting.
    await launching.then((b) => b.close(), () => undefined);
    await pg?.drop();
    throw e;
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const errors: string[] = [];
  return {
    origin, app, browser, errors,
    async newPage(viewport = { width: 1280, height: 900 }) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('net::ERR_FAILED')) errors.push(m.text()); });
      await page.route(opts.https ? /^(?!https?:\/\/127\.0\.0\.1[:/])/ : /^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
      return page;
    },
    async api<T>(p: string, init?: RequestInit) {
      const res = await fetch(`${origin}${p}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
      if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await browser.close();
      await app.close();
      await pg?.drop();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Is the element what a click at its centre would hit (nothing laid over it)? */
export const hitAtCentre = (l: Locator): Promise<boolean> => l.evaluate((el) => {
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && (hit === el || el.contains(hit));
});

/** Opens a Dropdown/Combobox with a click, checks its option is on top, clicks it, checks the list closed and shows it. */
export async function pickWithMouse(page: Page | FrameLocator, name: string, option: string, shot?: string): Promise<void> {
  const combo = page.getByRole('combobox', { name, exact: true });
  await combo.click();
  // Fluent's popup list (.fui-Listbox): react-charts' HorizontalBarChart gives each bar group role=listbox too.
  const listbox = page.locator('.fui-Listbox[role="listbox"]');
  const opt = listbox.getByRole('option', { name: option, exact: true });
  await opt.waitFor();
  await opt.scrollIntoViewIfNeeded();
  expect({ name, option, onTop: await hitAtCentre(opt) }).toEqual({ name, option, onTop: true });
  if (shot && 'screenshot' in page) await page.screenshot({ path: `test-artifacts/${shot}.png` });
  await opt.click();
  await listbox.waitFor({ state: 'hidden' });
  const shown = (await combo.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent ?? ''))).trim();
  expect({ name, shown }).toEqual({ name, shown: option });
}

/** Body rows of the offer grid (the header row has column headers, not cells). */
export const gridRows = (page: Page): Locator => page.locator('[role="grid"] [role="row"]:has([role="gridcell"])');

/**
 * One tab server for a test file, with the hooks every tab file wants: started before the first test,
 * closed after the last, and after each test the tab's errors printed (and cleared) and its pages
 * closed. The returned object reads through to the server once beforeAll has started it.
 */
export function useTabServer(offers: number, opts: TabServerOptions = {}): TabServer {
  let server: TabServer | undefined;
  beforeAll(async () => { server = await startTabServer(offers, opts); });
  afterAll(async () => { await server?.close(); });
  afterEach(async () => {
    if (!server) return;
    if (server.errors.length) console.log(`Fejl i fanen:\n${server.errors.join('\n')}`);
    server.errors.length = 0;
    for (const p of server.browser.context.pages()) await p.close().catch(() => undefined);
  });
  return new Proxy({} as TabServer, {
    get: (_, key) => {
      if (!server) throw new Error('Fanens testserver er ikke startet endnu (brug den inde i en test).');
      return server[key as keyof TabServer];
    },
  });
}
