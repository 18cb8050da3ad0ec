/**
 * Every view of the Teams tab in light, dark and high contrast (Teams' contrast theme with forced
 * colours), reached with the mouse inside the fake Teams host: the list, the offer drawer with its
 * chart, Find plads, Takstovervågning with its chart, Gennemgang's queue and detail, Administration's
 * form and audit log, and the configuration page; at 1280 px, and the list and Gennemgang at 350 px.
 * Screenshots go to test-artifacts/tab-<view>-<theme>-<width>.png; every view is checked for page-wide
 * sideways scrolling.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { ROLES } from '../../src/server/config';
import { startTeamsHost } from '../fakes/teams-host';
import { startTabServer, type TabServer } from './helpers/tab-server';
import { openTabInTeams, THEME_WORD, THEMES, type TeamsTheme } from './helpers/tab-themes';
import { animationsSettled } from './helpers/settle';

jest.setTimeout(300_000);

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** Shaped like an Entra token: the tab shows Administration and Gennemgang by its roles claim (the dev server accepts any bearer). */
const ADMIN_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ aud: 'api://kl/test', name: 'Karin Admin', roles: [ROLES.admin, ROLES.reviewer], exp: Math.floor(Date.now() / 1000) + 3600 })}.c2lnbmF0dXJl`;

let tab: TabServer;
beforeAll(async () => {
  tab = await startTabServer(60);
  for (const [title, municipality] of [['Tillæg til kontrakt om botilbud (fiktivt)', 'Næstved'], ['Prisregulering for 2027 (fiktivt)', 'Faxe']] as const) {
    await tab.api('/api/flags', { method: 'POST', body: JSON.stringify({ title, municipality, comment: 'Kan I se på prisreguleringen?' }) });
  }
});
afterAll(async () => { await tab?.close(); });
afterEach(() => {
  if (tab.errors.length) console.log(`Fejl i fanen:\n${tab.errors.join('\n')}`);
  tab.errors.length = 0;
});

const shot = async (page: Page, frame: FrameLocator, view: string, theme: TeamsTheme, width: number) => {
  // A settled view: a drawer photographed mid-slide is half transparent (endless spinners are not waited for).
  await animationsSettled(frame.locator('body'));
  await page.screenshot({ path: `test-artifacts/tab-${view}-${THEME_WORD[theme]}-${width}.png` });
  const overflow = await frame.locator("body").evaluate(() => Math.max(0, document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth));
  expect({ view, overflow }).toEqual({ view, overflow: 0 });
};
const viewTab = (frame: FrameLocator, name: string) => frame.getByRole('tablist', { name: 'Visninger' }).getByRole('tab', { name, exact: true });

describe.each(THEMES)('the tab in the %s theme', (theme) => {
  it('shows each view at 1280 px', async () => {
    const { page, frame, close } = await openTabInTeams(tab, theme, { width: 1280, token: ADMIN_TOKEN });
    await frame.getByTestId('offer-count').getByText('60 af 60 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, frame, 'list', theme, 1280);

    await frame.locator('[role="grid"] [role="row"]:has([role="gridcell"])').first().locator('[role="gridcell"]').first().click();
    const drawer = frame.getByRole('dialog');
    await drawer.getByTestId('chart').first().locator('svg').first().waitFor({ timeout: 60_000 });
    await drawer.getByTestId('chart').first().scrollIntoViewIfNeeded();
    await shot(page, frame, 'offer-drawer', theme, 1280);
    await drawer.getByRole('button', { name: 'Luk' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await viewTab(frame, 'Find plads').click();
    await frame.getByRole('heading', { level: 2 }).first().waitFor();
    await shot(page, frame, 'find-plads', theme, 1280);

    await viewTab(frame, 'Takstovervågning').click();
    await frame.getByTestId('chart').locator('svg').first().waitFor({ timeout: 60_000 });
    await shot(page, frame, 'rate-report', theme, 1280);

    await viewTab(frame, 'Gennemgang').click();
    await frame.getByTestId('flag-queue').locator('button').first().click();
    await frame.getByText('Kan I se på prisreguleringen?').first().waitFor();
    await shot(page, frame, 'review', theme, 1280);

    await viewTab(frame, 'Administration').click();
    await frame.getByRole('button', { name: 'Nyt tilbud' }).click();
    await shot(page, frame, 'admin-form', theme, 1280);
    await frame.getByRole('tab', { name: 'Revisionslog' }).click();
    await frame.getByTestId('audit-entry').first().waitFor();
    await shot(page, frame, 'admin-audit', theme, 1280);
    await close();
  });

  it('shows the list and Gennemgang at 350 px', async () => {
    const { page, frame, close } = await openTabInTeams(tab, theme, { width: 350, height: 800, token: ADMIN_TOKEN });
    await frame.getByTestId('offer-count').getByText('60 af 60 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, frame, 'list', theme, 350);
    await viewTab(frame, 'Gennemgang').click();
    await frame.getByTestId('flag-queue').locator('button').first().click();
    await frame.getByText('Kan I se på prisreguleringen?').first().waitFor();
    await shot(page, frame, 'review', theme, 350);
    await close();
  });

  it('shows the configuration page', async () => {
    const host = await startTeamsHost({ appOrigin: tab.origin, tabPath: '/teams/config.html', frameContext: 'settings', theme });
    const page = await tab.newPage({ width: 1280, height: 700 });
    await page.emulateMedia({ forcedColors: theme === 'contrast' ? 'active' : 'none', colorScheme: theme === 'default' ? 'light' : 'dark' });
    await page.goto(host.url);
    const frame = page.frameLocator('#tab');
    await frame.getByRole('heading').first().waitFor({ timeout: 60_000 });
    await shot(page, frame, 'config', theme, 1280);
    await page.close();
    await host.close();
  });
});
