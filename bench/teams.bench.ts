/**
 * Teams tab benchmark (issue 16 point 3). Prints:
 * 1. the tab's initial bundle (every script index.html loads), gzipped, against the 500 kB aim;
 * 2. against the real server (its own process: AUTH_MODE=dev, in-memory PGlite with 10,000 demo
 *    offers, serving the production build), in headless Chromium at 1280 px, median of 3 runs each in
 *    a fresh browser context:
 *    - navigation start → the grid's first row on screen (hit-testable), and → all 10,000 loaded;
 *      baseline: a plain DOM table of the first page from the same server (no framework);
 *    - a sort (header click) and a filter (Kommune, two clicks) from the mouse press to the new first
 *      row on screen; baseline: the same first page fetched from the page with fetch();
 *    - the page's JS heap after GC and the renderer's resident memory with all 10,000 offers loaded;
 *      baseline: the same tab showing an empty list.
 *    Goals: first rows < 1 s, filter/sort < 150 ms, memory < 150 MB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';
import { clickUntilFirstRow, firstRowOnScreen, pageMemory, recordPresses, type Memory } from './support/tab-probes';

const root = path.resolve(__dirname, '..');
const RUNS = 3;
const OFFERS = Number(process.env.BENCH_TAB_OFFERS ?? 10_000);
const VIEWPORT = { width: 1280, height: 900 };

async function buildProduction(out: string): Promise<webpack.StatsCompilation> {
  const makeConfig = require(path.join(root, 'webpack', 'teams.cjs')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
  const compiler = webpack(makeConfig({ TEAMS_OUT_DIR: path.join(out, 'teams'), CACHE_DIR: path.join(root, 'node_modules', '.cache', 'webpack-teams-production') }, { mode: 'production' }));
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))));
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats.toJson({ all: false, entrypoints: true });
}

/** The server as in `npm start`, with 10,000 demo offers in memory; resolves with its origin once it answers. */
function startServer(dist: string): Promise<{ origin: string; child: ChildProcess; startedMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'support', 'api-server.ts')], {
    env: { ...process.env, AUTH_MODE: 'dev', DATA_DIR: 'memory://', KL_DEMO: '1', KL_DEMO_OFFERS: String(OFFERS), DIST_DIR: dist, OUTBOX_ENABLED: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve({ origin: (m[1] as string).replace('localhost', '127.0.0.1'), child, startedMs: performance.now() - t0 });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

/** The baseline: the same rows as a plain <table>, built with DOM calls, no framework, no virtualisation. */
const PLAIN_PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Plain</title></head><body><table id="t"><thead><tr>
<th>Tilbud</th><th>Leverandør</th><th>Kommune</th><th>Paragraffer</th><th>Driftsform</th><th>Ledige</th><th>Takst</th><th>Tilsyn</th><th>Status</th></tr></thead><tbody></tbody></table>
<script>
fetch('/api/offers?limit=100').then((r) => r.json()).then(({ items }) => {
  const body = document.querySelector('tbody');
  const frag = document.createDocumentFragment();
  for (const o of items) {
    const tr = document.createElement('tr');
    const r = o.currentRates[0];
    for (const v of [o.name, o.providerName, o.municipality, o.sections.map((s) => '§ ' + s).join(', '), o.operatingForm, o.freePlaces + ' af ' + o.places,
      r ? r.amount.toLocaleString('da-DK', { minimumFractionDigits: 2 }) + ' kr./' + r.unit : '–', o.supervisionColour || 'Ukendt', o.listStatus]) {
      const td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
    }
    frag.appendChild(tr);
  }
  body.appendChild(frag);
  requestAnimationFrame(() => setTimeout(() => { window.__rendered = performance.now(); }, 0));
});
</script></body></html>`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
const mbs = (x: number | null) => (x === null ? '  n/a' : `${x.toFixed(0).padStart(4)} MB`);
const verdict = (ok: boolean) => (ok ? 'opfyldt' : 'IKKE opfyldt');

interface TabRun { firstRow: number; allLoaded: number; sort: number; filter: number; memory: Memory }

/** The municipality of the first offer the server lists for the query (ties make the offer itself unpredictable). */
async function firstMunicipality(origin: string, query: string): Promise<string> {
  const res = await fetch(`${origin}/api/offers?limit=1&${query}`);
  const body = (await res.json()) as { items: Array<{ municipality: string }> };
  return body.items[0]?.municipality ?? '';
}

/** One run of the tab: first rows, all rows, a sort click, a filter by two clicks, memory with everything loaded. */
async function tabRun(browser: Browser, origin: string, expected: { sorted: string; filtered: string }, trace?: string): Promise<TabRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${origin}/teams/index.html`, { waitUntil: 'commit' });
  const firstRow = await firstRowOnScreen(page);
  const n = OFFERS.toLocaleString('da-DK');
  const allLoaded = (await (await page.waitForFunction((want) => document.querySelector('[data-testid="offer-count"]')?.textContent === want
    ? performance.now() : false, `${n} af ${n} tilbud`, { polling: 'raf', timeout: 120_000 })).jsonValue()) as number;
  const memory = await pageMemory(browser, page);
  await recordPresses(page);
  // BENCH_TAB_TRACE=file.json: a Chromium performance trace of the first run's sort click (open it in DevTools).
  if (trace) await browser.startTracing(page, { path: trace, screenshots: false });
  const sort = await clickUntilFirstRow(page, page.getByRole('columnheader', { name: 'Kommune', exact: true }), expected.sorted);
  if (trace) await browser.stopTracing();
  await page.getByRole('combobox', { name: 'Kommune', exact: true }).click();
  const filter = await clickUntilFirstRow(page, page.getByRole('listbox').getByRole('option', { name: 'Næstved', exact: true }), expected.filtered);
  await context.close();
  return { firstRow, allLoaded, sort, filter, memory };
}

/** The baselines of the same run: a plain table of the first page, a bare fetch of it, and the tab with an empty list. */
async function baselineRun(browser: Browser, origin: string): Promise<{ plain: number; fetchMs: number; filterFetchMs: number; health: number; empty: Memory }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route('**/plain.html', (route) => route.fulfill({ contentType: 'text/html', body: PLAIN_PAGE }));
  const p = await context.newPage();
  await p.goto(`${origin}/plain.html`, { waitUntil: 'commit' });
  const plain = (await (await p.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered ?? false, undefined, { timeout: 60_000 })).jsonValue()) as number;
  const timeFetch = (url: string) => p.evaluate(async (u) => { const t = performance.now(); await (await fetch(u)).text(); return performance.now() - t; }, url);
  const fetchMs = await timeFetch('/api/offers?sort=municipality&limit=100');
  const filterFetchMs = await timeFetch(`/api/offers?municipality=${encodeURIComponent('Næstved')}&sort=municipality&limit=100`);
  const health = await timeFetch('/api/health');
  const e = await context.newPage();
  await p.close();
  await e.goto(`${origin}/teams/index.html?q=${encodeURIComponent('ingen-tilbud-hedder-sådan')}`);
  await e.getByTestId('grid-empty').waitFor({ timeout: 60_000 });
  const empty = await pageMemory(browser, e);
  await context.close();
  return { plain, fetchMs, filterFetchMs, health, empty };
}

async function main(): Promise<void> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kl-teams-bench-'));
  try {
    const t0 = Date.now();
    const stats = await buildProduction(out);
    const initial = (stats.entrypoints?.tab?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    let raw = 0;
    let gz = 0;
    for (const f of initial) {
      const buf = readFileSync(path.join(out, 'teams', f));
      raw += buf.length;
      gz += gzipSync(buf, { level: 9 }).length;
    }
    console.log(`Byg (production): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`Fanens første bundt: ${initial.length} filer, ${(raw / 1024).toFixed(0)} kB, gzip ${(gz / 1024).toFixed(0)} kB (mål < 500 kB: ${gz < 500 * 1024 ? 'opfyldt' : 'IKKE opfyldt'}; ${(gz / (500 * 1024) * 100).toFixed(0)} % af målet)`);

    const server = await startServer(out);
    try {
      console.log(`Server med ${OFFERS.toLocaleString('da-DK')} demotilbud (PGlite i hukommelsen) klar på ${(server.startedMs / 1000).toFixed(1)} s`);
      const expected = { sorted: await firstMunicipality(server.origin, 'sort=municipality'), filtered: 'Næstved' };
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      });
      const tabs: TabRun[] = [];
      const bases: Array<Awaited<ReturnType<typeof baselineRun>>> = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          tabs.push(await tabRun(browser, server.origin, expected, i === 0 ? process.env.BENCH_TAB_TRACE : undefined));
          bases.push(await baselineRun(browser, server.origin));
        }
      } finally {
        await browser.close();
      }
      const m = (f: (r: TabRun) => number) => median(tabs.map(f));
      const b = (f: (r: (typeof bases)[number]) => number) => median(bases.map(f));
      const [first, all, sort, filter, plain, fetchMs, filterFetchMs, health] = [m((r) => r.firstRow), m((r) => r.allLoaded), m((r) => r.sort), m((r) => r.filter),
        b((r) => r.plain), b((r) => r.fetchMs), b((r) => r.filterFetchMs), b((r) => r.health)];
      const heap = m((r) => r.memory.jsHeapMb);
      const rss = tabs.every((r) => r.memory.rendererRssMb !== null) ? m((r) => r.memory.rendererRssMb as number) : null;
      const emptyHeap = b((r) => r.empty.jsHeapMb);
      const emptyRss = bases.every((r) => r.empty.rendererRssMb !== null) ? b((r) => r.empty.rendererRssMb as number) : null;
      console.log(`Fanen mod serveren, ${VIEWPORT.width} px, median af ${RUNS} (belastning ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
      console.log(`  første rækker på skærmen      ${ms(first)}   ren DOM-tabel af første side ${ms(plain)}   forhold ${(first / plain).toFixed(2)}   (mål < 1000 ms: ${verdict(first < 1000)})`);
      console.log(`  alle ${OFFERS.toLocaleString('da-DK')} hentet            ${ms(all)}`);
      console.log(`  sortering (klik → ny 1. række) ${ms(sort)}   fetch af samme første side ${ms(fetchMs)}   /api/health ${ms(health)}   (mål < 150 ms: ${verdict(sort < 150)})`);
      console.log(`  filter (klik → ny 1. række)    ${ms(filter)}   fetch af samme første side ${ms(filterFetchMs)}   (mål < 150 ms: ${verdict(filter < 150)})`);
      console.log(`  hukommelse med alle tilbud     JS-heap ${mbs(heap)}, renderer RSS ${mbs(rss)}   tom liste: JS-heap ${mbs(emptyHeap)}, RSS ${mbs(emptyRss)}   (mål < 150 MB: ${verdict((rss ?? heap) < 150)})`);
      console.log(`  enkeltkørsler: første rækker ${tabs.map((r) => r.firstRow.toFixed(0)).join(' / ')} ms; sortering ${tabs.map((r) => r.sort.toFixed(0)).join(' / ')} ms; filter ${tabs.map((r) => r.filter.toFixed(0)).join(' / ')} ms`);
    } finally {
      server.child.kill('SIGTERM');
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
