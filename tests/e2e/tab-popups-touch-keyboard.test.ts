/**
 * Every popup of the Teams tab with touch and with the keyboard, at 350 px (tab-popups.test.ts does the
 * mouse at 1280 px). Touch: a laptop's touch screen (hasTouch, not a mobile viewport); each filter
 * Dropdown, the provider Combobox, the Kolonner Menu, the offer Drawer and Find plads open on a tap on
 * the visible control, the option is what a finger at that spot hits (elementFromPoint), and a tap
 * picks it. Keyboard: Tab reaches the control, Enter/Space/ArrowDown open it, Enter picks, Escape
 * closes and gives focus back to the trigger. Screenshots go to test-artifacts/.
 */
import type { Locator, Page } from 'playwright-core';
import { gridRows, hitAtCentre, startTabServer, type TabServer } from './helpers/tab-server';
import { animationsSettled } from './helpers/settle';

jest.setTimeout(240_000);

const NARROW = { width: 350, height: 800 };
let tab: TabServer;
beforeAll(async () => { tab = await startTabServer(300, { touch: true }); });
afterAll(async () => { await tab?.close(); });
afterEach(async () => {
  const errors = tab.errors.splice(0);
  for (const p of tab.browser.context.pages()) await p.close().catch(() => undefined);
  expect(errors).toEqual([]);
});

const shownValue = (combo: Locator) => combo.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent ?? '').trim());
const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Opens a Dropdown/Combobox with a tap, checks the option is on top, taps it, checks the list closed and the value shows. */
async function pickWithTouch(page: Page, name: string, option: string, shot?: string): Promise<void> {
  const combo = page.getByRole('combobox', { name, exact: true });
  await combo.scrollIntoViewIfNeeded();
  await combo.tap();
  const listbox = page.getByRole('listbox');
  const opt = listbox.getByRole('option', { name: option, exact: true });
  await opt.waitFor();
  await opt.scrollIntoViewIfNeeded();
  expect({ name, option, onTop: await hitAtCentre(opt) }).toEqual({ name, option, onTop: true });
  if (shot) await page.screenshot({ path: `test-artifacts/${shot}.png` });
  await opt.tap();
  await listbox.waitFor({ state: 'hidden' });
  expect({ name, shown: await shownValue(combo) }).toEqual({ name, shown: option });
}

/** Presses Tab from where focus is until the control has it (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/**
 * Tab to a Dropdown, open it with `openKey`, move down one option, Enter picks it (the one that was
 * active shows in the control); then open again and Escape closes with focus still on the control.
 */
async function pickWithKeyboard(page: Page, name: string, openKey: 'Enter' | 'Space' | 'ArrowDown'): Promise<string> {
  const combo = page.getByRole('combobox', { name, exact: true });
  await tabTo(page, combo);
  await page.keyboard.press(openKey);
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  await page.keyboard.press('ArrowDown');
  const active = await combo.evaluate((el) => {
    const id = el.getAttribute('aria-activedescendant');
    return (id && document.getElementById(id)?.textContent?.trim()) ?? '';
  });
  expect({ name, active: active !== '' }).toEqual({ name, active: true });
  await page.keyboard.press('Enter');
  await listbox.waitFor({ state: 'hidden' });
  expect({ name, shown: await shownValue(combo) }).toEqual({ name, shown: active });
  await page.keyboard.press(openKey === 'Space' ? 'Enter' : 'Space');
  await listbox.waitFor();
  await page.keyboard.press('Escape');
  await listbox.waitFor({ state: 'hidden' });
  expect({ name, focused: await isFocused(combo) }).toEqual({ name, focused: true });
  expect({ name, shown: await shownValue(combo) }).toEqual({ name, shown: active });
  return active;
}

/** Back to the first option ("Alle") by keyboard: open with ArrowDown, Home, Enter. */
async function resetWithKeyboard(page: Page, name: string): Promise<void> {
  const combo = page.getByRole('combobox', { name, exact: true });
  await page.keyboard.press('ArrowDown');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  expect({ name, shown: await shownValue(combo) }).toEqual({ name, shown: 'Alle' });
}

/** The CVR item flips its tick and the grid gains or loses the column (the choice is remembered between pages). */
async function toggles(page: Page, item: Locator, act: () => Promise<void>): Promise<void> {
  const before = await item.getAttribute('aria-checked');
  await act();
  const header = page.getByRole('columnheader', { name: /CVR/ });
  await header.waitFor({ state: before === 'true' ? 'detached' : 'attached' });
}

async function openList(page: Page): Promise<void> {
  await page.goto(`${tab.origin}/teams/index.html`);
  await page.getByTestId('offer-count').getByText(/^300 af 300 tilbud$/).waitFor({ timeout: 60_000 });
}

const FILTERS: [string, string][] = [
  ['Paragraf', '§ 107'], ['Målgruppe', 'autisme'], ['Kommune', 'Næstved'], ['Driftsform', 'privat'],
  ['Ledige pladser', 'Har ledige'], ['Tilsyn', 'Grøn'], ['Status på listen', 'Optaget'],
];

describe('Leverandørliste at 350 px with touch', () => {
  it('taps open every filter, the Kolonner menu and the offer drawer; nothing is left covering the grid', async () => {
    const page = await tab.newPage(NARROW);
    await openList(page);
    for (const [name, option] of FILTERS) {
      await pickWithTouch(page, name, option, name === 'Paragraf' ? 'popup-touch-dropdown-350' : undefined);
      await pickWithTouch(page, name, 'Alle');
    }
    await page.getByTestId('offer-count').getByText(/^300 af 300 tilbud$/).waitFor();

    const kolonner = page.getByRole('button', { name: 'Kolonner' });
    await kolonner.scrollIntoViewIfNeeded();
    await kolonner.tap();
    const cvr = page.getByRole('menuitemcheckbox', { name: 'CVR' });
    await cvr.waitFor();
    expect(await hitAtCentre(cvr)).toBe(true);
    await page.screenshot({ path: 'test-artifacts/popup-touch-menu-350.png' });
    await toggles(page, cvr, () => cvr.tap());
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });

    const row = gridRows(page).first();
    const name = (await row.getAttribute('aria-label'))!;
    const cell = row.locator('[role="gridcell"]').first();
    await cell.scrollIntoViewIfNeeded();
    expect(await hitAtCentre(cell)).toBe(true);
    await cell.tap();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name, level: 2 }).waitFor();
    // The drawer slides in: hit-test once its opening animation is over.
    await animationsSettled(drawer);
    const luk = drawer.getByRole('button', { name: 'Luk' });
    expect(await hitAtCentre(luk)).toBe(true);
    await page.screenshot({ path: 'test-artifacts/popup-touch-drawer-350.png' });
    await luk.tap();
    await drawer.waitFor({ state: 'hidden' });
    expect(await hitAtCentre(cell)).toBe(true);
  });

  it('Find plads: taps pick Paragraf, Målgruppe and the municipality, a tap searches', async () => {
    const page = await tab.newPage(NARROW);
    await page.goto(`${tab.origin}/teams/index.html?view=find-plads`);
    await pickWithTouch(page, 'Paragraf', '§ 107', 'popup-touch-findplads-350');
    await pickWithTouch(page, 'Målgruppe', 'autisme');
    await pickWithTouch(page, 'Borgerens kommune', 'Næstved');
    await page.getByRole('button', { name: 'Find ledige pladser' }).tap();
    await page.getByRole('status').filter({ hasText: /ledige pladser/ }).waitFor();
  });

  it('Gennemgang: the provider combobox takes typed text and a tapped option', async () => {
    const { items } = await tab.api<{ items: { name: string }[] }>('/api/offers?limit=1');
    const page = await tab.newPage(NARROW);
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    const provider = page.getByRole('combobox', { name: 'Tilbud eller leverandør' });
    await provider.tap();
    await provider.pressSequentially(items[0]!.name.slice(0, 6));
    const opt = page.getByRole('option', { name: items[0]!.name }).first();
    await opt.waitFor();
    expect(await hitAtCentre(opt)).toBe(true);
    // The list opens under (or over) the field and inside the 350 px viewport, not beside it.
    const [field, list] = await Promise.all([provider.boundingBox(), page.getByRole('listbox').boundingBox()]);
    expect({ left: list!.x >= 0, right: list!.x + list!.width <= 350, besideField: list!.x >= field!.x + field!.width })
      .toEqual({ left: true, right: true, besideField: false });
    await page.screenshot({ path: 'test-artifacts/popup-touch-combobox-350.png' });
    await opt.tap();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await shownValue(provider)).toContain(items[0]!.name);
  });
});

describe('Leverandørliste at 350 px with the keyboard', () => {
  it('every filter opens with Enter, Space or ArrowDown, Enter picks, Escape closes back to the control; Kolonner and the drawer likewise', async () => {
    const page = await tab.newPage(NARROW);
    await openList(page);
    const keys = ['Enter', 'Space', 'ArrowDown'] as const;
    for (const [i, [name]] of FILTERS.entries()) {
      await pickWithKeyboard(page, name, keys[i % keys.length]!);
      await resetWithKeyboard(page, name);
    }
    await page.getByTestId('offer-count').getByText(/^300 af 300 tilbud$/).waitFor();

    const kolonner = page.getByRole('button', { name: 'Kolonner' });
    await tabTo(page, kolonner);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const cvr = page.getByRole('menuitemcheckbox', { name: 'CVR' });
    // Arrow keys move through the items until CVR has focus; Space ticks it.
    for (let i = 0; i < 20 && !(await isFocused(cvr)); i++) await page.keyboard.press('ArrowDown');
    expect(await isFocused(cvr)).toBe(true);
    await toggles(page, cvr, () => page.keyboard.press('Space'));
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await isFocused(kolonner)).toBe(true);

    // A row's cell: Tab into the grid, Enter opens its offer, Escape closes the drawer and focus returns to the grid.
    const grid = page.getByRole('grid');
    await tabTo(page, grid);
    // Tab lands in the header; the arrow keys move down into the body rows (Fluent DataGrid's arrow navigation).
    const rowLabel = () => page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-label') ?? null);
    for (let i = 0; i < 3 && !(await rowLabel()); i++) await page.keyboard.press('ArrowDown');
    const focusedRow = await rowLabel();
    expect(focusedRow).toBeTruthy();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: focusedRow!, level: 2 }).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await isFocused(grid)).toBe(true);
  });

  it('Find plads and the Gennemgang provider combobox by keyboard', async () => {
    const page = await tab.newPage(NARROW);
    await page.goto(`${tab.origin}/teams/index.html?view=find-plads`);
    for (const name of ['Paragraf', 'Målgruppe', 'Borgerens kommune']) await pickWithKeyboard(page, name, 'Enter');
    await tabTo(page, page.getByRole('button', { name: 'Find ledige pladser' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /ledige pladser/ }).waitFor();

    const { items } = await tab.api<{ items: { name: string }[] }>('/api/offers?limit=1');
    await page.goto(`${tab.origin}/teams/index.html?view=gennemgang`);
    const provider = page.getByRole('combobox', { name: 'Tilbud eller leverandør' });
    await tabTo(page, provider);
    await page.keyboard.type(items[0]!.name.slice(0, 6));
    await page.getByRole('option', { name: items[0]!.name }).first().waitFor();
    // ArrowDown until the offer is the active option, Enter picks it.
    const activeText = () => provider.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
    for (let i = 0; i < 10 && !(await activeText()).includes(items[0]!.name); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await shownValue(provider)).toContain(items[0]!.name);
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await isFocused(provider)).toBe(true);
  });
});
