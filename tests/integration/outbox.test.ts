import { OutboxWorker } from '../../src/server/notify/outbox-worker';
import { ReviewTargetStore } from '../../src/server/notify/review-targets';
import { RecordingDelivery } from '../../src/server/notify/recording-delivery';
import type { DeliveryOutcome, OutboxMessage } from '../../src/server/notify/delivery-port';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import type { Database } from '../../src/server/db/connect';
import { valueContainsCpr } from '../../src/server/http/cpr-guard';
import { LocalEntra } from './helpers/entra';
import { REVIEWER, startTestApp } from './helpers/test-app';

const opts = { pollMs: 20, maxAttempts: 3, backoffMs: 1, backoffMaxMs: 5, leaseMs: 60_000 };
const flagBody = (i: number) => ({
  title: `Kontrakt ${i}`, municipality: 'Ringsted',
  findings: [{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Mangler underskrift.' }],
  target: { kind: 'webhook' },
});
/** The webhook must be configured for a flag to name it; the RecordingDelivery stands where it would be. */
const WEBHOOK_ENV = { TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/webhook' };
const worker = (db: Database, delivery: ConstructorParameters<typeof OutboxWorker>[1], o: ConstructorParameters<typeof OutboxWorker>[2]) =>
  new OutboxWorker(db.db, delivery, o, new ReviewTargetStore(db.db, () => new Date()));

/** Runs workers until nothing is due (or the deadline passes). */
async function drain(workers: OutboxWorker[], rounds = 50) {
  for (let i = 0; i < rounds; i++) {
    const n = (await Promise.all(workers.map((w) => w.runOnce()))).reduce((a, b) => a + b, 0);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(DATABASE_KINDS)('outbox on %s', (kind) => {
  let entra: LocalEntra;
  // One database for the tests that need no restart (creating a PGlite is the slow part); each
  // test starts its own app and looks only at its own flags.
  let tdb: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    entra = await new LocalEntra().start();
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
  });
  afterAll(async () => {
    await entra?.stop();
    await database?.close();
    await tdb?.drop();
  });

  test('two workers on one database deliver every message exactly once; replies follow the first card', async () => {
    const t = await startTestApp(database, { entra, env: WEBHOOK_ENV });
    try {
      const flags = [];
      for (let i = 0; i < 12; i++) flags.push((await t.call('POST', '/api/flags', { body: flagBody(i) })).json());
      // A state change queued before the card went out waits for it, then replies to it.
      const first = flags[0];
      await t.call('PATCH', `/api/flags/${first.id}`, { as: { roles: [REVIEWER] }, body: { state: 'under-gennemgang' }, headers: { 'if-match': `"${first.id}.1"` } });
      const delivery = new RecordingDelivery(async () => { await new Promise((r) => setTimeout(r, 2)); return { ok: true }; });
      // Each worker on its own connection where the database allows it (PostgreSQL); PGlite has one.
      const second = kind === 'postgres' ? await tdb.open() : database;
      const before = await database.db.selectFrom('outbox').select('id').where('status', '=', 'delivered').execute();
      expect(before).toHaveLength(0);
      const w1 = worker(database, delivery, opts);
      const w2 = worker(second, delivery, { ...opts, batchSize: 3 });
      await drain([w1, w2]);
      const ids = delivery.delivered.map((m) => m.id);
      expect(ids).toHaveLength(13);
      expect(new Set(ids).size).toBe(13);
      const reply = delivery.delivered.find((m) => m.kind === 'flag.updated')!;
      const card = delivery.delivered.find((m) => m.kind === 'flag.created' && m.flag.id === first.id)!;
      expect(delivery.delivered.indexOf(reply)).toBeGreaterThan(delivery.delivered.indexOf(card));
      expect(reply.activityId).toMatch(/^rec-/);
      expect(reply.flag.state).toBe('under-gennemgang');
      const detail = (await t.call('GET', `/api/flags/${first.id}`)).json();
      expect(detail.delivery).toMatchObject({ state: 'delivered', chatMessageId: reply.activityId });
      expect(valueContainsCpr(delivery.delivered)).toBe(false);
      if (second !== database) await second.close();
    } finally {
      await t.close();
    }
  });

  test('delivery needs no user token: none is handed to the adapter, and none is ever stored', async () => {
    const delivery = new RecordingDelivery();
    const t = await startTestApp(database, { entra, delivery, env: WEBHOOK_ENV });
    try {
      const token = await entra.token({ oid: 'raadgiver-9', roles: [] });
      await t.call('POST', '/api/flags', { token, body: flagBody(1) });
      await drain([t.app.deps.outbox!]);
      expect(JSON.stringify(delivery.delivered)).not.toContain(token);
      const other = new RecordingDelivery();
      await t.call('POST', '/api/flags', { token, body: flagBody(2) });
      await drain([worker(database, other, opts)]);
      expect(other.delivered).toHaveLength(1);
      for (const table of ['outbox', 'flags', 'flag_events', 'audit_log'] as const) {
        expect(JSON.stringify(await database.db.selectFrom(table).selectAll().execute())).not.toContain(token);
      }
    } finally {
      await t.close();
    }
  });

  test('retries with backoff honouring retryAfterMs; non-retryable and exhausted attempts end as failed on the flag', async () => {
    const t = await startTestApp(database, { entra, env: WEBHOOK_ENV });
    try {
      const a = (await t.call('POST', '/api/flags', { body: { ...flagBody(1), title: 'throttled' } })).json();
      const b = (await t.call('POST', '/api/flags', { body: { ...flagBody(2), title: 'forbidden' } })).json();
      const c = (await t.call('POST', '/api/flags', { body: { ...flagBody(3), title: 'down' } })).json();
      const answers: Record<string, (m: OutboxMessage) => DeliveryOutcome> = {
        throttled: (m) => (m.attempt === 1 ? { ok: false, retryable: true, retryAfterMs: 300, error: '429 Too Many Requests' } : { ok: true, messageId: 'graph-1' }),
        forbidden: () => ({ ok: false, retryable: false, error: '403 Forbidden: kanal ikke tilladt' }),
        down: () => ({ ok: false, retryable: true, error: '503 Service Unavailable' }),
      };
      const delivery = new RecordingDelivery((m) => answers[m.flag.title]!(m));
      const w = worker(database, delivery, opts);
      await w.runOnce();
      // Throttled: not due again before its Retry-After.
      const row = await database.db.selectFrom('outbox').selectAll().where('flag_id', '=', a.id).executeTakeFirstOrThrow();
      expect(row.status).toBe('pending');
      expect(new Date(row.next_attempt_at).getTime() - Date.now()).toBeGreaterThan(150);
      await w.runOnce();
      expect(delivery.attempts.filter((m) => m.flag.id === a.id)).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 350));
      await drain([w]);
      const da = (await t.call('GET', `/api/flags/${a.id}`)).json().delivery;
      expect(da).toMatchObject({ state: 'delivered', chatMessageId: 'graph-1' });
      expect(da.messages[0]).toMatchObject({ attempts: 2, status: 'delivered' });
      const db = (await t.call('GET', `/api/flags/${b.id}`)).json().delivery;
      expect(db.state).toBe('failed');
      expect(db.messages[0]).toMatchObject({ attempts: 1, lastError: '403 Forbidden: kanal ikke tilladt' });
      const dc = (await t.call('GET', `/api/flags/${c.id}`)).json().delivery;
      expect(dc.state).toBe('failed');
      expect(dc.messages[0]).toMatchObject({ attempts: 3, lastError: '503 Service Unavailable', label: 'Kunne ikke sendes' });
      // The flag itself was saved all along.
      expect((await t.call('GET', `/api/flags/${c.id}`)).json().state).toBe('ny');
    } finally {
      await t.close();
    }
  });

  test('across a restart: flags saved while Teams is down are delivered once by the next server', async () => {
    const tdbR = await createTestDatabase(kind, { persistent: true });
    try {
      const db1 = await tdbR.open();
      const down = new RecordingDelivery(() => ({ ok: false, retryable: true, error: 'ECONNREFUSED' }));
      const t1 = await startTestApp(db1, { entra, delivery: down, env: { ...WEBHOOK_ENV, OUTBOX_BACKOFF_MS: '1', OUTBOX_MAX_ATTEMPTS: '10' } });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await t1.call('POST', '/api/flags', { body: flagBody(i) })).json().id);
      await t1.app.deps.outbox!.runOnce();
      expect(down.attempts.length).toBe(5);
      expect(down.delivered).toHaveLength(0);
      // A message claimed by a server that then dies (lease held, never settled) must come back too.
      const crashed = worker(db1, { deliver: () => new Promise<never>(() => {}) }, { ...opts, leaseMs: 200 });
      void crashed.runOnce();
      await new Promise((r) => setTimeout(r, 50));
      await t1.close();
      await db1.close().catch(() => undefined);

      const db2 = await tdbR.open();
      const up = new RecordingDelivery();
      const t2 = await startTestApp(db2, { entra, delivery: up, env: WEBHOOK_ENV });
      try {
        await new Promise((r) => setTimeout(r, 250));
        await drain([t2.app.deps.outbox!]);
        expect(up.delivered.map((m) => m.flag.id).sort()).toEqual([...ids].sort());
        await drain([t2.app.deps.outbox!]);
        expect(up.delivered).toHaveLength(5);
        for (const id of ids) expect((await t2.call('GET', `/api/flags/${id}`)).json().delivery.state).toBe('delivered');
      } finally {
        await t2.close();
        await db2.close();
      }
    } finally {
      await tdbR.drop();
    }
  });
});
