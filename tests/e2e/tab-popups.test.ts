/**
 * Every popup of the Teams tab driven with the mouse, as a new user would: each Dropdown, Combobox and
 * Menu opens on a click on the visible control, its option is what the pointer hits at that spot
 * (document.elementFromPoint: nothing covers it), a click selects it, and afterwards a grid row is
 * again what the pointer hits — no blank page and no invisible layer. The offer drawer's backdrop is
 * translucent. Screenshots go to test-artifacts/.
 */
import type { Page } from 'playwright-core';
import { gridRows, hitAtCentre, pickWithMouse, useTabServer } from './helpers/tab-server';
import { seriousAxeViolations } from './helpers/axe';

jest.setTimeout(180_000);

const tab = useTabServer(300);

/** The page is not blank: the tab's heading is what the pointer hits. */
const headingVisible = (page: Page) => hitAtCentre(page.getByRole('heading', { name: 'KL Kontrakt', level: 1 }));

async function firstRowClickable(page: Page): Promise<void> {
  const cell = gridRows(page).first().locator('[role="gridcell"]').first();
  await cell.waitFor();
  expect(await hitAtCentre(cell)).toBe(true);
}

describe('Leverandørliste with the mouse', () => {
  it('opens and selects every filter, the Kolonner menu and the offer drawer; nothing is left covering the grid', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html`);
    await page.getByTestId('offer-count').getByText(/^300 af 300 tilbud$/).waitFor({ timeout: 60_000 });

    const filters: [string, string][] = [
      ['Paragraf', '§ 107'], ['Målgruppe', 'autisme'], ['Kommune', 'Næstved'], ['Driftsform', 'privat'],
      ['Ledige pladser', 'Har ledige'], ['Tilsyn', 'Grøn'], ['Status på listen', 'Optaget'],
    ];
    for (const [name, option] of filters) {
      await pickWithMouse(page, name, option, name === 'Paragraf' ? 'popup-dropdown-open' : undefined);
      await pickWithMouse(page, name, 'Alle');
      expect(await headingVisible(page)).toBe(true);
    }
    await page.getByTestId('offer-count').getByText(/^300 af 300 tilbud$/).waitFor();
    await firstRowClickable(page);

    // Kolonner: a menu of checkboxes; ticking CVR adds the column.
    await page.getByRole('button', { name: 'Kolonner' }).click();
    const cvr = page.getByRole('menuitemcheckbox', { name: 'CVR' });
    await cvr.waitFor();
    expect(await hitAtCentre(cvr)).toBe(true);
    await page.screenshot({ path: 'test-artifacts/popup-menu-open.png' });
    await cvr.click();
    await page.getByRole('columnheader', { name: /CVR/ }).waitFor();
    await page.getByRole('heading', { name: 'KL Kontrakt', level: 1 }).click();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await firstRowClickable(page);

    // The drawer opens from a click on a row; its backdrop is translucent, and Luk gives the grid back.
    const name = (await gridRows(page).first().getAttribute('aria-label'))!;
    await gridRows(page).first().locator('[role="gridcell"]').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: 'Takster' }).waitFor();
    expect(await drawer.getByRole('heading', { level: 2 }).first().textContent()).toContain(name);
    const backdrop = await page.evaluate(() => {
      const hit = document.elementFromPoint(10, window.innerHeight - 10) as HTMLElement | null;
      return hit ? { colour: getComputedStyle(hit).backgroundColor, inDialog: !!hit.closest('[role="dialog"]') } : null;
    });
    expect(backdrop?.inDialog).toBe(false);
    const alpha = Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(backdrop?.colour ?? '')?.[1] ?? '1');
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(1);
    await page.screenshot({ path: 'test-artifacts/popup-drawer-open.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await drawer.getByRole('button', { name: 'Luk' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await firstRowClickable(page);
    // The modal drawer hides the page from assistive technology while open; once closed the page must come back.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'), undefined, { timeout: 5000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('Find plads, Takster, Gennemgang and Administration with the mouse', () => {
  it('Find plads: three dropdowns and the search button', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=find-plads`);
    await pickWithMouse(page, 'Paragraf', '§ 107', 'popup-findplads-open');
    await pickWithMouse(page, 'Målgruppe', 'autisme');
    await pickWithMouse(page, 'Borgerens kommune', 'Næstved');
    await page.getByRole('button', { name: 'Find ledige pladser' }).click();
    await page.getByRole('status').filter({ hasText: /ledige pladser/ }).waitFor();
    expect(await headingVisible(page)).toBe(true);
  });

  it('Takstovervågning: the year dropdown', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=takster`);
    const last = String(new Date().getFullYear() - 1);
    await pickWithMouse(page, 'År', last);
    expect(await headingVisible(page)).toBe(true);
  });

  it('Gennemgang: state, municipality, age and view dropdowns and the provider combobox', async () => {
    const { items } = await tab.api<{ items: { name: string; providerName: string }[] }>('/api/offers?limit=1');
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    await page.getByRole('heading', { name: 'Gennemgang', level: 2 }).waitFor();
    await pickWithMouse(page, 'Status', 'Ny', 'popup-review-open');
    await pickWithMouse(page, 'Kommune', 'Næstved');
    await pickWithMouse(page, 'Alder', 'Ældre end 7 dage');
    await pickWithMouse(page, 'Vis', 'Mine flag');
    const provider = page.getByRole('combobox', { name: 'Tilbud eller leverandør' });
    await provider.click();
    await provider.pressSequentially(items[0]!.name.slice(0, 6));
    const opt = page.getByRole('option').first();
    await opt.waitFor();
    expect(await hitAtCentre(opt)).toBe(true);
    await opt.click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await headingVisible(page)).toBe(true);
  });

  it('Administration: the offer search opens and picks an offer', async () => {
    const { items } = await tab.api<{ items: { name: string }[] }>('/api/offers?limit=1');
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/index.html?view=administration`);
    const picker = page.getByRole('combobox', { name: 'Find tilbud at rette' });
    await picker.click();
    await picker.pressSequentially(items[0]!.name);
    const opt = page.getByRole('option', { name: new RegExp(items[0]!.name.replace(/[()]/g, '\\$&')) }).first();
    await opt.waitFor();
    expect(await hitAtCentre(opt)).toBe(true);
    await page.screenshot({ path: 'test-artifacts/popup-admin-search-open.png' });
    await opt.click();
    await page.getByRole('textbox', { name: 'Ledige pladser' }).waitFor();
    expect(await hitAtCentre(page.getByRole('button', { name: 'Gem' }))).toBe(true);
  });

  it('the channel tab configuration page: its dropdown', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.origin}/teams/config.html`);
    await pickWithMouse(page, 'Hvad skal fanen vise?', 'Gennemgang');
  });
});
