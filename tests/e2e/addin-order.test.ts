/**
 * The task pane's Bestilling tab in Chromium, outside Office (browser mode), served from a loopback
 * server: an order filled through the form (goals with FFB scores, ordered services) downloads as
 * a .docx the engine reads as kl-bestilling and finds korrekt; a goal that is not SMART is hinted
 * while typing and reported by "Tjek bestilling"; "Sammenhold med kontrakt" agrees with the fixture
 * contract and reports another citizen and start date without showing a CPR number; axe-core finds
 * no serious or critical violations on the tab's panels. Screenshots go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDocx } from '../../src/document/ooxml/check';
import { readDocx } from '../../src/document/ooxml/read';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { checkConsistency } from '../../src/domain/order/consistency';
import { artifactsDir, launchBrowser, serveDist } from '../addin/e2e-support';
import { fixtureDir, readFixture } from '../document/word/helpers';
import { orderFillInput } from '../domain/order/order-fixtures';
import { seriousAxeViolations } from './helpers/axe';
import { builtBundle } from './helpers/bundles';

jest.setTimeout(180_000);

const registry = loadTemplateRegistry();
const CONTRACT = 'korrekt-01.docx';
let server: { url: string; close: () => Promise<void> } | undefined;
let browser: BrowserContext;
let disposeBrowser: (() => Promise<void>) | undefined;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const staged = await builtBundle('addin');
  server = await serveDist(path.join(staged, 'addin'));
  ({ context: browser, dispose: disposeBrowser } = await launchBrowser());
});

afterAll(async () => {
  await disposeBrowser?.();
  await server?.close();
});

const name = (id: string) => `[name="${id.replace(/[[\].]/g, '_')}"]`;

async function openOrderTab(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server!.url}/taskpane.html`);
  await page.waitForSelector('html[data-mode=browser]', { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Bestilling', exact: true }).click();
  await page.getByRole('button', { name: 'Indsæt blank bestilling' }).waitFor();
  return page;
}

const panel = (page: Page, label: string) => page.getByRole('tab', { name: label, exact: true });

/** Fills the form with kl-fill's input for an order: scalar fields, then goals and ordered services (adding instances). */
async function fillForm(page: Page, input: { fields: Record<string, string>; choices: Record<string, string> }) {
  const instances = (block: string) =>
    Math.max(0, ...[...Object.keys(input.fields), ...Object.keys(input.choices)].filter((id) => id.startsWith(`${block}[`)).map((id) => Number(/\[(\d+)\]/.exec(id)![1]) + 1));
  for (let i = 1; i < instances('goals'); i++) await page.getByRole('button', { name: 'Tilføj mål' }).click();
  for (let i = 1; i < instances('orderedServices'); i++) await page.getByRole('button', { name: 'Tilføj indsats' }).click();
  for (const [id, v] of Object.entries(input.fields)) await page.fill(name(id), v);
  for (const [group, option] of Object.entries(input.choices)) await page.check(`input${name(group)}[value="${option}"]`);
}

async function download(page: Page, file: string): Promise<Uint8Array> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dokumentet' }).click()]);
  const out = path.join(artifactsDir, file);
  await dl.saveAs(out);
  return new Uint8Array(readFileSync(out));
}

const shownFindings = (page: Page, scope: string) =>
  page.locator(`${scope} li[data-rule]`).evaluateAll((els) => els.map((el) => [el.getAttribute('data-rule'), el.getAttribute('data-field') || null]));

describe('Bestilling tab in a plain browser', () => {
  it('fills an order through the form into a .docx the engine finds korrekt, and compares it with its contract', async () => {
    const page = await openOrderTab();
    await page.getByRole('button', { name: 'Indsæt blank bestilling' }).click();
    await page.getByText('Den blanke bestilling er indsat.').waitFor();
    const input = orderFillInput();
    await fillForm(page, input);

    // Live hints: SMART badges from the order domain's heuristic, a worse expected score, a wrong CPR number.
    await page.getByTestId('smart-0').getByText('målbart', { exact: true }).waitFor();
    await page.getByTestId('smart-0').getByText('tidsbestemt', { exact: true }).waitFor();
    await page.check(`input${name('goals[0].expectedScore')}[value="4"]`);
    await page.getByTestId('score-hint-0').getByText(/forventet forværring/).waitFor();
    await page.check(`input${name('goals[0].expectedScore')}[value="${input.choices['goals[0].expectedScore']}"]`);
    await page.getByTestId('score-hint-0').waitFor({ state: 'detached' });
    await page.fill(name('citizen.cpr'), '320185-1234');
    await page.locator(name('citizen.cpr')).blur();
    const cprField = page.locator('.fui-Field', { has: page.locator(name('citizen.cpr')) });
    await cprField.locator('[role=alert], .fui-Field__validationMessage').first().waitFor();
    expect(await cprField.innerText()).not.toContain('320185');
    await page.fill(name('citizen.cpr'), input.fields['citizen.cpr']!);
    await cprField.locator('.fui-Field__validationMessage').waitFor({ state: 'detached' });

    await page.screenshot({ path: path.join(artifactsDir, 'addin-bestilling-udfyld.png'), fullPage: true });
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    await page.getByText('Værdierne er indsat i bestillingen.').waitFor();
    const orderDocx = await download(page, 'addin-bestilling-udfyldt.docx');
    const result = checkDocx(orderDocx, registry);
    expect({ template: result.template, category: result.category, findings: result.findings }).toEqual({ template: { id: 'kl-bestilling', version: '1.0' }, category: 'korrekt', findings: [] });
    expect(result.contract!.values['goals[1].description']?.text).toBe(input.fields['goals[1].description']);
    expect(result.contract!.choices['goals[1].expectedScore']?.checked).toEqual([input.choices['goals[1].expectedScore']]);

    await panel(page, 'Tjek bestilling').click();
    const summary = page.locator('[data-testid=order-summary] [data-category]');
    await summary.waitFor();
    expect(await summary.getAttribute('data-category')).toBe('korrekt');
    expect(await summary.getAttribute('data-template')).toBe('kl-bestilling');

    // Agreement with the contract it belongs to, as the domain's consistency check says.
    await panel(page, 'Sammenhold med kontrakt').click();
    await page.getByLabel(/sammenholdes med/).setInputFiles(path.join(fixtureDir, CONTRACT));
    const compared = page.locator('[data-testid=compare-summary] [data-category]');
    await compared.waitFor();
    const contractRead = readDocx(readFixture(CONTRACT), registry);
    const orderRead = readDocx(orderDocx, registry);
    if (contractRead.kind !== 'contract' || orderRead.kind !== 'contract') throw new Error('fixtures not readable');
    expect(checkConsistency(contractRead.contract, orderRead.contract).findings).toEqual([]);
    expect(await compared.getAttribute('data-category')).toBe('korrekt');
    expect(await compared.innerText()).toBe('Stemmer overens');

    // Another citizen and another start date: reported, and no CPR number is shown.
    await panel(page, 'Udfyld bestilling').click();
    await page.fill(name('citizen.cpr'), '010190-4321');
    await page.fill(name('order.contractStartDate'), '01-04-2026');
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    await page.getByText('Værdierne er indsat i bestillingen.').waitFor();
    await panel(page, 'Sammenhold med kontrakt').click();
    await page.getByRole('button', { name: 'Sammenhold igen' }).click();
    await page.locator('#order-panel-compare li[data-rule]').first().waitFor();
    const changed = readDocx(await download(page, 'addin-bestilling-anden-borger.docx'), registry);
    if (changed.kind !== 'contract') throw new Error('changed order not readable');
    const want = checkConsistency(contractRead.contract, changed.contract).findings.map((f) => [f.rule, f.field]);
    expect(want).toEqual(expect.arrayContaining([['order.citizen-mismatch', 'citizen.cpr'], ['order.start-date-mismatch', 'order.contractStartDate']]));
    expect(await shownFindings(page, '#order-panel-compare')).toEqual(want);
    const shownText = await page.locator('#order-panel-compare').innerText();
    for (const cpr of ['010190', '4321', input.fields['citizen.cpr']!.slice(0, 6), input.fields['citizen.cpr']!.slice(-4)]) expect(shownText).not.toContain(cpr);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-bestilling-sammenhold.png'), fullPage: true });
    await page.close();
  });

  it('hints and reports a goal that is not SMART; the Bestilling tab has no serious or critical axe violations', async () => {
    const page = await openOrderTab();
    const input = orderFillInput({ fields: { 'goals[0].description': 'Borgeren skal blive mere selvstændig' } });
    await fillForm(page, input);
    const hint = page.getByTestId('smart-0');
    await hint.getByText('ikke målbart', { exact: true }).waitFor();
    await hint.getByText('ikke tidsbestemt', { exact: true }).waitFor();
    await hint.getByText(/Målet er ikke SMART/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Nothing is open: in browser mode, "Indsæt i dokumentet" starts from the blank order.
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    await page.getByText('Værdierne er indsat i bestillingen.').waitFor();
    await panel(page, 'Tjek bestilling').click();
    const item = page.locator('#order-panel-check li[data-rule="order.goal-not-smart"][data-field="goals[0].description"]');
    await item.waitFor();
    expect(await shownFindings(page, '#order-panel-check')).toEqual([['order.goal-not-smart', 'goals[0].description']]);
    await item.getByRole('button').click();
    await page.getByText(/Feltet står i afsnit \d+ i dokumentet\./).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-bestilling-tjek.png'), fullPage: true });

    await panel(page, 'Sammenhold med kontrakt').click();
    await page.getByLabel(/sammenholdes med/).setInputFiles(path.join(fixtureDir, CONTRACT));
    await page.locator('[data-testid=compare-summary] [data-category]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
