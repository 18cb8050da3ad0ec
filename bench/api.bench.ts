/**
 * Provider-list API benchmark (issue 16.1): on a fresh PostgreSQL database per size (10,000 and
 * 100,000 demo offers by default), the server runs as its own process and autocannon loads it
 * from this one with 10 connections on 127.0.0.1. Figures: req/s, p50/p99 and the rate as a
 * share of GET /api/health's in the same run (goal ≥ 15 %, p99 < 50 ms at 10,000 and < 100 ms at
 * 100,000). Then EXPLAIN (ANALYZE) of each SQL statement the offers service runs for those requests.
 *
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server;
 * BENCH_SECONDS (default 5) the duration of each load; BENCH_OFFERS (default "10000,100000") the sizes.
 * BENCH_COMPARE_WITH names another checkout (e.g. `git worktree add --detach ../kl-base main`, with
 * node_modules) whose server is measured too, endpoint by endpoint right after this one's, on the
 * same database: before and after in one run, under the same load of the machine.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { OfferService } from '../src/server/app/offers';
import { loadConfig } from '../src/server/config';
import type { DB } from '../src/server/db/schema';
import { offerListQuery } from '../src/server/http/routes/offers';
import { adminUrl, dropDatabase, loadAverage, seededDatabase, startServer, stopServer } from './support/bench-server';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const SIZES = (process.env.BENCH_OFFERS ?? '10000,100000').split(',').map(Number);
const CONNECTIONS = 10;
const COMPARE_WITH = process.env.BENCH_COMPARE_WITH;

interface Figures { name: string; rps: number; p50: number; p99: number; errors: number; paths: string[] }

async function measure(name: string, base: string, paths: string[]): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url: base, connections: CONNECTIONS, duration: DURATION,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, paths };
}

const SEARCHES = [
  '/api/offers?q=Eksempelh%C3%B8j&limit=50',
  '/api/offers?section=107&municipality=Roskilde&limit=50',
  '/api/offers?hasFreePlaces=true&targetGroup=autisme&sort=-freePlaces&limit=50',
  '/api/offers?q=Demodal&supervision=gul&limit=50',
  '/api/offers?q=omsorg&operatingForm=private&sort=municipality&limit=50',
  '/api/offers?q=4000&listStatus=optaget&sort=-updatedAt&limit=50',
];

/** Search paths that do not repeat within a run: what a page cache cannot answer (counts still can, per filter set). */
function uncachedSearches(): string[] {
  const words = ['Eksempelh%C3%B8j', 'Pr%C3%B8velund', 'Demodal', 'Fiktivbakken', 'Modelg%C3%A5rden', 'Testvang', 'Skitsebo', 'Udkastholm', 'omsorg', 'trivsel'];
  const municipalities = ['Faxe', 'Greve', 'Holb%C3%A6k', 'K%C3%B8ge', 'Lejre', 'N%C3%A6stved', 'Ringsted', 'Roskilde', 'Slagelse', 'Sor%C3%B8'];
  const sorts = ['name', '-name', 'freePlaces', '-freePlaces', 'updatedAt', 'municipality'];
  const out: string[] = [];
  for (let limit = 41; limit <= 60; limit++) for (const w of words) for (const m of municipalities) for (const s of sorts) {
    out.push(`/api/offers?q=${w}&municipality=${m}&sort=${s}&limit=${limit}`);
  }
  // A fixed shuffle, so that neighbours differ in every part.
  for (let i = out.length - 1, seed = 7; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The SQL that the offers service runs for one request path, caught through Kysely's log. */
async function statementsFor(pathAndQuery: string, databaseUrl: string): Promise<CompiledQuery[]> {
  const caught: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: (e) => { if (e.level === 'query') caught.push(e.query); } });
  try {
    const svc = new OfferService(db, loadConfig({ AUTH_MODE: 'dev' }), () => new Date());
    const query = offerListQuery.parse(Object.fromEntries(new URL(pathAndQuery, 'http://x').searchParams));
    await svc.list(query);
  } finally {
    await db.destroy();
  }
  return caught;
}

async function explain(client: pg.Client, q: CompiledQuery): Promise<string> {
  const r = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${q.sql}`, q.parameters as unknown[]);
  // Long id lists in conditions are cut: the plan's shape is what matters.
  return r.rows.map((x) => `    ${x['QUERY PLAN'].length > 180 ? `${x['QUERY PLAN'].slice(0, 177)}...` : x['QUERY PLAN']}`).join('\n');
}

function printTable(title: string | null, rows: Figures[]) {
  const health = rows[0]!;
  if (title) console.log(title);
  console.log('endpoint                            req/s   p50 ms  p99 ms  errors  vs health');
  for (const r of rows) {
    console.log(`${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)}  ${(100 * r.rps / health.rps).toFixed(1).padStart(6)} %`);
  }
}

async function benchSize(offers: number, admin: pg.Client) {
  const { name, url: databaseUrl, seedSeconds } = await seededDatabase(admin, 'api', offers);
  console.log(`\n--- ${offers.toLocaleString('en')} offers on PostgreSQL (seeded in ${seedSeconds.toFixed(1)} s)`);
  let child: ChildProcess | undefined;
  let otherChild: ChildProcess | undefined;
  let otherBase: string | undefined;
  try {
    const server = await startServer(databaseUrl);
    child = server.child;
    const base = server.base;
    if (COMPARE_WITH) {
      const other = await startServer(databaseUrl, {}, COMPARE_WITH);
      otherChild = other.child;
      otherBase = other.base;
    }
    // Cursors of later pages, as the tab follows them.
    const cursors: string[] = [];
    let cursor: string | null = null;
    for (let p = 0; p < 10; p++) {
      const res = await fetch(`${base}/api/offers?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      const body = (await res.json()) as { nextCursor: string | null };
      cursor = body.nextCursor;
      if (!cursor) break;
      cursors.push(cursor);
    }
    // Warm-up (JIT, pool connections, plan caches), not measured.
    for (const b of [base, ...(otherBase ? [otherBase] : [])]) {
      await autocannon({ url: b, connections: CONNECTIONS, amount: 500, requests: [{ method: 'GET', path: '/api/offers?limit=50' }] });
    }

    const loadBefore = loadAverage();
    const endpoints: [string, string[]][] = [
      ['GET /api/health (baseline)', ['/api/health']],
      ['list: first page, 50, by name', ['/api/offers?limit=50']],
      ['list: pages 2–11 via cursor', cursors.map((c) => `/api/offers?limit=50&cursor=${c}`)],
      ['search: q + filters, 50 a page', SEARCHES],
      ['search: never the same twice', uncachedSearches()],
      ['tab page: 500, by name', ['/api/offers?limit=500']],
    ];
    const rows: Figures[] = [];
    const otherRows: Figures[] = [];
    for (const [label, paths] of endpoints) {
      rows.push(await measure(label, base, paths));
      if (otherBase) otherRows.push(await measure(label, otherBase, paths));
    }
    const p99Goal = offers <= 10_000 ? 50 : 100;
    console.log(`${CONNECTIONS} connections, ${DURATION} s each; goal: p99 < ${p99Goal} ms and ≥ 15 % of health's req/s (tab page: no goal); ` +
      `load average before: ${loadBefore}, after: ${loadAverage()} (on ${os.cpus().length} cores)`);
    printTable(COMPARE_WITH ? 'this checkout' : null, rows);
    if (COMPARE_WITH) {
      printTable(`${COMPARE_WITH} (measured right after each row above)`, otherRows);
      console.log('this checkout ÷ the other, same run:');
      rows.forEach((r, i) => console.log(`  ${r.name.padEnd(32)} ${(r.rps / otherRows[i]!.rps).toFixed(2)}× req/s; p99 ${r.p99} vs ${otherRows[i]!.p99} ms`));
    }

    const explainClient = new pg.Client({ connectionString: databaseUrl });
    await explainClient.connect();
    try {
      for (const p of ['/api/offers?limit=50', ...(cursors[4] ? [`/api/offers?limit=50&cursor=${cursors[4]}`] : []), ...SEARCHES]) {
        console.log(`\n  EXPLAIN (ANALYZE) for GET ${p}`);
        for (const q of await statementsFor(p, databaseUrl)) {
          console.log(`  ${q.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
          console.log(await explain(explainClient, q));
        }
      }
    } finally {
      await explainClient.end();
    }
  } finally {
    await stopServer(child);
    await stopServer(otherChild);
    await dropDatabase(admin, name);
  }
}

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const n of SIZES) await benchSize(n, admin);
  } finally {
    await admin.end();
  }
}

void main().catch((e) => { console.error(e); process.exit(1); });
