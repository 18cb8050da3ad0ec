/**
 * The Revision page in Chromium, served by the real server: a person chooses a folder with the mouse,
 * every document is checked in the browser (progress shown), the dashboard shows the same numbers as
 * kl-check, nothing is uploaded, a long run can be cancelled, and the exported HTML report prints.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { buildApp, type AppInstance } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { containsCprNumber } from '../../src/domain/privacy/cpr';
import { runCli } from '../cli/run';
import { makeAuditFolder } from '../report/audit-folder';
import { stageBundle, type StagedBundle } from './helpers/bundles';
import { launchChromium, type TestBrowser } from '../teams/support/browser';

jest.setTimeout(240_000);

const artifacts = path.join(__dirname, '..', '..', 'test-artifacts');
let staged: StagedBundle | undefined;
let app: AppInstance;
let origin: string;
let browser: TestBrowser;
let folder: ReturnType<typeof makeAuditFolder>;
let cliSummary: { files: number; byCategory: Record<string, number> };
/** kl-check's count of korrekt contracts (orders apart), which the page's category chart must show. */
let cliKorrektContracts: number;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  staged = stageBundle('revision');
  await staged.ready;
  app = await buildApp(loadConfig({ AUTH_MODE: 'dev', HOST: '127.0.0.1', DATA_DIR: 'memory://', DIST_DIR: staged.distDir }));
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  folder = makeAuditFolder();
  const r = runCli('kl-check', ['--json', folder.dir]);
  const out = JSON.parse(r.stdout) as { summary: typeof cliSummary; files: { category: string; template: { id: string } | null }[] };
  cliSummary = out.summary;
  cliKorrektContracts = out.files.filter((f) => f.template?.id !== 'kl-bestilling' && f.category === 'korrekt').length;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  staged?.dispose();
  if (folder?.dir) rmSync(folder.dir, { recursive: true, force: true });
});

/** Every request the page makes, with its method and body size: documents must never leave the browser. */
function recordRequests(page: Page): { method: string; url: string; body: number }[] {
  const seen: { method: string; url: string; body: number }[] = [];
  const add = (r: Request) => seen.push({ method: r.method(), url: r.url(), body: r.postDataBuffer()?.length ?? 0 });
  page.on('request', add);
  // Requests made by the Web Worker are reported on the worker.
  page.on('worker', (w) => w.on('console', () => undefined));
  page.context().on('request', (r) => { if (!seen.some((s) => s.url === r.url() && s.method === r.method())) add(r); });
  return seen;
}

async function chooseFolder(page: Page, dir: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Vælg mappe' }).click();
  await (await chooser).setFiles(dir);
}

/** What a person sees: the element itself is on top at its centre (no layer covers it). */
async function onTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

describe('Revision in the browser', () => {
  test('a folder chosen with the mouse is checked in the browser; the dashboard shows kl-check\'s numbers; nothing is uploaded', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const requests = recordRequests(page);
    await page.goto(`${origin}/revision/`);
    await page.getByText('Intet sendes til en server', { exact: false }).waitFor();
    await chooseFolder(page, folder.dir);
    await page.getByRole('toolbar', { name: 'Hent resultatet' }).waitFor({ timeout: 60_000 });

    const figures = page.getByLabel('Nøgletal');
    await expect(figures.innerText()).resolves.toMatch(new RegExp(`${cliSummary.files}\\s*dokumenter i alt`));
    await expect(figures.innerText()).resolves.toMatch(new RegExp(`${folder.orders}\\s*bestillinger`));
    // Categories as kl-check counted them (contracts; the orders are counted apart).
    const chart = await page.getByRole('img', { name: /^Kontrakter pr\. kategori/ }).getAttribute('aria-label');
    expect(chart).toContain(`Korrekt: ${cliKorrektContracts} (${Math.round((cliKorrektContracts / folder.contracts) * 100)} %)`);
    expect(await page.getByRole('img', { name: /^Bestillingernes indhold/ }).getAttribute('aria-label')).toContain('Kontrakter med en bestilling');
    expect(await page.getByText(`${cliSummary.files} af ${cliSummary.files} filer vises`).isVisible()).toBe(true);

    // Filter the file list with the mouse: a Fluent Dropdown opens and its option is clickable.
    await page.getByRole('combobox', { name: 'Kategori' }).click();
    const option = page.getByRole('option', { name: 'Korrekt' });
    await option.waitFor();
    expect(await onTop(option)).toBe(true);
    await option.click();
    await page.getByText(new RegExp(`^\\d+ af ${cliSummary.files} filer vises$`)).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'revision-dashboard-1280.png'), fullPage: true });

    // Sort by file name with a click on the header.
    await page.getByRole('columnheader', { name: 'Fil' }).click();
    await expect(page.getByRole('columnheader', { name: 'Fil' }).getAttribute('aria-sort')).resolves.toBe('ascending');

    expect(requests.filter((r) => r.method !== 'GET' || r.body > 0)).toEqual([]);
    // Only the page, its bundles and the templates (and the browser's own favicon probe).
    expect(requests.map((r) => r.url).filter((u) => !u.startsWith(`${origin}/revision/`) && u !== `${origin}/favicon.ico`)).toEqual([]);
    expect(containsCprNumber(await page.content())).toBe(false);
    await page.close();
  });

  test('the exported HTML report is the same report and prints to PDF', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/revision/`);
    await chooseFolder(page, folder.dir);
    await page.getByRole('toolbar', { name: 'Hent resultatet' }).waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent rapport (HTML)' }).click();
    const file = await (await download).path();
    const html = readFileSync(file!, 'utf8');
    expect(html).toContain(`<div class="n">${cliSummary.files}</div><div class="l">dokumenter i alt</div>`);
    expect(containsCprNumber(html)).toBe(false);
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.startsWith('\uFEFFfil;skabelon;dokumentkategori;regel;kategori;felt;besked\r\n')).toBe(true);
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent Excel' }).click();
    const xlsx = readFileSync((await (await xlsxDownload).path())!);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');

    const report = await browser.context.newPage();
    const requests = recordRequests(report);
    await report.setContent(html);
    await report.pdf({ path: path.join(artifacts, 'revision-report.pdf'), format: 'A4', printBackground: true });
    await report.screenshot({ path: path.join(artifacts, 'revision-report.png'), fullPage: true });
    expect(requests).toEqual([]);
    await report.close();
    await page.close();
  });

  test('a long run shows progress and can be cancelled; at 350 px nothing scrolls sideways', async () => {
    const many = mkdtempSync(path.join(os.tmpdir(), 'kl-revision-many-'));
    try {
      const sources = readdirSync(path.join(folder.dir, 'kontrakter'));
      for (let i = 0; i < 400; i++) copyFileSync(path.join(folder.dir, 'kontrakter', sources[i % sources.length]!), path.join(many, `kontrakt-${String(i).padStart(3, '0')}.docx`));
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 350, height: 800 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${origin}/revision/`);
      await chooseFolder(page, many);
      await page.getByText(/^Tjekker \d+ af 400 dokumenter/).waitFor();
      await page.getByRole('progressbar').waitFor();
      await page.screenshot({ path: path.join(artifacts, 'revision-progress-350-dark.png') });
      await page.getByRole('button', { name: 'Annuller' }).click();
      await page.getByText('Tjekket blev annulleret. Ingen resultater er gemt.').waitFor();
      expect(await page.getByRole('button', { name: 'Vælg mappe' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await page.close();
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});
