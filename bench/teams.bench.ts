/**
 * Teams tab benchmark. Prints:
 * 1. the tab's initial bundle (every script index.html loads), gzipped, against the 500 kB aim;
 * 2. time to first render of 10,000 offers in Chromium — the tab (virtualised Fluent grid) against a
 *    plain DOM table of the same rows — both fed the same JSON from the same in-browser route, and
 *    their ratio. Median of a few runs each, measured in this run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { generateDemoOffers } from '../src/server/demo/generate';

const root = path.resolve(__dirname, '..');
const RUNS = 3;
const OFFERS = 10_000;
const ORIGIN = 'http://127.0.0.1:9';

async function buildProduction(out: string): Promise<webpack.StatsCompilation> {
  const makeConfig = require(path.join(root, 'webpack', 'teams.cjs')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
  const compiler = webpack(makeConfig({ TEAMS_OUT_DIR: out, CACHE_DIR: path.join(root, 'node_modules', '.cache', 'webpack-teams-production') }, { mode: 'production' }));
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))));
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats.toJson({ all: false, entrypoints: true });
}

/** The list endpoint's shape for generated offers (what the server would send). */
function offersJson(): string {
  const now = new Date().toISOString();
  const items = generateDemoOffers(OFFERS, { seed: 3, today: new Date() }).map((o) => ({
    id: o.id, name: o.name, providerName: o.providerName, cvr: o.cvr, pNumber: o.pNumber, operatingForm: o.operatingForm, address: o.address,
    postcode: o.postcode, city: o.city, municipality: o.municipality, email: o.email, phone: o.phone, sections: o.sections, targetGroups: o.targetGroups,
    places: o.places, freePlaces: o.freePlaces, freePlacesUpdatedAt: o.freePlacesUpdatedAt ? new Date(o.freePlacesUpdatedAt).toISOString() : null,
    supervisionColour: o.supervisionColour, supervisionDate: o.supervisionDate, termsAcceptedDate: o.termsAcceptedDate, listStatus: o.listStatus,
    version: 1, createdAt: now, updatedAt: now,
    currentRates: o.rates.slice(-1).map((r) => ({ section: r.section, unit: r.unit, amount: r.amountOre / 100, validFrom: r.validFrom })),
  }));
  return JSON.stringify({ items, nextCursor: null, total: items.length });
}

/** The baseline: the same rows as a plain <table>, built with DOM calls, no framework, no virtualisation. */
const PLAIN_PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Plain</title></head><body><table id="t"><thead><tr>
<th>Tilbud</th><th>Leverandør</th><th>Kommune</th><th>Paragraffer</th><th>Driftsform</th><th>Ledige</th><th>Takst</th><th>Tilsyn</th><th>Status</th></tr></thead><tbody></tbody></table>
<script>
fetch('/api/offers?limit=500').then((r) => r.json()).then(({ items }) => {
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

async function main(): Promise<void> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kl-teams-bench-'));
  try {
    const t0 = Date.now();
    const stats = await buildProduction(out);
    const initial = (stats.entrypoints?.tab?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    let raw = 0;
    let gz = 0;
    for (const f of initial) {
      const buf = readFileSync(path.join(out, f));
      raw += buf.length;
      gz += gzipSync(buf, { level: 9 }).length;
    }
    console.log(`Byg (production): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`Fanens første bundt: ${initial.length} filer, ${(raw / 1024).toFixed(0)} kB, gzip ${(gz / 1024).toFixed(0)} kB (mål < 500 kB: ${gz < 500 * 1024 ? 'opfyldt' : 'IKKE opfyldt'}; ${(gz / (500 * 1024) * 100).toFixed(0)} % af målet)`);

    const json = offersJson();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Every request is answered in the browser: files from the build, the API with the same JSON.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/api/offers') return route.fulfill({ contentType: 'application/json', body: json });
      if (url.pathname === '/api/audit') return route.fulfill({ contentType: 'application/json', body: '{"items":[],"nextCursor":null}' });
      if (url.pathname === '/plain.html') return route.fulfill({ contentType: 'text/html', body: PLAIN_PAGE });
      try {
        const file = readFileSync(path.join(out, url.pathname.replace(/^\/teams\//, '')));
        return route.fulfill({ contentType: url.pathname.endsWith('.js') ? 'text/javascript' : 'text/html', body: file });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    });
    const tab: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p1 = await context.newPage();
      await p1.goto(`${ORIGIN}/teams/index.html`);
      await p1.waitForFunction(() => /^10\.000 af 10\.000 tilbud$/.test(document.querySelector('[data-testid="offer-count"]')?.textContent ?? '')
        && document.querySelectorAll('[role="grid"] [role="rowgroup"] [role="row"]').length > 0, undefined, { timeout: 60_000, polling: 'raf' });
      tab.push(await p1.evaluate(() => performance.now()));
      await p1.close();
      const p2 = await context.newPage();
      await p2.goto(`${ORIGIN}/plain.html`);
      await p2.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined, undefined, { timeout: 60_000 });
      plain.push(await p2.evaluate(() => (window as unknown as { __rendered: number }).__rendered));
      await p2.close();
    }
    await browser.close();
    const t = median(tab);
    const p = median(plain);
    console.log(`Første visning af ${OFFERS.toLocaleString('da-DK')} tilbud: fanen ${t.toFixed(0)} ms, ren DOM-tabel ${p.toFixed(0)} ms (median af ${RUNS})`);
    console.log(`Forhold fane/ren DOM: ${(t / p).toFixed(2)}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
