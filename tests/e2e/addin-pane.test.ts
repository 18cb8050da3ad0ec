/**
 * The task pane at Word's width (350 px) in Chromium, browser mode, served by the real server
 * (buildApp on in-memory PGlite, dev authentication), used with the mouse: "Fjern indsats 2" then
 * "Indsæt" takes service 2's block out of the document; "Mine sager" lists the user's flags with
 * their state and the reviewer's answer (light and dark); a finding reads as its Danish message with
 * the rule id in its details; opening another document clears what the last one left behind.
 * Screenshots go to test-artifacts/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readDocx } from '../../src/document/ooxml/read';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { artifactsDir } from '../addin/e2e-support';
import { fixtureDir } from '../document/word/helpers';
import { fieldInput as name, openTab, startPaneServer, type PaneServer } from './helpers/pane-server';

jest.setTimeout(300_000);

const registry = loadTemplateRegistry();
let pane: PaneServer;
beforeAll(async () => { pane = await startPaneServer(); });
afterAll(async () => { await pane?.close(); });

const openPane = (opts: { dark?: boolean } = {}) => pane.openPane(opts);
const api = <T>(p: string, init?: RequestInit) => pane.api<T>(p, init);

const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);

async function download(page: Page, file: string): Promise<Uint8Array> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dokumentet' }).click()]);
  const out = path.join(artifactsDir, file);
  await dl.saveAs(out);
  return new Uint8Array(readFileSync(out));
}

describe('task pane at 350 px, by mouse', () => {
  it('"Fjern indsats 2" then "Indsæt" takes service 2 out of the document; service 3 moves up with its values', async () => {
    const page = await openPane();
    await openTab(page, 'Udfyld');
    await page.getByRole('button', { name: 'Indsæt blank skabelon' }).click();
    await page.getByText('Den blanke skabelon er indsat.').waitFor();
    await page.getByText('Kontrakten har mindst én indsats: skabelonens blok for indsats 1 bliver i dokumentet.').waitFor();
    await page.getByRole('button', { name: 'Tilføj indsats' }).click();
    await page.getByRole('button', { name: 'Tilføj indsats' }).click();
    for (const i of [0, 1, 2]) {
      await page.fill(name(`services[${i}].serviceAndSection`), `Indsats nummer ${i + 1}, SEL § 108`);
      await page.fill(name(`services[${i}].unitPrice`), `${i + 1}.000,00 kr. pr. døgn`);
    }
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    await page.getByText(/^Værdierne er indsat, men \d+ felter mangler/).waitFor();
    const three = readDocx(await download(page, 'addin-tre-indsatser.docx'), registry);
    expect(three.kind === 'contract' && three.contract.serviceCount).toBe(3);

    await page.getByRole('button', { name: 'Fjern indsats 2' }).click();
    const removalHint = page.getByText(/^Den fjernede indsats tages ud af dokumentet/);
    await removalHint.waitFor();
    // The form renumbers at once: the old third service is now "Indsats 2".
    expect(await page.inputValue(name('services[1].serviceAndSection'))).toBe('Indsats nummer 3, SEL § 108');
    await page.screenshot({ path: path.join(artifactsDir, 'addin-fjern-indsats-350.png') });
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    await removalHint.waitFor({ state: 'detached' });
    const two = readDocx(await download(page, 'addin-to-indsatser.docx'), registry);
    if (two.kind !== 'contract') throw new Error(two.kind);
    expect(two.contract.serviceCount).toBe(2);
    expect([0, 1].map((i) => [two.contract.values[`services[${i}].serviceAndSection`]?.text, two.contract.values[`services[${i}].unitPrice`]?.text])).toEqual([
      ['Indsats nummer 1, SEL § 108', '1.000,00 kr. pr. døgn'],
      ['Indsats nummer 3, SEL § 108', '3.000,00 kr. pr. døgn'],
    ]);
    expect(JSON.stringify(two.contract.values)).not.toContain('Indsats nummer 2');
    await noSidewaysScroll(page);
    await page.close();
  });

  it('"Mine sager" lists my flags with state, age and the reviewer\'s answer; empty state first; "Opdater" reloads (light and dark)', async () => {
    const page = await openPane();
    // At 350 px the last tab is in the overflow menu: it opens on top, where the mouse is.
    expect(await page.getByRole('tab', { name: 'Mine sager' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Flere funktioner/ }).click();
    const item = page.getByRole('menuitem', { name: 'Mine sager' });
    await item.waitFor();
    expect(await item.evaluate((el) => { const r = el.getBoundingClientRect(); return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); })).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-flere-funktioner-350.png') });
    await item.click();
    await page.getByText(/^Du har ingen sager til gennemgang endnu\./).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-mine-sager-tom-350.png') });

    const findings = [{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Kontrakten mangler underskrift.' }];
    const create = (title: string) => api<{ id: string }>('/api/flags', { method: 'POST', body: JSON.stringify({ title, municipality: 'Roskilde', findings }) });
    const first = await create('Kontrakt Skovbrynet – Bostedet Skovbrynet med en lang titel der skal brydes pænt i ruden');
    await create('Kontrakt Engen');
    const detail = await api<{ id: string }>(`/api/flags/${first.body.id}`);
    await api(`/api/flags/${first.body.id}`, { method: 'PATCH', body: JSON.stringify({ state: 'under-gennemgang' }), headers: { 'if-match': detail.etag ?? '' } });
    // The reviewer's answer (in dev mode every request is the same user, so it is written as another person).
    await pane.app.deps.database.db.insertInto('flag_comments')
      .values({ flag_id: first.body.id, author_id: 'jurist-1', author_name: 'Jurist Jensen', text: 'Prisen i § 5 skal rettes, ellers i orden.', created_at: new Date() }).execute();

    await page.getByRole('button', { name: 'Opdater' }).click();
    const list = page.getByRole('list', { name: 'Dine sager' });
    await list.waitFor();
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(2);
    await items.nth(0).getByText('Kontrakt Engen').waitFor();
    await items.nth(0).getByText('Ny', { exact: true }).waitFor();
    await items.nth(0).getByText('Intet svar fra gennemgangen endnu.').waitFor();
    await items.nth(1).getByText('Under gennemgang', { exact: true }).waitFor();
    await items.nth(1).getByText('Sendt i dag').waitFor();
    await items.nth(1).getByText('Jurist Jensen svarede i dag:').waitFor();
    await items.nth(1).getByText('Prisen i § 5 skal rettes, ellers i orden.').waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-mine-sager-350.png') });
    await page.close();

    const dark = await openPane({ dark: true });
    await openTab(dark, 'Mine sager');
    await dark.getByRole('list', { name: 'Dine sager' }).waitFor();
    await dark.screenshot({ path: path.join(artifactsDir, 'addin-mine-sager-350-dark.png') });
    await dark.close();
  });

  it('a finding reads as its Danish message; the rule id is in the small details line below, the place and field id on hover', async () => {
    const page = await openPane();
    await openTab(page, 'Tjek');
    await page.locator('input[type=file]').setInputFiles(path.join(fixtureDir, 'fejl-mangler-opfoelgning.docx'));
    const finding = page.locator('li[data-rule]').filter({ has: page.getByRole('button') }).first();
    await finding.waitFor();
    const rule = (await finding.getAttribute('data-rule'))!;
    const field = (await finding.getAttribute('data-field'))!;
    const button = finding.getByRole('button').first();
    const message = (await button.textContent())!.trim();
    expect(message).not.toContain(rule);
    expect(message).not.toContain(field);
    expect(message).toMatch(/^[A-ZÆØÅ]/);
    const detailsLine = finding.getByTestId('finding-details');
    expect(await detailsLine.textContent()).toBe(`regel ${rule}`);
    // On hover: the place in the template's words with the field id, and the rule id.
    expect(await detailsLine.getAttribute('title')).toMatch(new RegExp(`^Felt: .*\\(indsats 1\\), afsnit 4\\. .* \\(${field.replace(/[[\].]/g, '\\$&')}\\) · Regel: ${rule.replace(/\./g, '\\.')}$`));
    // Smaller than the message: the message is what a contract officer reads first.
    const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    expect(await detailsLine.evaluate(size)).toBeLessThan(await button.evaluate(size));
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-fund-350.png') });
    await page.close();
  });

  it('opening another document clears the last one\'s notices and errors', async () => {
    const page = await openPane();
    await openTab(page, 'Tjek');
    await page.locator('input[type=file]').setInputFiles({ name: 'notat.txt', mimeType: 'text/plain', buffer: Buffer.from('ikke en kontrakt') });
    await page.getByRole('alert').filter({ hasText: 'er ikke et Word-dokument' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(path.join(fixtureDir, 'risiko-flere-fejl.docx'));
    await page.getByText('Åben: risiko-flere-fejl.docx').waitFor();
    await page.getByRole('button', { name: 'Tilføj kommentarer' }).click();
    const added = page.getByText(/^\d+ kommentar(er)? er tilføjet i dokumentet\.$/);
    await added.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.locator('input[type=file]').setInputFiles(path.join(fixtureDir, 'korrekt-01.docx'));
    await page.getByText('Åben: korrekt-01.docx').waitFor();
    await page.locator('[data-testid=summary] [data-category]').waitFor();
    expect(await added.count()).toBe(0);
    await page.close();
  });
});
