/**
 * The built task pane in Chromium, outside Office (browser mode), served by the real server
 * (buildApp on in-memory PGlite with demo offers, dev authentication): it opens each fixture contract
 * and shows the CLI's category and findings, fills the blank template through the form (municipality
 * preset, provider picked from the server's offer search) into a .docx the engine and the CLI find
 * korrekt, shows an altered clause word by word, sends a contract for review and follows the flag's
 * state, runs the real office.js (served from its npm package) and survives it failing to load, and has no serious or critical axe violations.
 * Screenshots go to test-artifacts/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDocx } from '../../src/document/ooxml/check';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { diffWords } from '../../src/domain/rules/word-diff';
import { joinWords } from '../../src/addin/components/ClauseDiff';
import { buildApp, type AppInstance } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { artifactsDir, launchBrowser, repoRoot } from '../addin/e2e-support';
import { fixtureDir, fixtures, readFixture, sampleInput } from '../document/word/helpers';
import { seriousAxeViolations } from './helpers/axe';
import { stageBundle, type StagedBundle } from './helpers/bundles';
import { OFFICE_CDN_BASE } from './helpers/offline';

jest.setTimeout(300_000);

const registry = loadTemplateRegistry();
let app: AppInstance;
let origin: string;
let browser: BrowserContext;
let disposeBrowser: (() => Promise<void>) | undefined;
let staged: StagedBundle | undefined;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  staged = stageBundle('addin');
  const config = loadConfig({
    AUTH_MODE: 'dev', DEV_ROLES: 'Leverandoerliste.Admin,Kontrakt.Reviewer', HOST: '127.0.0.1', DATA_DIR: 'memory://',
    KL_DEMO: '1', KL_DEMO_OFFERS: '40', DIST_DIR: staged.distDir, OUTBOX_ENABLED: 'false',
  });
  // The pane (built once per run, shared by the test files) while the database migrates and seeds.
  const [, built] = await Promise.all([staged.ready, buildApp(config, { startWorker: false })]);
  app = built;
  await app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  ({ context: browser, dispose: disposeBrowser } = await launchBrowser());
});

afterAll(async () => {
  await disposeBrowser?.();
  await app?.close();
  staged?.dispose();
});

async function api<T>(p: string, init?: RequestInit): Promise<{ body: T; etag: string | null }> {
  const res = await fetch(`${origin}${p}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as T, etag: res.headers.get('etag') };
}

async function openPane(query = ''): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/addin/taskpane.html${query}`);
  await page.waitForSelector('html[data-mode]', { timeout: 30_000 });
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByRole('tab', { name: 'Tjek' }).click();
  await page.locator('input[type=file]').setInputFiles(path.join(fixtureDir, file));
  await page.getByText(`Åben: ${file}`).waitFor();
  await page.locator('[data-testid=summary] [data-category]').waitFor();
}

async function shownResult(page: Page) {
  const category = await page.locator('[data-testid=summary] [data-category]').getAttribute('data-category');
  const findings = await page.locator('li[data-rule]').evaluateAll((els) =>
    els.map((el) => ({ rule: el.getAttribute('data-rule'), field: el.getAttribute('data-field') || null, text: el.textContent ?? '' })));
  return { category, findings };
}

const byKey = <T extends { rule: string | null; field: string | null }>(xs: T[]) =>
  [...xs].sort((a, b) => `${a.rule}|${a.field}`.localeCompare(`${b.rule}|${b.field}`));

describe('task pane in a plain browser', () => {
  it('opens in browser mode and shows each fixture\'s category and findings as the CLI does', async () => {
    const page = await openPane();
    expect(await page.locator('html').getAttribute('data-mode')).toBe('browser');
    for (const file of fixtures) {
      await openFile(page, file);
      const shown = await shownResult(page);
      const cli = checkDocx(readFixture(file), registry);
      expect({ file, category: shown.category }).toEqual({ file, category: cli.category });
      const want = byKey(cli.findings);
      const got = byKey(shown.findings);
      expect(got.map((f) => [f.rule, f.field])).toEqual(want.map((f) => [f.rule, f.field]));
      got.forEach((g, i) => expect(g.text).toContain(want[i]!.message));
    }
    await page.screenshot({ path: path.join(artifactsDir, 'addin-tjek.png'), fullPage: true });
    await page.close();
  });

  it('shows an altered clause word by word and restores the standard text', async () => {
    const page = await openPane();
    const file = 'risiko-aendret-prisregulering.docx';
    await openFile(page, file);
    await page.getByRole('button', { name: 'Vis ændringer' }).click();
    const diff = page.getByTestId('clause-diff');
    await diff.waitFor();
    const cli = checkDocx(readFixture(file), registry);
    const t = registry.find('kl-voksen', '2.1')!;
    const expectedOps = diffWords(t.standardTexts.priceRegulation!, cli.contract!.clauses.priceRegulation!.text!);
    const added = expectedOps.filter((o) => o.op === 'added').map((o) => joinWords(o.words));
    const removed = expectedOps.filter((o) => o.op === 'removed').map((o) => joinWords(o.words));
    expect(added.length + removed.length).toBeGreaterThan(0);
    const strip = (s: string) => s.replace(/^(tilføjet|fjernet): /, '');
    expect((await diff.locator('[data-diff=added]').allTextContents()).map(strip)).toEqual(added);
    expect((await diff.locator('[data-diff=removed]').allTextContents()).map(strip)).toEqual(removed);
    // Not by colour alone: added words are underlined, removed ones struck through.
    if (added.length) expect(await diff.locator('ins').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('underline');
    if (removed.length) expect(await diff.locator('del').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
    await page.screenshot({ path: path.join(artifactsDir, 'addin-aendringer.png'), fullPage: true });
    await page.getByRole('button', { name: 'Gendan standardtekst' }).click();
    await page.getByText('Standardteksten er gendannet.').waitFor();
    expect((await shownResult(page)).category).toBe('korrekt');
    await page.close();
  });

  it('fills the blank template through the form; the downloaded .docx is korrekt for the engine and the CLI', async () => {
    const page = await openPane();
    await page.getByRole('tab', { name: 'Udfyld' }).click();
    await page.getByRole('button', { name: 'Indsæt blank skabelon' }).click();
    await page.getByText('Den blanke skabelon er indsat.').waitFor();
    const input = sampleInput(2);
    await page.getByLabel('Kommune (forudfyldning)').selectOption('Roskilde Kommune');
    const name = (id: string) => `input[name="${id.replace(/[[\].]/g, '_')}"]`;
    // The provider comes from the server's offer search.
    const offer = (await api<{ items: Array<{ name: string; cvr: string; operatingForm: string; address: string }> }>('/api/offers?limit=1&sort=name')).body.items[0]!;
    await page.getByLabel('Søg i leverandørlisten').fill(offer.name);
    await page.getByRole('button', { name: new RegExp(`^${offer.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ·`) }).click();
    expect(await page.inputValue(name('provider.name'))).toBe(offer.name);
    expect(await page.inputValue(name('provider.cvr'))).toBe(offer.cvr);
    expect(await page.inputValue(name('provider.address'))).toBe(offer.address);
    expect(await page.isChecked(`${name('provider.operatingForm')}[value="${offer.operatingForm}"]`)).toBe(true);
    for (const [id, v] of Object.entries(input.fields)) {
      if (id.startsWith('buyer.')) continue;
      if (id.startsWith('provider.') && (await page.inputValue(name(id))) !== '') continue;
      await page.fill(name(id), v);
    }
    for (const [group, option] of Object.entries(input.choices)) if (group !== 'provider.operatingForm') await page.check(`${name(group)}[value="${option}"]`);
    await page.getByRole('button', { name: 'Tilføj indsats' }).click();
    for (const [i, svc] of input.services.entries()) {
      for (const [key, v] of Object.entries(svc)) await page.fill(name(`services[${i}].${key}`), v);
    }
    // Validation as you type: a wrong CVR is reported at once, in Danish, and fixed again.
    await page.fill(name('provider.cvr'), '12345678');
    await page.locator(name('provider.cvr')).blur();
    const cvrMessage = page.getByText('Cvr-nummerets kontrolciffer passer ikke; tjek nummeret i CVR-registret.');
    await cvrMessage.waitFor();
    await page.fill(name('provider.cvr'), offer.cvr);
    await cvrMessage.waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(artifactsDir, 'addin-udfyld.png'), fullPage: true });
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    await page.getByText('Værdierne er indsat i dokumentet.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dokumentet' }).click()]);
    const out = path.join(artifactsDir, 'addin-udfyldt.docx');
    await download.saveAs(out);
    const result = checkDocx(new Uint8Array(readFileSync(out)), registry);
    expect({ category: result.category, findings: result.findings.filter((f) => f.category !== null) }).toEqual({ category: 'korrekt', findings: [] });
    expect(result.contract!.serviceCount).toBe(2);
    expect(result.contract!.values['buyer.municipality']?.text).toBe('Roskilde Kommune');
    expect(result.contract!.values['provider.name']?.text).toBe(offer.name);
    expect(result.contract!.choices['provider.operatingForm']?.checked).toEqual([offer.operatingForm]);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'kl-check.ts'), '--json', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(JSON.parse(cli.stdout).files[0].category).toBe('korrekt');
    await page.close();
  });

  it('after "Indsæt" with gaps, at 350 px: no success, an error summary at the top whose links focus each field', async () => {
    const page = await openPane();
    await page.setViewportSize({ width: 350, height: 800 });
    await page.getByRole('tab', { name: 'Udfyld' }).click();
    await page.getByRole('button', { name: 'Indsæt blank skabelon' }).click();
    await page.getByText('Den blanke skabelon er indsat.').waitFor();
    const progress = page.getByText(/^\d+ af \d+ afsnit udfyldt$/);
    const progressText = (await progress.first().textContent())!;
    const [, , total] = /^(\d+) af (\d+)/.exec(progressText)!;
    await page.getByLabel('Kommune (forudfyldning)').selectOption('Roskilde Kommune');
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText(/^Værdierne er indsat, men \d+ felter mangler eller er forkerte$/).waitFor();
    expect(await page.getByText('Værdierne er indsat i dokumentet.').count()).toBe(0);
    // The summary has focus and sits above the first section, where the user is.
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const summaryTop = await summary.evaluate((el) => el.getBoundingClientRect().top);
    const firstSection = await page.locator('fieldset').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(summaryTop).toBeLessThan(firstSection);
    // A field deep in the form: the last link.
    const link = summary.locator('[data-field]').last();
    const control = (await link.getAttribute('data-field'))!.replace(/[[\].]/g, '_');
    await link.click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(control);
    const focused = await page.locator(`[name="${control}"]`).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(focused).toBe(true);
    // The action bar stays in view while the form scrolls.
    const bar = await page.getByRole('button', { name: 'Indsæt i dokumentet' }).evaluate((b) => b.getBoundingClientRect().bottom <= window.innerHeight);
    expect(bar).toBe(true);
    expect(Number(total)).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-fejloversigt-350.png') });
    await page.close();
  });

  it('"Tilføj kommentarer" twice adds them once and says so; opening another document clears the notice', async () => {
    const page = await openPane();
    const withFindings = fixtures.find((f) => f.startsWith('risiko-flere'))!;
    await openFile(page, withFindings);
    await page.getByRole('button', { name: 'Tilføj kommentarer' }).click();
    await page.getByText(/^\d+ kommentar(er)? er tilføjet i dokumentet\.$/).waitFor();
    await page.getByRole('button', { name: 'Tilføj kommentarer' }).click();
    await page.getByText('Kommentarerne findes allerede i dokumentet; ingen er tilføjet igen.').waitFor();
    await openFile(page, fixtures.find((f) => f !== withFindings)!);
    expect(await page.getByText('Kommentarerne findes allerede i dokumentet; ingen er tilføjet igen.').count()).toBe(0);
    await page.close();
  });

  it('asks before "Indsæt blank skabelon" replaces a document the user has open', async () => {
    const page = await openPane();
    await openFile(page, fixtures[0]!);
    await page.getByRole('tab', { name: 'Udfyld' }).click();
    await page.getByRole('button', { name: 'Indsæt blank skabelon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erstat det åbne dokument?' });
    await dialog.getByText(fixtures[0]!).waitFor();
    await dialog.getByRole('button', { name: 'Behold dokumentet' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Åben: ${fixtures[0]!}`).waitFor();
    await page.getByRole('button', { name: 'Indsæt blank skabelon' }).click();
    await dialog.getByRole('button', { name: 'Erstat med blank skabelon' }).click();
    await page.getByText('Den blanke skabelon er indsat.').waitFor();
    await page.close();
  });

  it('marks a suspended offer in the picker at 350 px and fills it in only after the user confirms, by mouse', async () => {
    type Offer = { id: string; name: string; version: number; listStatus: string };
    const offer = (await api<{ items: Offer[] }>('/api/offers?limit=1&sort=-name&listStatus=optaget')).body.items[0]!;
    const current = await api<Offer>(`/api/offers/${offer.id}`);
    await api(`/api/offers/${offer.id}/suspend`, { method: 'POST', headers: { 'if-match': current.etag! }, body: JSON.stringify({ reason: null }) });
    const page = await openPane();
    await page.setViewportSize({ width: 350, height: 800 });
    await page.getByRole('tab', { name: 'Udfyld' }).click();
    await page.getByRole('button', { name: 'Indsæt blank skabelon' }).click();
    await page.getByText('Den blanke skabelon er indsat.').waitFor();
    await page.getByLabel('Søg i leverandørlisten').fill(offer.name);
    // Demo names repeat across towns: the suspended one is the option with the badge.
    const option = page.getByRole('button', { name: new RegExp(`^${offer.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ·`) })
      .filter({ hasText: 'Suspenderet' }).first();
    await option.waitFor();
    const fieldName = 'input[name="provider_name"]';
    // First thoughts better: "Vælg et andet tilbud" leaves the form as it was.
    await option.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('suspenderet fra leverandørlisten').waitFor();
    // The dialog is on top where the user clicks, not under a blank layer.
    const onTop = await dialog.getByRole('button', { name: 'Brug alligevel' }).evaluate((b) => {
      const r = b.getBoundingClientRect();
      return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(onTop).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'addin-suspenderet-350.png') });
    await dialog.getByRole('button', { name: 'Vælg et andet tilbud' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.inputValue(fieldName)).toBe('');
    // Confirmed: the offer fills in.
    await option.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Brug alligevel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.inputValue(fieldName)).toBe(offer.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.close();
  });

  it('sends a contract for review without any CPR number and follows the flag\'s state', async () => {
    const page = await openPane();
    const file = 'risiko-flere-fejl.docx';
    await openFile(page, file);
    await page.getByRole('tab', { name: 'Send til gennemgang' }).click();
    const cpr = '010190-1234';
    await page.getByLabel('Kommentar til gennemgangen').fill(`Borgeren (cpr ${cpr}) flytter ind 1. marts; se prisen.`);
    await page.getByRole('button', { name: 'Send til gennemgang' }).click();
    await page.getByText('Kontrakten er sendt til gennemgang.').waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\nRuden viser: ${await page.locator('main').innerText()}`);
    });
    await page.getByText('Ny', { exact: true }).waitFor();
    const list = await api<{ items: Array<{ id: string; title: string }> }>('/api/flags?limit=50');
    const flagId = list.body.items.find((f) => f.title.startsWith(file))?.id;
    expect(flagId).toBeDefined();
    const detail = await api<{ findings: Array<{ rule: string; field: string | null }>; comments: unknown[]; version: number }>(`/api/flags/${flagId}`);
    const cli = checkDocx(readFixture(file), registry);
    expect(detail.body.findings.map((f) => [f.rule, f.field])).toEqual(cli.findings.map((f) => [f.rule, f.field]));
    const stored = JSON.stringify(detail.body);
    expect(stored).not.toContain('010190');
    expect(stored).toContain('[cpr-nr. fjernet]');
    // A reviewer takes it; the pane shows the new state by polling.
    await api(`/api/flags/${flagId}`, { method: 'PATCH', body: JSON.stringify({ state: 'under-gennemgang' }), headers: { 'if-match': detail.etag ?? '' } });
    await page.getByText('Under gennemgang', { exact: true }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(artifactsDir, 'addin-sendt.png'), fullPage: true });
    await page.close();
  });

  it('offers the Teams channels the bot is in by name, never an id, and the flag goes there', async () => {
    // As if the app's bot had been added to a team (the install event itself: tests/integration/teams-bot.test.ts).
    await app.deps.reviewTargets.upsert({
      tenantId: '11111111-2222-4333-8444-555555555555', serviceUrl: 'https://smba.trafficmanager.net/emea/', kind: 'channel',
      conversationId: '19:kontraktgennemgang@thread.tacv2', teamId: '19:jura@thread.tacv2', teamName: 'Juridisk team', channelName: 'Kontraktgennemgang', chatName: null,
    });
    const page = await openPane();
    await openFile(page, 'risiko-flere-fejl.docx');
    await page.getByRole('tab', { name: 'Send til gennemgang' }).click();
    const picker = page.getByLabel('Send besked til');
    await picker.locator('option', { hasText: 'Juridisk team › Kontraktgennemgang' }).waitFor({ state: 'attached' });
    expect(await picker.locator('option').allTextContents()).toEqual(['Ingen besked (kun køen Gennemgang)', 'Juridisk team › Kontraktgennemgang']);
    expect(await page.locator('main').innerHTML()).not.toMatch(/19:|thread\.tacv2|trafficmanager/);
    await picker.click();
    await picker.selectOption({ label: 'Juridisk team › Kontraktgennemgang' });
    await page.getByRole('button', { name: 'Send til gennemgang' }).click();
    await page.getByText('Kontrakten er sendt til gennemgang.').waitFor({ timeout: 10_000 });
    await page.getByText(/Afventer afsendelse til Teams \(Juridisk team › Kontraktgennemgang\)/).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'addin-send-target.png'), fullPage: true });
    const rows = await app.deps.database.db.selectFrom('outbox').select('payload').execute();
    expect(rows.map((r) => (r.payload as { target: { kind: string } }).target.kind)).toContain('review-target');
    await page.close();
  });

  it('runs the real office.js from its <head> and opens in browser mode because Office.onReady reports no host', async () => {
    const page = await browser.newPage();
    const officeRequests: string[] = [];
    const refused: string[] = [];
    const failedOffice: string[] = [];
    page.on('requestfailed', (r) => { if (r.url().startsWith(OFFICE_CDN_BASE)) failedOffice.push(r.url()); });
    page.on('request', (r) => { if (r.url().startsWith(OFFICE_CDN_BASE)) officeRequests.push(r.url()); });
    // A CSP refusal shows as a console error ("Refused to load …"): none may hit office.js or what it loads.
    page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refused.push(m.text()); });
    await page.goto(`${origin}/addin/taskpane.html`);
    await page.waitForSelector('html[data-mode]', { timeout: 30_000 });
    expect(await page.locator('html').getAttribute('data-mode')).toBe('browser');
    expect(officeRequests[0]).toBe(`${OFFICE_CDN_BASE}office.js`);
    // What office.js loads beside itself (e.g. o15apptofilemappingtable.js) is in the package too.
    expect(failedOffice).toEqual([]);
    const info = await page.evaluate(async () => {
      const office = (window as unknown as { Office?: { onReady(): Promise<{ host: unknown; platform: unknown }> } }).Office;
      return office ? { ...(await office.onReady()) } : 'no office.js';
    });
    expect(info).toMatchObject({ host: null, platform: null });
    expect(refused).toEqual([]);
    // The pane works as in any other browser test: the Tjek tab opens a file.
    await openFile(page, fixtures[0]!);
    await page.close();
  });

  it('opens in browser mode when office.js cannot be fetched', async () => {
    const page = await browser.newPage();
    await page.route(`${OFFICE_CDN_BASE}**`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${origin}/addin/taskpane.html`);
    await page.waitForSelector('html[data-mode]', { timeout: 30_000 });
    expect(await page.locator('html').getAttribute('data-mode')).toBe('browser');
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
    await page.getByRole('tab', { name: 'Tjek' }).waitFor();
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await openPane();
    await openFile(page, 'risiko-flere-fejl.docx');
    const scan = async (label: string) => {
      expect({ label, bad: await seriousAxeViolations(page) }).toEqual({ label, bad: [] });
    };
    await scan('Tjek');
    await page.getByRole('tab', { name: 'Udfyld' }).click();
    await page.getByRole('button', { name: 'Indsæt i dokumentet' }).waitFor();
    await scan('Udfyld');
    await page.getByRole('tab', { name: 'Send til gennemgang' }).click();
    await page.getByRole('button', { name: 'Send til gennemgang' }).waitFor();
    await scan('Send til gennemgang');
    await page.screenshot({ path: path.join(artifactsDir, 'addin-send.png'), fullPage: true });
    await page.close();
  });
});
