/**
 * The tab's charts (react-charts): the rate history in the offer drawer and the rate-increase report,
 * opened with the mouse in Teams' light, dark and high-contrast themes (the latter with forced colours);
 * the chart code is loaded only when a chart is shown; the tables with the same values stay.
 */
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/axe';
import { startTabServer, type TabServer } from './helpers/tab-server';
import { openTabInTeams, THEME_WORD, THEMES } from './helpers/tab-themes';

jest.setTimeout(240_000);

let tab: TabServer;
beforeAll(async () => { tab = await startTabServer(120); });
afterAll(async () => { await tab?.close(); });
afterEach(() => {
  if (tab.errors.length) console.log(`Fejl i fanen:\n${tab.errors.join('\n')}`);
  tab.errors.length = 0;
});

/** What the chart drew: its svg's size and the painted colours of its line/bars and axis labels. */
const chartFacts = (within: FrameLocator | Locator) => within.getByTestId('chart').first().evaluate((fig) => {
  const svg = fig.querySelector('svg');
  const r = svg?.getBoundingClientRect();
  const marks = [...fig.querySelectorAll<SVGElement>('path[d], rect')].filter((e) => e.getBoundingClientRect().width > 0);
  const paint = marks.map((m) => { const s = getComputedStyle(m); return s.stroke !== 'none' ? s.stroke : s.fill; });
  const labels = [...fig.querySelectorAll<SVGTextElement>('text')].map((t) => ({ text: t.textContent ?? '', fill: getComputedStyle(t).fill }));
  return { width: r?.width ?? 0, height: r?.height ?? 0, paint, labels, figureWidth: fig.getBoundingClientRect().width };
});

/** The tab's own frame inside the host page (axe checks the tab, not the host's iframe wrapper). */
const tabFrame = (page: Page): Frame => page.frames().find((f) => f.url().includes('/teams/index.html'))!;

describe('the rate history chart in the offer drawer', () => {
  it('is not loaded with the list, only when a drawer opens', async () => {
    const { page, frame, close } = await openTabInTeams(tab, 'default');
    const chartChunks: string[] = [];
    page.on('request', (r) => { if (/charts\.|\/\d+\.[0-9a-f]+\.js$/.test(r.url())) chartChunks.push(r.url()); });
    await frame.getByTestId('offer-count').getByText('120 af 120 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    expect(chartChunks.filter((u) => u.includes('charts.'))).toEqual([]);
    await frame.locator('[role="grid"] [role="row"]:has([role="gridcell"])').first().locator('[role="gridcell"]').first().click();
    await frame.getByRole('dialog').getByTestId('chart').locator('svg').first().waitFor({ timeout: 60_000 });
    expect(chartChunks.some((u) => u.includes('charts.'))).toBe(true);
    await close();
  });

  for (const theme of THEMES) {
    it(`draws a step line with Danish axes, readable in the ${THEME_WORD[theme]} theme, and keeps the table`, async () => {
      for (const width of [1280, 350]) {
        const { page, frame, close } = await openTabInTeams(tab, theme, { width });
        await frame.getByTestId('offer-count').getByText('120 af 120 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
        await frame.locator('[role="grid"] [role="row"]:has([role="gridcell"])').first().locator('[role="gridcell"]').first().click();
        const dialog = frame.getByRole('dialog');
        const figure = dialog.getByTestId('chart').first();
        await figure.locator('svg').first().waitFor({ timeout: 60_000 });
        await figure.scrollIntoViewIfNeeded();
        const facts = await chartFacts(dialog);
        expect(facts.width).toBeGreaterThan(200);
        expect(facts.width).toBeLessThanOrEqual(facts.figureWidth + 1);
        // Dates dd-mm-åååå on the time axis, whole kroner on the amount axis.
        expect(facts.labels.some((l) => /^\d{2}-\d{2}-\d{4}$/.test(l.text))).toBe(true);
        expect(facts.labels.some((l) => / kr\.$/.test(l.text))).toBe(true);
        expect(await figure.locator('figcaption').textContent()).toMatch(/^Takstudvikling for § \d+ pr\. /);
        expect(await dialog.getByRole('table', { name: /^Takster for § / }).first().isVisible()).toBe(true);
        await page.screenshot({ path: `test-artifacts/charts-drawer-${THEME_WORD[theme]}-${width}.png` });
        if (width === 1280) expect(await seriousAxeViolations(tabFrame(page))).toEqual([]);
        await close();
      }
    });
  }
});

describe('the rate-increase report chart', () => {
  for (const theme of THEMES) {
    it(`shows the largest increases as bars, over the limit in red, in the ${THEME_WORD[theme]} theme`, async () => {
      for (const width of [1280, 350]) {
        const { page, frame, close } = await openTabInTeams(tab, theme, { width, query: '?view=takster' });
        await frame.getByRole('switch', { name: 'Kun stigninger over grænsen' }).click();
        const figure = frame.getByTestId('chart');
        await figure.locator('svg').first().waitFor({ timeout: 60_000 });
        expect(await figure.locator('figcaption').textContent()).toMatch(/^(De 12 største af \d+ takststigninger|Takststigninger) \d{4}/);
        expect(await frame.getByRole('table', { name: /^Takststigninger \d{4}$/ }).isVisible()).toBe(true);
        await page.screenshot({ path: `test-artifacts/charts-report-${THEME_WORD[theme]}-${width}.png` });
        // No sideways scrolling of the page (the view tabs and the table scroll inside their own boxes).
        const overflow = await frame.locator('body').evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        if (width === 1280) expect(await seriousAxeViolations(tabFrame(page))).toEqual([]);
        await close();
      }
    });
  }
});
