/**
 * The provider list as a grid one can work in with the mouse, at the level of Microsoft Lists:
 * skeleton rows while the first page loads, the row count, headers that sort every row on the server
 * (aria-sort; a second click reverses), a header that stays in view, Status and the rate on one line
 * at 1280 px, an empty state with a way out, and filters, sort, columns and the open offer kept
 * across a refresh.
 */
import type { Page } from 'playwright-core';
import { startTeamsHost } from '../fakes/teams-host';
import { seriousAxeViolations } from './helpers/axe';
import { gridRows, hitAtCentre, pickWithMouse, useTabServer } from './helpers/tab-server';

jest.setTimeout(180_000);

const tab = useTabServer(300);

type Summary = { name: string; municipality: string; providerName: string };
const firstOffer = async (query: string) => (await tab.api<{ items: Summary[]; total: number }>(`/api/offers?limit=1&${query}`));

/** Waits until the grid's first body row is the offer with this name. */
const firstRowIs = (page: Page, name: string) => page.waitForFunction(
  (n) => document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')?.getAttribute('aria-label') === n, name);

const header = (page: Page, label: string) => page.getByRole('columnheader', { name: label, exact: true });

describe('Leverandørliste as a grid, with the mouse at 1280 px', () => {
  it('shows skeleton rows until the first page arrives, then the rows and their count', async () => {
    const page = await tab.newPage();
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    await page.route(/\/api\/offers\?/, async (route) => { await gate; await route.continue(); });
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('grid-skeleton').waitFor();
    expect(await page.getByTestId('offer-count').textContent()).toBe('Henter tilbud …');
    await page.screenshot({ path: 'test-artifacts/grid-skeleton-1280.png' });
    release();
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByTestId('grid-skeleton').waitFor({ state: 'hidden' });
    expect(await gridRows(page).count()).toBeGreaterThan(5);
  });

  it('sorts on the server by a header click (aria-sort), reverses on the second click; unsortable headers do nothing', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await header(page, 'Tilbud').getAttribute('aria-sort')).toBe('ascending');

    await header(page, 'Kommune').click();
    await firstRowIs(page, (await firstOffer('sort=municipality')).items[0]!.name);
    expect(await header(page, 'Kommune').getAttribute('aria-sort')).toBe('ascending');
    expect(await header(page, 'Tilbud').getAttribute('aria-sort')).not.toMatch(/ascending|descending/);
    await header(page, 'Kommune').click();
    await firstRowIs(page, (await firstOffer('sort=-municipality')).items[0]!.name);
    expect(await header(page, 'Kommune').getAttribute('aria-sort')).toBe('descending');
    await header(page, 'Status').click();
    await firstRowIs(page, (await firstOffer('sort=listStatus')).items[0]!.name);
    await header(page, 'Leverandør').click();
    await firstRowIs(page, (await firstOffer('sort=providerName')).items[0]!.name);
    await page.screenshot({ path: 'test-artifacts/grid-sorted-1280.png' });

    const before = await gridRows(page).first().getAttribute('aria-label');
    await header(page, 'Paragraffer').click();
    expect(await header(page, 'Paragraffer').getAttribute('aria-sort')).toBeNull();
    expect(await header(page, 'Leverandør').getAttribute('aria-sort')).toBe('ascending');
    expect(await gridRows(page).first().getAttribute('aria-label')).toBe(before);
  });

  it('keeps the header in view while the rows scroll, and fits Status and the rate on one line', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });

    const grid = page.getByRole('grid');
    const gridRight = await grid.evaluate((g) => g.getBoundingClientRect().right);
    expect(gridRight).toBeLessThanOrEqual(1280);
    const status = header(page, 'Status');
    expect(await status.evaluate((h) => h.getBoundingClientRect().right)).toBeLessThanOrEqual(gridRight);
    // Every visible Status and rate cell shows its whole text on one line (nothing cut, nothing wrapped).
    const cells = await gridRows(page).evaluateAll((rows) => rows.slice(0, 12).flatMap((r) => {
      const c = r.querySelectorAll<HTMLElement>('[role="gridcell"]');
      return [c[6]!, c[8]!].map((cell) => {
        const content = (cell.querySelector<HTMLElement>('.fui-TableCellLayout__main') ?? cell);
        const lineHeight = parseFloat(getComputedStyle(content).lineHeight);
        return { text: content.textContent, cut: content.scrollWidth > content.clientWidth, lines: Math.round(content.getBoundingClientRect().height / lineHeight), right: cell.getBoundingClientRect().right };
      });
    }));
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) expect(c).toEqual({ ...c, cut: false, lines: 1 });
    expect(Math.max(...cells.map((c) => c.right))).toBeLessThanOrEqual(gridRight);

    const headerTop = await header(page, 'Tilbud').evaluate((h) => h.getBoundingClientRect().top);
    const firstIndex = await gridRows(page).first().getAttribute('aria-rowindex');
    await gridRows(page).nth(3).hover();
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction((i) => document.querySelector('[role="grid"] [role="row"]:has([role="gridcell"])')?.getAttribute('aria-rowindex') !== i, firstIndex);
    expect(await header(page, 'Tilbud').evaluate((h) => h.getBoundingClientRect().top)).toBe(headerTop);
    expect(await hitAtCentre(header(page, 'Tilbud'))).toBe(true);
    await page.screenshot({ path: 'test-artifacts/grid-scrolled-1280.png' });
  });

  it('scrolls with the wheel to the end of the list: the last offer appears, opens, and a sort there shows each row at its new place', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    const last = (await firstOffer('sort=-name')).items[0]!.name;
    const lastRow = page.locator('[role="grid"] [role="row"][aria-rowindex="301"]');
    await gridRows(page).nth(3).hover();
    // The wheel scrolls the virtualised body a step at a time until the 300th offer's row is rendered.
    for (let i = 0; i < 40 && !(await lastRow.count()); i++) await page.mouse.wheel(0, 1000);
    expect(await lastRow.getAttribute('aria-label')).toBe(last);
    expect(await gridRows(page).count()).toBeLessThan(60);
    await page.screenshot({ path: 'test-artifacts/grid-end-1280.png' });
    await lastRow.locator('[role="gridcell"]').first().click();
    await page.getByRole('dialog').getByRole('heading', { name: last, level: 2 }).waitFor();
    expect(await lastRow.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // Sorted the other way round, every row on screen shows the offer at its place in the new order.
    await header(page, 'Tilbud').click();
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor();
    const order = (await tab.api<{ items: Summary[] }>('/api/offers?sort=-name&limit=300')).items.map((o) => o.name);
    await page.waitForFunction((names) => [...document.querySelectorAll('[role="grid"] [role="row"][aria-rowindex]:has([role="gridcell"])')]
      .every((r) => r.getAttribute('aria-label') === names[Number(r.getAttribute('aria-rowindex')) - 2]), order);
    expect(await gridRows(page).count()).toBeGreaterThan(5);
  });

  it('offers a way out when nothing matches: "Ingen tilbud matcher — nulstil filtre"', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await pickWithMouse(page, 'Kommune', 'Næstved');
    await page.getByRole('searchbox', { name: 'Søg' }).click();
    await page.keyboard.type('findes-ikke-xyz');
    const empty = page.getByTestId('grid-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toBe('Ingen tilbud matcher — nulstil filtre');
    expect(await page.getByTestId('offer-count').textContent()).toBe('0 af 0 tilbud');
    await page.screenshot({ path: 'test-artifacts/grid-empty-1280.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await empty.getByRole('button', { name: 'nulstil filtre' }).click();
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Søg' }).inputValue()).toBe('');
    expect((await page.getByRole('combobox', { name: 'Kommune', exact: true }).textContent())?.trim()).toBe('Alle');
  });

  it('remembers filters, sort, columns and the open offer across a refresh', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await pickWithMouse(page, 'Kommune', 'Næstved');
    const n = (await firstOffer('municipality=N%C3%A6stved')).total;
    await page.getByTestId('offer-count').getByText(`${n} af ${n} tilbud`, { exact: true }).waitFor();
    await header(page, 'Ledige').click();
    await header(page, 'Ledige').click();
    const top = (await firstOffer('municipality=N%C3%A6stved&sort=-freePlaces')).items[0]!.name;
    await firstRowIs(page, top);
    await page.getByRole('button', { name: 'Kolonner' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'CVR' }).click();
    await page.keyboard.press('Escape');
    await header(page, 'CVR').waitFor();
    await gridRows(page).first().locator('[role="gridcell"]').nth(1).click();
    await page.getByRole('dialog').getByRole('heading', { name: top, level: 2 }).waitFor();

    await page.reload();
    await page.getByRole('dialog').getByRole('heading', { name: top, level: 2 }).waitFor({ timeout: 60_000 });
    await page.getByTestId('offer-count').getByText(`${n} af ${n} tilbud`, { exact: true }).waitFor();
    // The offer's row is marked as selected behind the (modal) drawer.
    expect(await page.locator('[role="grid"] [role="row"][aria-selected="true"]').getAttribute('aria-label')).toBe(top);
    await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('offer')).toBeNull();
    expect((await page.getByRole('combobox', { name: 'Kommune', exact: true }).textContent())?.trim()).toBe('Næstved');
    expect(await header(page, 'Ledige').getAttribute('aria-sort')).toBe('descending');
    await header(page, 'CVR').waitFor();
    await page.screenshot({ path: 'test-artifacts/grid-after-refresh-1280.png' });
  });
});

describe('Leverandørliste in the dark and high-contrast Teams themes', () => {
  it('keeps the filter list and the drawer on top and readable', async () => {
    const host = await startTeamsHost({ appOrigin: tab.origin, tabPath: '/teams/index.html', theme: 'dark' });
    const page = await tab.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('#tab');
    await frame.locator('[data-testid="tab-root"][data-theme="dark"]').waitFor();
    await frame.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await frame.getByRole('combobox', { name: 'Paragraf', exact: true }).click();
    const option = frame.getByRole('option', { name: '§ 108', exact: true });
    expect(await hitAtCentre(option)).toBe(true);
    await page.screenshot({ path: 'test-artifacts/grid-dark-dropdown-1280.png' });
    await option.click();
    await frame.getByRole('listbox').waitFor({ state: 'hidden' });
    await page.evaluate(() => (window as unknown as { __teamsHost: { setTheme(t: string): void } }).__teamsHost.setTheme('contrast'));
    await frame.locator('[data-testid="tab-root"][data-theme="contrast"]').waitFor();
    const row = frame.locator('[role="grid"] [role="row"]:has([role="gridcell"])').first();
    await row.locator('[role="gridcell"]').first().click();
    await frame.getByRole('dialog').getByRole('heading', { name: 'Takster' }).waitFor();
    await page.screenshot({ path: 'test-artifacts/grid-contrast-drawer-1280.png' });
    await page.close();
    await host.close();
  });
});

describe('Leverandørliste at 350 px', () => {
  it('opens an offer from a row with the mouse', async () => {
    const page = await tab.newPage({ width: 350, height: 800 });
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText('300 af 300 tilbud', { exact: true }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-artifacts/grid-350.png' });
    const name = (await gridRows(page).first().getAttribute('aria-label'))!;
    await gridRows(page).first().locator('[role="gridcell"]').first().click();
    await page.getByRole('dialog').getByRole('heading', { name, level: 2 }).waitFor();
    await page.screenshot({ path: 'test-artifacts/grid-drawer-350.png' });
  });
});
