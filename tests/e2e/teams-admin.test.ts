/**
 * Administration in Chromium with the mouse, served by the real server (buildApp on in-memory PGlite
 * with demo offers): a new offer's operating form, supervision and status picked from Dropdowns, its
 * dates from the Danish DatePicker, places typed in Danish notation; an invalid save lists what to fix
 * at the top and marks each field with the server's Danish message; a valid save, and the audit log
 * saying it in words. At 1280 px and at 350 px, with screenshots in test-artifacts/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { buildApp, type AppInstance } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Authenticator } from '../../src/server/http/auth';
import { DANISH_MONTHS } from '../../src/ui/danish-dates';
import { launchChromium, type TestBrowser } from '../teams/support/browser';
import { stageBundle } from './helpers/bundles';

jest.setTimeout(240_000);

const ADMIN = 'Leverandoerliste.Admin';
/** The local developer (as AUTH_MODE=dev): every call without a token is this admin. */
const devAdmin: Authenticator = { async authenticate() { return { id: 'dev-admin', name: 'Karin Admin', tenantId: null, roles: [ADMIN] }; } };

let dist: string;
let app: AppInstance;
let origin: string;
let chromium: TestBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  // Built once per run and source state, shared with the other browser test files.
  const staged = stageBundle('teams');
  dist = staged.distDir;
  const config = loadConfig({ AUTH_MODE: 'dev', HOST: '127.0.0.1', DATA_DIR: 'memory://', KL_DEMO: '1', KL_DEMO_OFFERS: '50', DIST_DIR: dist, LOG_LEVEL: 'silent' });
  const [, built] = await Promise.all([staged.ready, buildApp(config, { authenticator: devAdmin, startWorker: false })]);
  app = built;
  await app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  chromium = await launchChromium();
  mkdirSync('test-artifacts', { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  await app?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

afterEach(async () => {
  if (pageErrors.length) console.log(`Fejl i fanen:\n${pageErrors.join('\n')}`);
  pageErrors.length = 0;
  // A page still open means the test failed: keep what it showed.
  for (const [i, p] of (chromium?.context.pages() ?? []).entries()) {
    if (p.url() !== 'about:blank') await p.screenshot({ path: `test-artifacts/teams-admin-failed-${i}.png`, fullPage: true }).catch(() => undefined);
    await p.close().catch(() => undefined);
  }
});

async function newPage(width: number): Promise<Page> {
  const page = await chromium.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { // The 400 and 422 answers to the invalid saves are expected; Chromium logs every failed request.
    if (m.type() === 'error' && !m.text().includes('net::ERR_FAILED') && !/status of 4(00|22)/.test(m.text())) pageErrors.push(m.text()); });
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/teams/index.html?view=administration`);
  return page;
}

/** The element a real click at the locator's centre would hit is the locator's own (no invisible layer on top). */
async function expectOnTop(target: Locator): Promise<void> {
  await target.waitFor();
  const hit = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (el === top || el.contains(top));
  });
  expect(hit).toBe(true);
}

/** Open a Dropdown by clicking it and click the option, checking the option is what the mouse hits. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  const opt = page.getByRole('option', { name: option, exact: true });
  await expectOnTop(opt);
  await opt.click();
  await page.getByRole('combobox', { name: label, exact: true }).getByText(option, { exact: true }).waitFor();
}

/** Open the DatePicker by clicking its field, go one month back with the mouse, click day 15. */
async function pickDay15LastMonth(page: Page, id: string, screenshot?: string): Promise<string> {
  await page.locator(`#${id}`).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
  await dialog.waitFor();
  const today = new Date();
  const month = new Date(today.getFullYear(), today.getMonth() - 1, 15);
  const back = dialog.getByRole('button', { name: 'Forrige måned' });
  await expectOnTop(back);
  await back.click();
  await dialog.getByText(`${DANISH_MONTHS[month.getMonth()]} ${month.getFullYear()}`, { exact: true }).first().waitFor();
  // Monday first, Danish day letters (the first header cell is the week-number column).
  expect((await dialog.locator('th').allInnerTexts()).join('')).toContain('MTOTFLS');
  const day = dialog.getByRole('gridcell').getByRole('button', { name: `15, ${DANISH_MONTHS[month.getMonth()]}, ${month.getFullYear()}`, exact: true });
  await expectOnTop(day);
  if (screenshot) await page.screenshot({ path: screenshot });
  await day.click();
  await dialog.waitFor({ state: 'hidden' });
  const dd = `15-${String(month.getMonth() + 1).padStart(2, '0')}-${month.getFullYear()}`;
  await expect(page.locator(`#${id}`).inputValue()).resolves.toBe(dd);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}-15`;
}

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

async function fillOffer(page: Page, name: string): Promise<void> {
  await field(page, 'Tilbuddets navn').click();
  await field(page, 'Tilbuddets navn').fill(name);
  await field(page, 'Leverandør').fill('Lærkely ApS (fiktivt)');
  await field(page, 'Adresse').fill('Lærkevej 3');
  await field(page, 'Postnummer').fill('4000');
  await field(page, 'By').fill('Roskilde');
  await field(page, 'Kommune').fill('Roskilde');
  await field(page, 'Paragraffer').fill('107, 108');
  await field(page, 'Målgrupper').fill('autisme');
}

describe('Administration › Ret tilbud with the mouse', () => {
  it.each([1280, 350])('at %i px: Dropdowns and DatePicker by clicking, field messages in Danish on an invalid save, saved only when valid, the log in words', async (width) => {
    const page = await newPage(width);
    await page.getByRole('button', { name: 'Nyt tilbud' }).click();
    const name = `Bostedet Lærkely ${width} (fiktivt)`;
    await fillOffer(page, name);
    await pick(page, 'Driftsform', 'Selvejende');
    await pick(page, 'Tilsyn', 'Gul');
    await pick(page, 'Status på listen', 'Optaget');
    const supervisionDate = await pickDay15LastMonth(page, 'offer-field-supervisionDate', `test-artifacts/teams-admin-datepicker-${width}.png`);

    // Invalid: no CVR digits, places in words, free places as a Danish decimal.
    await field(page, 'CVR-nummer').fill('1234');
    await field(page, 'Pladser').fill('tolv');
    await field(page, 'Ledige pladser').fill('2,5');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Tilbuddet blev ikke gemt: 3 felter skal rettes').waitFor();
    // The summary takes focus so the keyboard user lands on it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    const expected = {
      'CVR-nummer': 'CVR-nummer skal være 8 cifre.',
      Pladser: 'Pladser skal være et tal.',
      'Ledige pladser': 'Ledige pladser skal være et helt tal.',
    };
    for (const [label, message] of Object.entries(expected)) {
      // Marked on the field (Fluent's Field links the message to the control via aria-describedby) …
      const control = field(page, label);
      await expect(control.getAttribute('aria-invalid')).resolves.toBe('true');
      const described = await control.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described?.split(' ')[0]}"]`).innerText()).toContain(message);
      // … and a link in the summary that focuses it.
      await summary.getByRole('link', { name: message }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(await control.getAttribute('id'));
    }
    expect(await page.locator('body').innerText()).not.toMatch(/Invalid|expected|received|Ret de markerede felter/);
    await page.getByText('er gemt.').count().then((n) => expect(n).toBe(0));
    await page.screenshot({ path: `test-artifacts/teams-admin-errors-${width}.png`, fullPage: true });

    // Business rules come next: an admitted offer needs the date its terms were accepted.
    await field(page, 'CVR-nummer').fill('12345674');
    await field(page, 'Pladser').fill('1.200');
    await field(page, 'Ledige pladser').fill('2');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await summary.getByRole('link', { name: /dato for accept af standardvilkårene/ }).waitFor();
    const termsAccepted = await pickDay15LastMonth(page, 'offer-field-termsAcceptedDate');

    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText(`"${name}" er gemt.`).waitFor();
    expect(await summary.count()).toBe(0);
    // Reformatted in Danish notation after the save.
    await expect(field(page, 'Pladser').inputValue()).resolves.toBe('1.200');
    const list = (await (await fetch(`${origin}/api/offers?q=${encodeURIComponent(name)}`)).json()) as { items: Record<string, unknown>[] };
    expect(list.items[0]).toMatchObject({
      name, operatingForm: 'selfOwning', supervisionColour: 'gul', supervisionDate, termsAcceptedDate: termsAccepted, places: 1200, freePlaces: 2, listStatus: 'optaget',
    });
    await page.screenshot({ path: `test-artifacts/teams-admin-saved-${width}.png`, fullPage: true });

    // A rate: first without amount and date (each field says so), then 2.450,50 kr. from a picked day.
    const rateForm = page.getByRole('form', { name: /Tilføj takst/ });
    await rateForm.getByRole('button', { name: 'Tilføj takst' }).click();
    const rateSummary = rateForm.getByTestId('error-summary');
    await rateSummary.getByRole('link', { name: 'Takst mangler.' }).waitFor();
    await rateSummary.getByRole('link', { name: 'Gælder fra mangler.' }).waitFor();
    await pick(page, 'Enhed', 'Pr. måned');
    await rateForm.getByRole('textbox', { name: 'Takst i kr.' }).fill('2.450,50');
    const validFrom = await pickDay15LastMonth(page, 'rate-field-validFrom');
    await rateForm.getByRole('button', { name: 'Tilføj takst' }).click();
    await rateForm.getByText('Taksten er tilføjet til historikken.').waitFor();
    expect(await rateSummary.count()).toBe(0);

    // A change, then the log says who did what to which offer, field by field.
    await field(page, 'Ledige pladser').fill('5');
    await pick(page, 'Tilsyn', 'Rød');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText(`"${name}" er gemt.`).waitFor();
    await page.getByRole('tab', { name: 'Revisionslog' }).click();
    const latest = page.getByTestId('audit-entry').first();
    await latest.getByText(`Karin Admin ændrede tilbud`).waitFor();
    await latest.getByText(name).waitFor();
    const text = await latest.innerText();
    expect(text).toMatch(/Ledige pladser:\s*2\s*→\s*5/);
    expect(text).toMatch(/Tilsyn:\s*Gul\s*→\s*Rød/);
    const [y, m] = validFrom.split('-');
    await page.getByTestId('audit-entry').filter({ hasText: 'ændrede takst' }).filter({ hasText: name }).getByText(`§ 107, pr. måned: 2.450,50 kr. fra 15-${m}-${y}`).waitFor();
    const created = page.getByTestId('audit-entry').filter({ hasText: 'oprettede tilbud' }).filter({ hasText: name });
    await created.waitFor();
    const log = await page.locator('section[aria-labelledby="audit-heading"]').innerText();
    expect(log).not.toMatch(/dev-admin|[{}]|"from"|offer\.updated/);
    await page.screenshot({ path: `test-artifacts/teams-admin-audit-${width}.png`, fullPage: true });

    // Nothing scrolls sideways, at 350 px too.
    // Nothing in Administration reaches past the window's right edge, at 350 px too (the tab's own
    // navigation above it is the tab views' concern).
    const beyond = await page.locator('section[aria-labelledby="admin-heading"]').evaluate((section) => {
      const right = document.documentElement.clientWidth;
      return [section, ...section.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 0.5).map((el) => el.className.toString().slice(0, 40));
    });
    expect(beyond).toEqual([]);
    await page.close();
  });
});
