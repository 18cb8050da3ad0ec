/**
 * The task pane at 350 px in light, dark and high contrast (browser mode: the system's colour scheme
 * picks the Fluent theme, src/ui/theme.ts officeTheme; high contrast is Chromium's forced colours with
 * a dark palette): Udfyld, Tjek with findings, and the order views, reached with the mouse.
 * Screenshots go to test-artifacts/pane-<view>-<theme>-350.png; no view scrolls sideways.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactsDir, launchBrowser, serveDist } from '../addin/e2e-support';
import { fixtureDir } from '../document/word/helpers';
import { builtBundle } from './helpers/bundles';

jest.setTimeout(300_000);

let server: { url: string; close: () => Promise<void> } | undefined;
let browser: BrowserContext;
let disposeBrowser: (() => Promise<void>) | undefined;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  server = await serveDist(path.join(await builtBundle('addin'), 'addin'));
  ({ context: browser, dispose: disposeBrowser } = await launchBrowser());
});
afterAll(async () => {
  await disposeBrowser?.();
  await server?.close();
});

const THEMES = [
  { word: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { word: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { word: 'contrast', media: { colorScheme: 'dark', forcedColors: 'active' } },
] as const;

async function shot(page: Page, view: string, theme: string) {
  await page.screenshot({ path: `test-artifacts/pane-${view}-${theme}-350.png` });
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  expect({ view, overflow }).toEqual({ view, overflow: 0 });
}

describe.each(THEMES)('the task pane in the $word theme at 350 px', ({ word, media }) => {
  it('shows Udfyld, Tjek with findings and the order views', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
    await page.emulateMedia(media);
    await page.goto(`${server!.url}/taskpane.html`);
    await page.waitForSelector('html[data-mode=browser]', { timeout: 30_000 });

    await page.getByRole('tab', { name: 'Udfyld', exact: true }).click();
    await shot(page, 'udfyld', word);

    await page.getByRole('tab', { name: 'Tjek', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Vælg fil', exact: true }).first().click();
    await (await chooser).setFiles(path.join(fixtureDir, 'fejl-mangler-opfoelgning.docx'));
    await page.locator('[data-testid=summary] [data-category]').waitFor();
    await page.locator('li[data-rule]').first().waitFor();
    await shot(page, 'tjek', word);

    await page.getByRole('tab', { name: 'Bestilling', exact: true }).click();
    await page.getByRole('button', { name: 'Indsæt blank bestilling' }).waitFor();
    await shot(page, 'bestilling', word);
    await page.close();
  });
});
