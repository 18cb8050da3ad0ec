import { sql } from 'kysely';
import { buildApp, type AppInstance } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/connect';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { validOffer } from './helpers/test-app';

/**
 * The list answers from kept totals, pages and rates in force (issue 16): whatever it keeps must
 * follow every change at once, also one that another server instance made.
 */
describe.each(DATABASE_KINDS)('offer list freshness on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let app: AppInstance;
  let clock = new Date();
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    app = await buildApp(loadConfig({ AUTH_MODE: 'dev', LOG_LEVEL: 'silent', OUTBOX_ENABLED: 'false' }), { database, now: () => clock, startWorker: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await tdb?.drop();
  });

  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.json();
  };
  const create = async (over: Record<string, unknown>) => {
    const res = await app.inject({ method: 'POST', url: '/api/offers', payload: validOffer(over) });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  test('free text uses the trigram index where the extension is there (PostgreSQL and PGlite alike)', async () => {
    const r = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename = 'offers' and indexname = 'offers_search_trgm_idx'`.execute(database.db);
    expect(r.rows).toHaveLength(1);
  });

  test('totals and pages follow a new offer, an edit through the API and a write past this instance', async () => {
    for (let i = 0; i < 3; i++) await create({ name: `Friskhed ${i} (fiktivt)`, municipality: 'Sorø' });
    const url = '/api/offers?q=friskhed&municipality=Sor%C3%B8&limit=2';
    const first = await get(url);
    expect(first.total).toBe(3);
    expect(await get(url)).toEqual(first);
    expect((await get(`${url}&cursor=${first.nextCursor}`)).total).toBe(3);

    const added = await create({ name: 'Friskhed 00 (fiktivt)', municipality: 'Sorø' });
    const second = await get(url);
    expect(second.total).toBe(4);
    expect(second.items.map((o: { name: string }) => o.name)).toEqual(['Friskhed 0 (fiktivt)', 'Friskhed 00 (fiktivt)']);

    const put = await app.inject({ method: 'PUT', url: `/api/offers/${added.id}`, headers: { 'if-match': `"${added.id}.1"` }, payload: validOffer({ name: 'Friskhed 00 (fiktivt)', municipality: 'Køge' }) });
    expect(put.statusCode).toBe(200);
    expect((await get(url)).total).toBe(3);

    // Another instance (or psql) changes a row: no cache of this one may hide it. (An in-memory
    // PGlite has no second connection: the write goes past the app on the same one.)
    const other = kind === 'postgres' ? await tdb.open() : null;
    try {
      await (other ?? database).db.updateTable('offers').set({ free_places: 0 }).where('name', '=', 'Friskhed 1 (fiktivt)').execute();
    } finally {
      await other?.close();
    }
    const after = await get(`${url}&hasFreePlaces=true`);
    expect(after.total).toBe(2);
    expect((await get(url)).items.find((o: { name: string }) => o.name === 'Friskhed 1 (fiktivt)')?.freePlaces).toBe(0);
  });

  test('rates in force: a new rate shows at once, a future one from its first day, and the list agrees with the detail', async () => {
    const o = await create({ name: 'Takstskifte (fiktivt)', sections: ['107'], rates: [{ section: '107', unit: 'dag', amount: 2000, validFrom: `${year}-01-01` }, { section: '107', unit: 'dag', amount: 2500, validFrom: `${year + 1}-01-01` }] });
    const listed = async () => (await get('/api/offers?q=takstskifte')).items[0].currentRates;
    expect(await listed()).toEqual([{ section: '107', unit: 'dag', amount: 2000, validFrom: `${year}-01-01` }]);

    const rate = await app.inject({ method: 'POST', url: `/api/offers/${o.id}/rates`, payload: { section: '107', unit: 'time', amount: 300, validFrom: `${year}-01-01` } });
    expect(rate.statusCode).toBe(201);
    expect(await listed()).toEqual([
      { section: '107', unit: 'dag', amount: 2000, validFrom: `${year}-01-01` },
      { section: '107', unit: 'time', amount: 300, validFrom: `${year}-01-01` },
    ]);

    clock = new Date(Date.UTC(year + 1, 0, 2, 12));
    try {
      const expected = [
        { section: '107', unit: 'dag', amount: 2500, validFrom: `${year + 1}-01-01` },
        { section: '107', unit: 'time', amount: 300, validFrom: `${year}-01-01` },
      ];
      expect(await listed()).toEqual(expected);
      expect((await get(`/api/offers/${o.id}`)).currentRates).toEqual(expected);
      // The list keeps what it computed for the next reader (in the background); the answer stays the same.
      const deadline = Date.now() + 10_000;
      let kept: string | null = null;
      while (Date.now() < deadline) {
        kept = (await database.db.selectFrom('offers').select('rates_from').where('id', '=', o.id).executeTakeFirstOrThrow()).rates_from;
        if (kept === `${year + 1}-01-01`) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(kept).toBe(`${year + 1}-01-01`);
      expect(await listed()).toEqual(expected);
    } finally {
      clock = new Date();
    }
  });
});
