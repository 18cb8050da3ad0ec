/**
 * The tab's charts (react-charts): the rate history in the offer drawer and the rate-increase report,
 * opened with the mouse in Teams' light, dark and high-contrast themes (the latter with forced colours);
 * the chart code is loaded only when a chart is shown; the tables with the same values stay. One
 * Teams-hosted page per theme, shown at 1280 and then 350 px (setViewportSize: the same page, as when
 * the Teams window is narrowed); the report with bars over and under the limit is checked with axe.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/axe';
import { startTabServer, type TabServer } from './helpers/tab-server';
import { openTabInTeams, THEME_WORD, THEMES, type TabInTeams } from './helpers/tab-themes';

jest.setTimeout(240_000);

let tab: TabServer;
// 30 offers: few enough that the year's 12 largest increases hold some under the limit too (the demo
// data puts about one in eight over it), so the report chart has bars of both kinds.
beforeAll(async () => { tab = await startTabServer(30, { database: 'postgres' }); });
afterAll(async () => { await tab?.close(); });
afterEach(() => {
  if (tab.errors.length) console.log(`Fejl i fanen:\n${tab.errors.join('\n')}`);
  tab.errors.length = 0;
});

const WIDTHS = [1280, 350] as const;

/** What the chart drew: its svg's size and the painted colours of its line/bars and axis labels. */
const chartFacts = (within: FrameLocator | Locator) => within.getByTestId('chart').first().evaluate((fig) => {
  const svg = fig.querySelector('svg');
  const r = svg?.getBoundingClientRect();
  const marks = [...fig.querySelectorAll<SVGElement>('path[d], rect')].filter((e) => e.getBoundingClientRect().width > 0);
  const paint = marks.map((m) => { const s = getComputedStyle(m); return s.stroke !== 'none' ? s.stroke : s.fill; });
  const labels = [...fig.querySelectorAll<SVGTextElement>('text')].map((t) => ({ text: t.textContent ?? '', fill: getComputedStyle(t).fill }));
  return { width: r?.width ?? 0, height: r?.height ?? 0, paint, labels, figureWidth: fig.getBoundingClientRect().width };
});

/**
 * Each bar of the rate-increase chart (a rect with role=option; the placeholder rest of the track has
 * none): its title (the svg's name), its own name and its painted fill; and what Highlight and
 * CanvasText resolve to in this page (a probe exempt from forced colours, which would repaint its text).
 */
const barFacts = (figure: Locator) => figure.evaluate((fig) => {
  const probe = (c: string) => {
    const d = document.createElement('div');
    d.style.cssText = `color:${c};forced-color-adjust:none`;
    document.body.append(d);
    const v = getComputedStyle(d).color;
    d.remove();
    return v;
  };
  const bars = [...fig.querySelectorAll<SVGRectElement>('rect[role="option"]')].map((rect) => ({
    title: rect.closest('svg')?.getAttribute('aria-label') ?? '', name: rect.getAttribute('aria-label') ?? '', fill: getComputedStyle(rect).fill,
  }));
  return { bars, highlight: probe('Highlight'), canvasText: probe('CanvasText') };
});

/** Narrows (or widens) the same page, then waits until the chart has laid itself out for the new width. */
async function resize(t: TabInTeams, width: number, figureSelector: string): Promise<void> {
  await t.page.setViewportSize({ width, height: 900 });
  await t.tabFrame().waitForFunction((sel) => {
    const fig = document.querySelector(sel);
    const svg = fig?.querySelector('svg');
    return !!fig && !!svg && svg.getBoundingClientRect().width > 0 && svg.getBoundingClientRect().width <= fig.getBoundingClientRect().width + 1;
  }, figureSelector);
}

const overflowX = (frame: FrameLocator) => frame.locator('body').evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

describe.each(THEMES)('the charts in the %s theme', (theme) => {
  let t: TabInTeams;
  const chartChunks: string[] = [];
  const word = THEME_WORD[theme];
  beforeAll(async () => {
    t = await openTabInTeams(tab, theme, {
      width: 1280,
      // The checks run on settled charts and drawers either way; with reduced motion no fade is waited for.
      reducedMotion: true,
      beforeGoto: (page: Page) => page.on('request', (r) => { if (/charts\.|\/\d+\.[0-9a-f]+\.js$/.test(r.url())) chartChunks.push(r.url()); }),
    });
  });
  afterAll(async () => { await t?.close(); });

  it('loads the chart code only when a drawer opens; the rate history is a step line with Danish axes at 1280 and 350 px, and the table stays', async () => {
    const { page, frame } = t;
    await frame.getByTestId('offer-count').getByText('30 af 30 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    expect(chartChunks.filter((u) => u.includes('charts.'))).toEqual([]);
    await frame.locator('[role="grid"] [role="row"]:has([role="gridcell"])').first().locator('[role="gridcell"]').first().click();
    const dialog = frame.getByRole('dialog');
    const figure = dialog.getByTestId('chart').first();
    await figure.locator('svg').first().waitFor({ timeout: 60_000 });
    expect(chartChunks.some((u) => u.includes('charts.'))).toBe(true);
    for (const width of WIDTHS) {
      await resize(t, width, '[role="dialog"] [data-testid="chart"]');
      await figure.scrollIntoViewIfNeeded();
      const facts = await chartFacts(dialog);
      expect(facts.width).toBeGreaterThan(200);
      expect(facts.width).toBeLessThanOrEqual(facts.figureWidth + 1);
      // Dates dd-mm-åååå on the time axis, whole kroner on the amount axis.
      expect(facts.labels.some((l) => /^\d{2}-\d{2}-\d{4}$/.test(l.text))).toBe(true);
      expect(facts.labels.some((l) => / kr\.$/.test(l.text))).toBe(true);
      expect(await figure.locator('figcaption').textContent()).toMatch(/^Takstudvikling for § \d+ pr\. /);
      expect(await dialog.getByRole('table', { name: /^Takster for § / }).first().isVisible()).toBe(true);
      // axe checks this drawer, chart and all, in every theme at both widths in tab-screenshots.test.ts.
      await page.screenshot({ path: `test-artifacts/charts-drawer-${word}-${width}.png` });
    }
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the largest increases as bars; over the limit is told apart by its title in words and by its paint, forced colours too', async () => {
    const { page, frame } = t;
    await page.setViewportSize({ width: 1280, height: 900 });
    await frame.getByRole('tablist', { name: 'Visninger' }).getByRole('tab', { name: 'Takstovervågning', exact: true }).click();
    // Every increase, not only those to report: bars over and under the limit.
    await frame.getByRole('switch', { name: 'Kun stigninger over grænsen' }).click();
    const table = frame.getByRole('table', { name: /^Takststigninger \d{4}$/ });
    await table.getByRole('cell', { name: 'Under grænsen', exact: true }).first().waitFor();
    const figure = frame.getByTestId('chart');
    await figure.locator('rect[role="option"]').first().waitFor({ timeout: 60_000 });
    for (const width of WIDTHS) {
      await resize(t, width, '[data-testid="chart"]');
      expect(await figure.locator('figcaption').textContent()).toMatch(/^(De 12 største af \d+ takststigninger|Takststigninger) \d{4} \(▼: grænsen; bjælker over grænsen er fremhævet og mærket »Over grænsen«\)$/);
      expect(await table.isVisible()).toBe(true);

      const { bars, highlight, canvasText } = await barFacts(figure);
      const over = bars.filter((b) => b.title.startsWith('Over grænsen: '));
      const under = bars.filter((b) => !b.title.startsWith('Over grænsen: '));
      expect(over.length).toBeGreaterThan(0);
      expect(under.length).toBeGreaterThan(0);
      // The cue that is not colour: in the visible title above the bar and in the bar's own name.
      expect(await figure.getByText(/^Over grænsen: \d/).first().isVisible()).toBe(true);
      expect(over.every((b) => b.name.endsWith(', over grænsen'))).toBe(true);
      expect(under.some((b) => /grænsen/.test(b.name))).toBe(false);
      // One paint for each kind, and the two differ (in forced colours: the two system colours).
      const overFills = [...new Set(over.map((b) => b.fill))];
      const underFills = [...new Set(under.map((b) => b.fill))];
      expect(overFills).toHaveLength(1);
      expect(underFills).toHaveLength(1);
      expect(overFills[0]).not.toBe(underFills[0]);
      if (theme === 'contrast') expect({ over: overFills[0], under: underFills[0] }).toEqual({ over: highlight, under: canvasText });
      // The limit marker stays a triangle (▼, as the caption says), its sides transparent in forced colours too.
      expect(await figure.locator('.fui-hbc__triangle').first().evaluate((el) => [getComputedStyle(el).borderLeftColor, getComputedStyle(el).borderRightColor])).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);

      // No sideways scrolling of the page (the view tabs and the table scroll inside their own boxes).
      expect(await overflowX(frame)).toBeLessThanOrEqual(0);
      // axe on the report with bars of both kinds (tab-screenshots.test.ts checks the default report, over
      // the limit only, at both widths); the screenshot is taken while axe runs (it changes nothing visible).
      const [violations] = await Promise.all([
        width === 1280 ? seriousAxeViolations(t.tabFrame()) : Promise.resolve([]),
        page.screenshot({ path: `test-artifacts/charts-report-${word}-${width}.png` }),
      ]);
      expect({ width, violations }).toEqual({ width, violations: [] });
    }
  });
});
