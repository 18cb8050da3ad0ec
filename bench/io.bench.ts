/**
 * Export and import benchmark (issue 16.4) on a fresh PostgreSQL database with 20,000 demo offers;
 * the server runs as its own process (bench/support/api-server.ts).
 * - Export: peak resident memory of the server process (VmHWM, reset before each export through
 *   /proc/<pid>/clear_refs) while GET /api/offers/export streams CSV and XLSX; goal < 200 MB.
 * - Import preview: p99 of GET /api/health (10 connections) alone, then while a 100,000-row CSV
 *   is previewed (dryRun=true); goal < 50 ms during it.
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateDemoOffers } from '../src/server/demo/generate';
import { COLUMNS } from '../src/server/app/offer-table';
import { adminUrl, dropDatabase, loadAverage, seededDatabase, startServer, stopServer } from './support/bench-server';

const OFFERS = 20_000;
const IMPORT_ROWS = 100_000;

function procStatus(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** A CSV in the export's own columns: every fifth row has an error for the preview to report. */
function importCsv(rows: number): Buffer {
  const offers = generateDemoOffers(Math.min(rows, 5000), { today: new Date() });
  const lines = [COLUMNS.map((c) => c.header).join(';')];
  for (let i = 0; i < rows; i++) {
    const o = offers[i % offers.length]!;
    const r = o.rates[0];
    lines.push([
      '', `${o.name} ${i}`, o.providerName, i % 5 === 0 ? '123' : o.cvr, o.pNumber, 'Privat', o.address, o.postcode, o.city, o.municipality,
      o.email, o.phone, o.sections.join(';'), o.targetGroups.join(';'), o.places, o.freePlaces, '', o.supervisionColour, o.supervisionDate,
      o.termsAcceptedDate, o.listStatus, r?.section ?? '', r?.unit ?? '', r ? (r.amountOre / 100).toFixed(2).replace('.', ',') : '', r?.validFrom ?? '',
    ].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(';'));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { name, url } = await seededDatabase(admin, 'io', OFFERS);
  let child: ChildProcess | undefined;
  try {
    const server = await startServer(url, { EXPORT_RATE_PER_MINUTE: '1000', IMPORT_LIMIT_BYTES: String(100 * 1024 * 1024) });
    child = server.child;
    const pid = child.pid!;
    console.log(`${OFFERS.toLocaleString('en')} offers on PostgreSQL; load average ${loadAverage()} on ${os.cpus().length} cores`);

    for (const format of ['csv', 'xlsx'] as const) {
      const before = procStatus(pid, 'VmRSS');
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const t0 = performance.now();
      const res = await fetch(`${server.base}/api/offers/export?format=${format}`);
      const bytes = (await res.arrayBuffer()).byteLength;
      const ms = performance.now() - t0;
      const peak = procStatus(pid, 'VmHWM');
      console.log(`export ${format.padEnd(4)}: HTTP ${res.status}, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s; ` +
        `server RSS before ${before.toFixed(0)} MB, peak during ${peak.toFixed(0)} MB (goal < 200 MB)`);
    }

    const csv = importCsv(IMPORT_ROWS);
    const alone = await autocannon({ url: `${server.base}/api/health`, connections: 10, duration: 5 });
    let previewStatus = 0;
    let previewMs = 0;
    const t0 = performance.now();
    const preview = fetch(`${server.base}/api/offers/import?dryRun=true`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: new Uint8Array(csv) })
      .then(async (r) => { previewStatus = r.status; await r.arrayBuffer(); previewMs = performance.now() - t0; });
    // Health is loaded for as long as the preview runs (at least 2 s, at most 120 s).
    const during = await new Promise<autocannon.Result>((resolve) => {
      let done = false;
      void preview.finally(() => { done = true; });
      const inst = autocannon({ url: `${server.base}/api/health`, connections: 10, duration: 120 }, (_e, r) => resolve(r));
      const timer = setInterval(() => { if (done && performance.now() - t0 > 2000) { clearInterval(timer); inst.stop(); } }, 50);
    });
    await preview;
    console.log(`import preview of ${IMPORT_ROWS.toLocaleString('en')} rows (${(csv.length / 1e6).toFixed(1)} MB CSV): HTTP ${previewStatus} in ${(previewMs / 1000).toFixed(1)} s`);
    console.log(`GET /api/health alone:          ${alone.requests.average.toFixed(0)} req/s, p99 ${alone.latency.p99} ms`);
    console.log(`GET /api/health during preview: ${during.requests.average.toFixed(0)} req/s, p99 ${during.latency.p99} ms, max ${during.latency.max} ms (goal p99 < 50 ms); ` +
      `ratio of rates ${(during.requests.average / alone.requests.average).toFixed(2)}`);
  } finally {
    await stopServer(child);
    await dropDatabase(admin, name);
    await admin.end();
  }
}

void main().catch((e) => { console.error(e); process.exit(1); });
