/**
 * Server benchmark on a fresh PostgreSQL database with 10,000 demo offers: requests/s and p50/p99
 * latency of search and detail (autocannon on 127.0.0.1), as ratios against GET /api/health in the
 * same run; then 1,000 concurrent flag creations, checking that none is lost.
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server to use.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { seedDemo } from '../src/server/demo/seed';
import { openDatabase } from '../src/server/db/connect';
import { RecordingDelivery } from '../src/server/notify/recording-delivery';

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

interface Figures { name: string; rps: number; p50: number; p99: number; errors: number }

async function measure(name: string, base: string, paths: string[]): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url: base, connections: CONNECTIONS, duration: DURATION,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main() {
  const name = `kl_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({ AUTH_MODE: 'dev', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: url.toString(), LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '50', OUTBOX_BACKOFF_MS: '10',
    // A flag may name the webhook only when one is configured; the RecordingDelivery stands where it would be.
    TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/webhook' });
  const database = await openDatabase(config.database);
  const delivery = new RecordingDelivery();
  try {
    const app = await buildApp(config, { database, delivery });
    const t0 = performance.now();
    await seedDemo(database.db, { offers: 10_000, flags: 0, now: new Date() });
    console.log(`seeded 10,000 offers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const ids = (await database.db.selectFrom('offers').select('id').orderBy('id').execute()).map((r) => r.id);
    const pick = (n: number) => Array.from({ length: n }, (_, k) => ids[(k * 7919) % ids.length]!);

    const rows: Figures[] = [];
    rows.push(await measure('GET /api/health (baseline)', base, ['/api/health']));
    rows.push(await measure('search: q + filters, 50 per page', base, [
      '/api/offers?q=Eksempelh%C3%B8j&limit=50', '/api/offers?section=107&municipality=Roskilde&limit=50',
      '/api/offers?hasFreePlaces=true&targetGroup=autisme&sort=-freePlaces&limit=50', '/api/offers?q=Demodal&supervision=gul&limit=50',
    ]));
    rows.push(await measure('list: first page sorted by name', base, ['/api/offers?limit=50']));
    rows.push(await measure('detail: offer with rates history', base, pick(500).map((id) => `/api/offers/${id}`)));
    const baseline = rows[0]!;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, 10,000 offers on PostgreSQL`);
    console.log('endpoint                              req/s     p50 ms  p99 ms  errors  req/s vs health');
    for (const r of rows) {
      console.log(`${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)}  ${(r.rps / baseline.rps).toFixed(3)}`);
    }

    // 1,000 concurrent flag creations: every one saved, every one with its outbox message, each card sent once.
    const N = 1000;
    const t1 = performance.now();
    const statuses = await Promise.all(Array.from({ length: N }, (_, i) => fetch(`${base}/api/flags`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Bench ${i}`, municipality: 'Køge', findings: [{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Mangler underskrift.' }], target: { kind: 'webhook' } }),
    }).then((r) => r.status, () => 0)));
    const createMs = performance.now() - t1;
    const ok = statuses.filter((s) => s === 201).length;
    const count = async (table: 'flags' | 'outbox') => Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const deadline = Date.now() + 60_000;
    while (delivery.delivered.length < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const deliveredIds = new Set(delivery.delivered.map((m) => m.id));
    console.log(`\n${N} concurrent POST /api/flags: ${ok} × 201 in ${(createMs / 1000).toFixed(2)} s (${(N / (createMs / 1000)).toFixed(0)} flags/s); ` +
      `stored ${await count('flags')}, outbox ${await count('outbox')}, delivered ${delivery.delivered.length} (${deliveredIds.size} distinct) in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    const lost = ok !== N || (await count('flags')) !== N || deliveredIds.size !== N || delivery.delivered.length !== N;
    console.log(lost ? 'FLAGS LOST OR DOUBLED' : 'none lost, none doubled');
    await app.close();
    if (lost) process.exitCode = 1;
  } finally {
    await database.close().catch(() => undefined);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

void main().catch((e) => { console.error(e); process.exit(1); });
