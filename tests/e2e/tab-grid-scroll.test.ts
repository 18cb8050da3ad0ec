/**
 * The provider list's scrolling with the mouse: the offer in the URL is scrolled into view after a
 * refresh even when it is far down the (virtualised) list, and many columns scroll sideways inside
 * the grid, never the page, at 1280 and 350 px.
 */
import type { Page } from 'playwright-core';
import { gridRows, hitAtCentre, useTabServer } from './helpers/tab-server';

jest.setTimeout(180_000);

const tab = useTabServer(300);

const ready = (page: Page) => page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });

describe('the selected offer after a refresh', () => {
  for (const width of [1280, 350]) {
    it(`scrolls a row far down the list back into view at ${width} px`, async () => {
      const page = await tab.newPage({ width, height: 800 });
      await page.goto(`${tab.origin}/teams/index.html`);
      await ready(page);
      // Scroll the grid with the wheel (as far as rows past 200), then pick one with the mouse.
      const lastDrawn = () => gridRows(page).evaluateAll((rows) => Math.max(...rows.map((r) => Number(r.getAttribute('aria-rowindex')))));
      await gridRows(page).first().locator('[role="gridcell"]').first().hover();
      // A wheel turn can be lost on a loaded machine (it failed once in 30 s with no rows drawn further
      // down): one that moved nothing within 5 s is turned again over the grid, up to 40 turns in all.
      for (let drawn = await lastDrawn(), turns = 0; drawn < 230; turns++) {
        expect(turns).toBeLessThan(40);
        await page.mouse.wheel(0, 440);
        const moved = await page.waitForFunction((d) => [...document.querySelectorAll('[role="grid"] [role="row"][aria-rowindex]')].some((r) => Number(r.getAttribute('aria-rowindex')) > d), drawn, { timeout: 5_000 })
          .then(() => true, () => false);
        if (!moved) {
          // The pointer back over the middle of the grid (hovering a row would scroll it into view, back up).
          const box = (await page.locator('[role="grid"]').boundingBox())!;
          await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 800 - box.y) / 2);
        }
        drawn = await lastDrawn();
      }
      // The wheel's scrolling may still be under way on a loaded machine, and react-window draws rows
      // beyond the visible area (overscan): once the scroll position holds, pick a row well inside the view.
      const visibleIndex = await gridRows(page).evaluateAll(async (rows) => {
        let scroller = rows[0]!.parentElement!;
        while (!/auto|scroll/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement!;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        for (let before = -1; before !== scroller.scrollTop;) { before = scroller.scrollTop; await frame(); await frame(); }
        // The view's bottom is above the horizontal scrollbar (clientHeight leaves it out: at 350 px the
        // columns scroll sideways, and a click on a row under the scrollbar lands on the scrollbar).
        const top = scroller.getBoundingClientRect().top;
        const bottom = Math.min(top + scroller.clientHeight, window.innerHeight);
        const inside = rows.filter((r) => {
          const c = r.querySelector('[role="gridcell"]')!.getBoundingClientRect();
          return c.top >= top && c.bottom <= bottom;
        }).map((r) => Number(r.getAttribute('aria-rowindex'))).sort((a, b) => a - b);
        // The middle one of them, away from both edges of the view.
        return inside[Math.floor(inside.length / 2)] ?? 0;
      });
      expect(visibleIndex).toBeGreaterThan(200);
      const row = page.locator(`[role="grid"] [role="row"][aria-rowindex="${visibleIndex}"]`);
      const id = await row.getAttribute('data-offer-id');
      await row.locator('[role="gridcell"]').first().click();
      await page.getByRole('dialog').waitFor();
      expect(new URL(page.url()).searchParams.get('offer')).toBe(id);

      await page.reload();
      await ready(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      const again = page.locator(`[role="grid"] [data-offer-id="${id}"]`);
      await again.waitFor();
      // Visible where it is: what a click at its centre would hit (not under the header, not outside the body).
      expect(await hitAtCentre(again.locator('[role="gridcell"]').first())).toBe(true);
      await page.screenshot({ path: `test-artifacts/grid-refresh-scrolled-${width}.png` });
    });
  }
});

describe('many columns', () => {
  for (const width of [1280, 350]) {
    it(`scroll sideways inside the grid, not the page, at ${width} px`, async () => {
      const page = await tab.newPage({ width, height: 800 });
      await page.goto(`${tab.origin}/teams/index.html`);
      await ready(page);
      await page.getByRole('button', { name: 'Kolonner' }).click();
      const boxes = page.getByRole('menuitemcheckbox');
      for (let i = 0; i < await boxes.count(); i++) {
        const box = boxes.nth(i);
        if (await box.getAttribute('aria-checked') !== 'true') await box.click();
      }
      const columns = await boxes.count();
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'hidden' });
      const headers = page.getByRole('columnheader');
      expect(await headers.count()).toBe(columns);

      const sizes = await page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('[role="grid"] [role="rowgroup"]:last-of-type > div') ?? document.body;
        const root = document.scrollingElement!;
        return { page: root.scrollWidth - root.clientWidth, innerWidth: root.scrollWidth - window.innerWidth, body: body.scrollWidth - body.clientWidth };
      });
      expect(sizes.innerWidth).toBeLessThanOrEqual(0);
      expect(sizes.page).toBeLessThanOrEqual(0);
      expect(sizes.body).toBeGreaterThan(0);
      // Wheel sideways over the rows: the body and its header scroll together until the last header shows.
      await gridRows(page).first().locator('[role="gridcell"]').first().hover();
      for (let i = 0; i < 20; i++) await page.mouse.wheel(600, 0);
      const last = headers.last();
      await page.waitForFunction(() => {
        const hs = document.querySelectorAll('[role="columnheader"]');
        const r = hs[hs.length - 1]!.getBoundingClientRect();
        return r.right <= window.innerWidth + 1 && r.left >= 0;
      });
      await page.screenshot({ path: `test-artifacts/grid-all-columns-${width}.png` });
      expect(await hitAtCentre(last)).toBe(true);
      const after = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollLeft: root.scrollLeft, overflow: Math.max(0, root.scrollWidth - root.clientWidth) };
      });
      expect(after).toEqual({ scrollLeft: 0, overflow: 0 });
    });
  }
});
