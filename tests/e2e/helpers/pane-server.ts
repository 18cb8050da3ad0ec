/**
 * The task pane built into a temporary DIST_DIR and served by the real server (buildApp on in-memory
 * PGlite, dev authentication, a few demo offers), plus one headless Chromium with the real office.js
 * (tests/addin/e2e-support.ts): shared by the pane's browser tests.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildApp, type AppInstance } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { artifactsDir, launchBrowser } from '../../addin/e2e-support';
import { stageBundle } from './bundles';

export interface PaneServer {
  origin: string;
  app: AppInstance;
  browser: BrowserContext;
  /** The pane in browser mode at Word's width (350 px unless told), light or dark. */
  openPane(opts?: { dark?: boolean; width?: number }): Promise<Page>;
  api<T>(p: string, init?: RequestInit): Promise<{ body: T; etag: string | null }>;
  close(): Promise<void>;
}

export async function startPaneServer(): Promise<PaneServer> {
  mkdirSync(artifactsDir, { recursive: true });
  const staged = stageBundle('addin');
  const config = loadConfig({
    AUTH_MODE: 'dev', DEV_ROLES: 'Leverandoerliste.Admin,Kontrakt.Reviewer', HOST: '127.0.0.1', DATA_DIR: 'memory://',
    KL_DEMO: '1', KL_DEMO_OFFERS: '5', DIST_DIR: staged.distDir, OUTBOX_ENABLED: 'false',
  });
  const [, app] = await Promise.all([staged.ready, buildApp(config, { startWorker: false })]);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const { context: browser, dispose } = await launchBrowser();
  return {
    origin, app, browser,
    async openPane(opts = {}) {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
      await page.setViewportSize({ width: opts.width ?? 350, height: 800 });
      await page.goto(`${origin}/addin/taskpane.html`);
      await page.waitForSelector('html[data-mode]', { timeout: 30_000 });
      return page;
    },
    async api<T>(p: string, init?: RequestInit) {
      const res = await fetch(`${origin}${p}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
      if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
      return { body: (await res.json()) as T, etag: res.headers.get('etag') };
    },
    async close() {
      await dispose();
      await app.close();
      staged.dispose();
    },
  };
}

/** A tab by mouse: in the list when it fits, else through the overflow menu ("Flere funktioner"). */
export async function openTab(page: Page, label: string): Promise<void> {
  const tab = page.getByRole('tab', { name: label, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await page.getByRole('button', { name: /^Flere funktioner/ }).click();
    await page.getByRole('menuitem', { name: label }).click();
  }
  await page.getByRole('tab', { name: label, exact: true, selected: true }).waitFor();
}

/** The form's control for a field id ('services[0].endDate' → input[name="services_0__endDate"]). */
export const fieldInput = (id: string): string => `input[name="${id.replace(/[[\].]/g, '_')}"]`;
