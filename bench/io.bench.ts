/**
 * Export and import benchmark (issue 16.4) on a fresh PostgreSQL database with 20,000 demo offers;
 * the server runs as its own process (bench/support/api-server.ts).
 * - Export: peak resident memory of the server process (VmHWM, reset before each export through
 *   /proc/<pid>/clear_refs) while GET /api/offers/export streams CSV and XLSX, to a client reading
 *   as fast as it can and to one reading 1 MB/s; the goal (< 200 MB) is compared with the export's
 *   own increase, peak RSS minus the idle server's RSS just before (after a GC), because the idle
 *   server (run through tsx, as every bench server) is already about 150–170 MB. Also the V8 heap:
 *   idle after a GC and the sampled peak (./support/memory-probe.cjs, preloaded). With
 *   BENCH_COMPARE_WITH=<another checkout> the same exports run on that checkout's server right
 *   after (same database, same probe): the baseline, and the ratio of the increases.
 * - Import preview: p99 of GET /api/health (10 connections) alone, then while a 100,000-row CSV
 *   is previewed (dryRun=true); goal < 50 ms during it.
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateDemoOffers } from '../src/server/demo/generate';
import { COLUMNS } from '../src/server/app/offer-table';
import { adminUrl, dropDatabase, loadAverage, seededDatabase, startServer, stopServer, type BenchServer } from './support/bench-server';

const OFFERS = 20_000;
const IMPORT_ROWS = 100_000;
const COMPARE_WITH = process.env.BENCH_COMPARE_WITH;
const PROBE = ['--expose-gc', '--require', path.join(__dirname, 'support', 'memory-probe.cjs')];
const SLOW_BYTES_PER_SECOND = 1024 * 1024;

interface HeapLine { heapPeak: number; heapNow: number; heapAfterGc: number; rss: number }

/** Asks the server's memory probe for its heap peak since the last ask (it then collects garbage). */
function probe(server: BenchServer): Promise<HeapLine> {
  return new Promise((resolve) => {
    const on = (line: string) => {
      if (!line.startsWith('memory ')) return;
      server.lines.off('line', on);
      resolve(JSON.parse(line.slice('memory '.length)) as HeapLine);
    };
    server.lines.on('line', on);
    server.child.kill('SIGUSR2');
  });
}

/** GETs `url` to the end, at most `bytesPerSecond` (pausing the response), or as fast as it comes. */
function download(url: string, bytesPerSecond?: number): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        if (!bytesPerSecond) return;
        res.pause();
        setTimeout(() => res.resume(), (c.length / bytesPerSecond) * 1000);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

type ExportFigures = Record<string, { delta: number; heapDelta: number }>;

/** Each export on `server`, with the memory figures; returns the increases by export. */
async function measureExports(server: BenchServer, label: string): Promise<ExportFigures> {
  const pid = server.child.pid!;
  const figures: ExportFigures = {};
  for (const [format, slow] of [['csv', false], ['xlsx', false], ['xlsx', true], ['csv', true]] as const) {
    const idle = await probe(server);
    const before = procStatus(pid, 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const t0 = performance.now();
    const res = await download(`${server.base}/api/offers/export?format=${format}`, slow ? SLOW_BYTES_PER_SECOND : undefined);
    const ms = performance.now() - t0;
    const peak = procStatus(pid, 'VmHWM');
    const heap = await probe(server);
    const name = `${format}${slow ? ', 1 MB/s client' : ''}`;
    figures[name] = { delta: peak - before, heapDelta: heap.heapPeak - idle.heapAfterGc };
    console.log(`${label} export ${name.padEnd(20)}: HTTP ${res.status}, ${(res.bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s; ` +
      `RSS idle ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, increase ${(peak - before).toFixed(0)} MB (goal < 200 MB); ` +
      `heap idle ${idle.heapAfterGc.toFixed(0)} MB, peak ${heap.heapPeak.toFixed(0)} MB (+${(heap.heapPeak - idle.heapAfterGc).toFixed(0)} MB)`);
  }
  return figures;
}

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
    const env = { EXPORT_RATE_PER_MINUTE: '1000', IMPORT_LIMIT_BYTES: String(100 * 1024 * 1024) };
    const server = await startServer(url, env, undefined, PROBE);
    child = server.child;
    console.log(`${OFFERS.toLocaleString('en')} offers on PostgreSQL; load average ${loadAverage()} on ${os.cpus().length} cores`);

    const mine = await measureExports(server, 'this checkout:');
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

    if (COMPARE_WITH) {
      await stopServer(child);
      const other = await startServer(url, env, COMPARE_WITH, PROBE);
      child = other.child;
      const theirs = await measureExports(other, `${path.basename(COMPARE_WITH)}:`);
      for (const [name, f] of Object.entries(mine)) {
        const b = theirs[name];
        if (!b) continue;
        console.log(`export ${name.padEnd(20)}: increase ${f.delta.toFixed(0)} MB vs ${b.delta.toFixed(0)} MB (ratio ${(f.delta / b.delta).toFixed(2)}); ` +
          `heap +${f.heapDelta.toFixed(0)} MB vs +${b.heapDelta.toFixed(0)} MB`);
      }
    }
  } finally {
    await stopServer(child);
    await dropDatabase(admin, name);
    await admin.end();
  }
}

void main().catch((e) => { console.error(e); process.exit(1); });
