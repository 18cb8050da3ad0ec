/** One headless Debian Chromium per test file, with a fresh profile; loopback only (office.js from its npm package). */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { offlineWithOfficeJs } from '../../e2e/helpers/offline';

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * `ignoreHTTPSErrors`: for a test host on https with a throw-away certificate (teams-js authenticate takes only https URLs).
 * `hasTouch`: a touch screen (a laptop's: not a mobile viewport), so that `locator.tap()` sends touch events.
 */
export async function launchChromium(opts: { ignoreHTTPSErrors?: boolean; hasTouch?: boolean } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kl-teams-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    ignoreHTTPSErrors: !!opts.ignoreHTTPSErrors,
    ...(opts.hasTouch && { hasTouch: true, isMobile: false }),
  });
  await offlineWithOfficeJs(context, { tls: !!opts.ignoreHTTPSErrors });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
