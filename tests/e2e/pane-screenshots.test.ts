/**
 * The task pane at 350 px in light, dark and high contrast (browser mode: the system's colour scheme
 * picks the Fluent theme, src/ui/theme.ts officeTheme; high contrast is Chromium's forced colours with
 * a dark palette): Udfyld, Tjek with findings, and the order views, reached with the mouse.
 * Screenshots go to test-artifacts/pane-<view>-<theme>-350.png; no view scrolls sideways, and axe finds
 * no serious or critical violation in any view, nor in Udfyld's calendar opened with the mouse (its days
 * and its month picker).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactsDir, launchBrowser, serveDist } from '../addin/e2e-support';
import { fixtureDir } from '../document/word/helpers';
import { seriousAxeViolations } from './helpers/axe';
import { builtBundle } from './helpers/bundles';
import { fieldInput } from './helpers/pane-server';

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
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  // Side by side: the browser captures the screen while axe runs in the page (axe changes nothing visible).
  const [violations] = await Promise.all([seriousAxeViolations(page), page.screenshot({ path: `test-artifacts/pane-${view}-${theme}-350.png` })]);
  expect({ view, overflow, violations }).toEqual({ view, overflow: 0, violations: [] });
}

describe.each(THEMES)('the task pane in the $word theme at 350 px', ({ word, media }) => {
  it('shows Udfyld, Tjek with findings and the order views', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
    // Reduced motion: the views are photographed and checked settled either way, without waiting for fades.
    await page.emulateMedia({ ...media, reducedMotion: 'reduce' });
    await page.goto(`${server!.url}/taskpane.html`);
    await page.waitForSelector('html[data-mode=browser]', { timeout: 30_000 });

    await page.getByRole('tab', { name: 'Udfyld', exact: true }).click();
    await shot(page, 'udfyld', word);

    // The calendar beside a date field, then its month picker (the header button), both with the mouse.
    const start = page.locator(fieldInput('services[0].startDate'));
    await page.locator('div', { has: start }).last().getByRole('button', { name: 'Vælg dato i kalenderen' }).click();
    const calendar = page.getByRole('dialog', { name: 'Kalender' });
    await calendar.getByRole('button', { name: 'Forrige måned' }).waitFor();
    await shot(page, 'kalender', word);
    await calendar.getByRole('button', { name: /, vælg måned$/ }).click();
    await calendar.getByRole('gridcell', { name: 'jan, januar' }).waitFor();
    // The pointer leaves the year button it just opened: under forced colours axe takes a hovered text's
    // colour from -webkit-text-fill-color, which keeps the theme's hover colour while the browser paints the
    // system colour (white on black in the screenshot): axe's own false positive, dequelabs/axe-core#3978.
    await page.mouse.move(1, 1);
    await shot(page, 'kalender-maaneder', word);
    await calendar.getByRole('gridcell', { name: 'jan, januar' }).click();
    await calendar.getByRole('gridcell').filter({ hasText: /^15$/ }).first().getByRole('button').click();
    await calendar.waitFor({ state: 'hidden' });
    expect(await start.inputValue()).toMatch(/^15-01-\d{4}$/);

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
