/**
 * What the Teams tab bench measures inside the page (Chromium, playwright-core): the moment the grid's
 * first row is on screen (what a click at its centre would hit), and the time from a mouse press to
 * the change it causes being visible. Times are performance.now() values (ms since navigation start),
 * read on animation frames, so a figure is late by at most one frame.
 */
import type { Browser, Locator, Page } from 'playwright-core';

const FIRST_ROW = '[role="grid"] [role="row"][aria-rowindex="2"]';

/** What the first row must show: its text contains `contains`, and its name is not `notNamed` (the row before a change). */
export interface RowWanted { contains?: string; notNamed?: string | null }

/** Resolves with performance.now() at the first frame where the first grid row is hit-testable and is as wanted. */
export async function firstRowOnScreen(page: Page, wanted: RowWanted = {}): Promise<number> {
  const handle = await page.waitForFunction(
    ({ sel, w }) => {
      const row = document.querySelector(sel);
      if (!row) return false;
      if (w.contains !== undefined && !(row.textContent ?? '').includes(w.contains)) return false;
      if (w.notNamed !== undefined && row.getAttribute('aria-label') === w.notNamed) return false;
      const r = row.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit && row.contains(hit) ? performance.now() : false;
    },
    { sel: FIRST_ROW, w: wanted },
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Records performance.now() of every mouse press (capture phase, before the app sees it). */
export const recordPresses = (page: Page): Promise<void> => page.evaluate(() => {
  window.addEventListener('mousedown', () => { (window as unknown as { __pressedAt: number }).__pressedAt = performance.now(); }, true);
});

/**
 * Clicks `target` with the mouse and returns the ms from the press to the first row showing the change:
 * another offer than before, whose row contains `contains` (e.g. the municipality sorted or filtered by).
 */
export async function clickUntilFirstRow(page: Page, target: Locator, contains: string): Promise<number> {
  const before = await page.locator(FIRST_ROW).getAttribute('aria-label');
  // Watching from before the press: a watch set up after click() returned would first look one CDP
  // round trip late (20–50 ms on a loaded machine) and charge that to the tab.
  const shown = firstRowOnScreen(page, { contains, notNamed: before });
  await target.click();
  return (await shown) - (await page.evaluate(() => (window as unknown as { __pressedAt: number }).__pressedAt));
}

export interface Memory { jsHeapMb: number; rendererRssMb: number | null }

/** The page's JS heap after a full GC (CDP), and the resident memory of the renderer processes (Linux /proc). */
export async function pageMemory(browser: Browser, page: Page): Promise<Memory> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  let rss: number | null = null;
  try {
    const session = await browser.newBrowserCDPSession();
    const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
    await session.detach();
    const { readFileSync } = await import('node:fs');
    // One page is open at a time, so the largest renderer is this page's.
    const renderers = info.processInfo.filter((p) => p.type === 'renderer').map((p) => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    });
    rss = renderers.length ? Math.max(...renderers) : null;
  } catch {
    rss = null; // not Linux, or the process ended
  }
  return { jsHeapMb: heap / 1048576, rendererRssMb: rss };
}
