/**
 * Every view of the Teams tab in light, dark and high contrast (Teams' contrast theme with forced
 * colours), reached with the mouse inside the fake Teams host: the list, the offer drawer with its
 * chart, Find plads, Takstovervågning with its chart, Gennemgang's queue and detail, Administration's
 * form and audit log, and the configuration page; each at 1280 and at 350 px (the same hosted page
 * narrowed with setViewportSize, as a Teams window is), plus three open popups (a filter's Dropdown
 * list, the Kolonner menu, the form's DatePicker calendar) opened with mouse clicks. Every one is
 * checked with axe inside the tab's frame (serious and critical violations) and for page-wide
 * sideways scrolling; screenshots go to test-artifacts/tab-<view>-<theme>-<width>.png. With reduced
 * motion (what the screenshots show is the settled view either way; no fade is waited for).
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { ROLES } from '../../src/server/config';
import { seriousAxeViolations } from './helpers/axe';
import { animationsSettled } from './helpers/settle';
import { startTabServer, type TabServer } from './helpers/tab-server';
import { openTabInTeams, THEME_WORD, THEMES, type TabInTeams, type TeamsTheme } from './helpers/tab-themes';

jest.setTimeout(300_000);

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** Shaped like an Entra token: the tab shows Administration and Gennemgang by its roles claim (the dev server accepts any bearer). */
const ADMIN_TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ aud: 'api://kl/test', name: 'Karin Admin', roles: [ROLES.admin, ROLES.reviewer], exp: Math.floor(Date.now() / 1000) + 3600 })}.c2lnbmF0dXJl`;

const WIDTHS = [1280, 350] as const;
const HEIGHT = { 1280: 900, 350: 800 } as const;

let tab: TabServer;
beforeAll(async () => {
  tab = await startTabServer(60, { database: 'postgres' });
  for (const [title, municipality] of [['Tillæg til kontrakt om botilbud (fiktivt)', 'Næstved'], ['Prisregulering for 2027 (fiktivt)', 'Faxe']] as const) {
    await tab.api('/api/flags', { method: 'POST', body: JSON.stringify({ title, municipality, comment: 'Kan I se på prisreguleringen?' }) });
  }
});
afterAll(async () => { await tab?.close(); });
afterEach(() => {
  if (tab.errors.length) console.log(`Fejl i fanen:\n${tab.errors.join('\n')}`);
  tab.errors.length = 0;
});

const viewTab = (frame: FrameLocator, name: string) => frame.getByRole('tablist', { name: 'Visninger' }).getByRole('tab', { name, exact: true });

/**
 * One view as the user sees it once settled (a drawer photographed mid-slide is half transparent;
 * endless spinners are not waited for; a chart has laid itself out for the width): the screenshot,
 * no page-wide sideways scrolling, and no serious or critical axe violation in the tab's frame.
 */
async function check(t: TabInTeams, view: string, theme: TeamsTheme, width: number): Promise<void> {
  const frame = t.tabFrame();
  // Two frames first: what a resize sets off (ResizeObserver, media queries, React's re-render, a drawer that
  // mounts for the narrow layout) has started its animations by then; then the finite animations are waited for.
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await animationsSettled(frame);
  // Each chart laid out for the width, then the overflow.
  const { overflow, chartsFit } = await frame.evaluate(async () => {
    const fits = () => [...document.querySelectorAll('[data-testid="chart"]')].every((fig) => {
      const svg = fig.querySelector('svg');
      return !svg || svg.getBoundingClientRect().width <= fig.getBoundingClientRect().width + 1;
    });
    for (let i = 0; i < 300 && !fits(); i++) await new Promise((r) => requestAnimationFrame(r));
    return { overflow: Math.max(0, document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth), chartsFit: fits() };
  });
  // Side by side: the browser captures the screen while axe runs in the page (axe changes nothing visible).
  const [violations] = await Promise.all([
    seriousAxeViolations(frame),
    t.page.screenshot({ path: `test-artifacts/tab-${view}-${THEME_WORD[theme]}-${width}.png` }),
  ]);
  expect({ view, width, overflow, chartsFit, violations }).toEqual({ view, width, overflow: 0, chartsFit: true, violations: [] });
}

/** The view at each width, in the same page; `visible` is waited for after each resize. Ends at 1280 px. */
async function atEachWidth(t: TabInTeams, view: string, theme: TeamsTheme, visible?: Locator): Promise<void> {
  try {
    for (const width of WIDTHS) {
      await t.page.setViewportSize({ width, height: HEIGHT[width] });
      await visible?.scrollIntoViewIfNeeded();
      await check(t, view, theme, width);
    }
  } finally {
    // Also after a failure: the next test of the theme starts where a user at full width would be.
    await t.page.setViewportSize({ width: 1280, height: HEIGHT[1280] });
  }
}

describe.each(THEMES)('the tab in the %s theme', (theme) => {
  let t: TabInTeams;
  beforeAll(async () => { t = await openTabInTeams(tab, theme, { width: 1280, token: ADMIN_TOKEN, reducedMotion: true }); });
  afterAll(async () => { await t?.close(); });

  it('Leverandørliste: the list, an open filter list, the Kolonner menu and the offer drawer with its chart', async () => {
    const { frame } = t;
    await frame.getByTestId('offer-count').getByText('60 af 60 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await atEachWidth(t, 'list', theme);

    // A filter's Dropdown, opened with a click: its listbox (Fluent's .fui-Listbox; the bar chart's groups are listboxes too).
    const paragraf = frame.getByRole('combobox', { name: 'Paragraf', exact: true });
    await paragraf.click();
    const listbox = frame.locator('.fui-Listbox[role="listbox"]');
    await listbox.getByRole('option', { name: '§ 107', exact: true }).waitFor();
    await check(t, 'popup-dropdown', theme, 1280);
    await listbox.getByRole('option', { name: 'Alle', exact: true }).click();
    await listbox.waitFor({ state: 'hidden' });

    await frame.getByRole('button', { name: 'Kolonner' }).click();
    await frame.getByRole('menuitemcheckbox', { name: 'CVR' }).waitFor();
    await check(t, 'popup-kolonner', theme, 1280);
    await frame.getByRole('heading', { name: 'KL Kontrakt', level: 1 }).click();
    await frame.getByRole('menu').waitFor({ state: 'hidden' });

    await frame.locator('[role="grid"] [role="row"]:has([role="gridcell"])').first().locator('[role="gridcell"]').first().click();
    const drawer = frame.getByRole('dialog');
    const chart = drawer.getByTestId('chart').first();
    await chart.locator('svg').first().waitFor({ timeout: 60_000 });
    await atEachWidth(t, 'offer-drawer', theme, chart);
    await drawer.getByRole('button', { name: 'Luk' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('Find plads, Takstovervågning with its chart and Gennemgang with a flag open', async () => {
    const { frame } = t;
    await viewTab(frame, 'Find plads').click();
    await frame.getByRole('heading', { level: 2 }).first().waitFor();
    await atEachWidth(t, 'find-plads', theme);

    await viewTab(frame, 'Takstovervågning').click();
    await frame.getByTestId('chart').locator('svg').first().waitFor({ timeout: 60_000 });
    await atEachWidth(t, 'rate-report', theme);

    await viewTab(frame, 'Gennemgang').click();
    await frame.getByTestId('flag-queue').locator('button').first().click();
    await frame.getByText('Kan I se på prisreguleringen?').first().waitFor();
    await atEachWidth(t, 'review', theme);
  });

  it('Administration: the new-offer form with its DatePicker calendar open, and the audit log', async () => {
    const { frame } = t;
    await viewTab(frame, 'Administration').click();
    await frame.getByRole('button', { name: 'Nyt tilbud' }).click();
    const date = frame.locator('#offer-field-supervisionDate');
    await date.waitFor();
    await atEachWidth(t, 'admin-form', theme);

    await date.click();
    const calendar = frame.getByRole('dialog').filter({ has: frame.getByRole('grid') });
    await calendar.getByRole('button', { name: 'Forrige måned' }).waitFor();
    await check(t, 'popup-datepicker', theme, 1280);
    // Closed as a user does, by picking a day (the open calendar hides the rest of the tab from assistive technology).
    await calendar.getByRole('gridcell').getByRole('button', { name: /^15, / }).first().click();
    await calendar.waitFor({ state: 'hidden' });
    expect(await date.inputValue()).toMatch(/^15-\d{2}-\d{4}$/);

    await frame.getByRole('tab', { name: 'Revisionslog' }).click();
    await frame.getByTestId('audit-entry').first().waitFor();
    await atEachWidth(t, 'admin-audit', theme);
  });

  it('the configuration page', async () => {
    const config = await openTabInTeams(tab, theme, { width: 1280, height: 700, tabPath: '/teams/config.html', frameContext: 'settings', reducedMotion: true });
    try {
      await config.frame.getByRole('heading').first().waitFor({ timeout: 60_000 });
      await atEachWidth(config, 'config', theme);
    } finally {
      await config.close();
    }
  });
});
