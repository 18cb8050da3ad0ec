/**
 * The tab's preview of a sort or a narrower filter (src/teams/views/offer-preview.ts) gives the
 * rows the server will give, in its order, on PGlite and on PostgreSQL: for every sort and a set
 * of filter combinations over demo offers, some renamed to Danish letters and mixed case.
 */
import { sql } from 'kysely';
import { OfferService, OFFER_SORTS, type OfferQuery } from '../../src/server/app/offers';
import type { OfferSummary } from '../../src/server/app/offer-mapping';
import { loadConfig } from '../../src/server/config';
import { migrateToLatest, type Database } from '../../src/server/db/connect';
import { seedDemo } from '../../src/server/demo/seed';
import { previewRows } from '../../src/teams/views/offer-preview';
import type { OfferFilters } from '../../src/ui/api/types';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';

const NAMES = ['Ålykke Bosted', 'Æblehaven', 'Øhavet', 'aalborghus', 'Zebra Hus', 'ødegården', 'Æble Haven', 'Bo-og-Liv', 'bo og liv', 'Åbo'];

describe.each(DATABASE_KINDS)('the tab\'s list preview against the server on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let svc: OfferService;
  let all: OfferSummary[];

  const list = async (filters: OfferFilters, sort: OfferQuery['sort']): Promise<OfferSummary[]> => {
    const out: OfferSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await svc.list({ ...filters, sort, limit: 500, ...(cursor && { cursor }) });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    await migrateToLatest(database.db);
    const now = new Date();
    await seedDemo(database.db, { offers: 300, now });
    const ids = (await database.db.selectFrom('offers').select('id').orderBy('id').limit(NAMES.length * 2).execute()).map((r) => r.id);
    for (const [i, id] of ids.entries()) {
      await database.db.updateTable('offers').set({ name: NAMES[i % NAMES.length]!, provider_name: i % 2 ? 'Æ-Gruppen' : 'a-gruppen', updated_at: new Date(now.getTime() - i * 1000) }).where('id', '=', id).execute();
    }
    await sql`analyze offers`.execute(database.db);
    svc = new OfferService(database.db, loadConfig({ AUTH_MODE: 'dev' }), () => now);
    all = await list({}, 'name');
  });
  afterAll(async () => {
    await database?.close();
    await tdb?.drop();
  });

  it('orders every row as the server does, for every sort', async () => {
    for (const sort of OFFER_SORTS) {
      const preview = previewRows({ filters: {}, items: all, complete: true }, {}, sort)!;
      expect({ sort, ids: preview.map((o) => o.id) }).toEqual({ sort, ids: (await list({}, sort)).map((o) => o.id) });
    }
  });

  it('keeps the rows the server keeps for narrower filters', async () => {
    const sample = all[7]!;
    const filterSets: OfferFilters[] = [
      { municipality: sample.municipality },
      { section: sample.sections[0]! },
      { targetGroup: sample.targetGroups[0]! },
      { hasFreePlaces: true }, { hasFreePlaces: false },
      { operatingForm: sample.operatingForm },
      { listStatus: sample.listStatus },
      ...(sample.supervisionColour ? [{ supervision: sample.supervisionColour }] : []),
      { q: 'æble' }, { q: 'ÆBLE' }, { q: ' bo ' }, { q: sample.cvr.slice(2, 6) }, { q: sample.postcode }, { q: sample.city.toUpperCase() },
      { q: 'gruppen', municipality: sample.municipality, hasFreePlaces: true },
      { q: '%' }, { q: '_' },
    ];
    for (const filters of filterSets) {
      for (const sort of ['name', '-freePlaces', 'municipality'] as const) {
        const preview = previewRows({ filters: {}, items: all, complete: true }, filters, sort)!;
        expect({ filters, sort, ids: preview.map((o) => o.id) }).toEqual({ filters, sort, ids: (await list(filters, sort)).map((o) => o.id) });
      }
    }
  });

  it('narrows further from a filtered list it holds', async () => {
    const sample = all[3]!;
    const held = await list({ municipality: sample.municipality }, 'name');
    const next: OfferFilters = { municipality: sample.municipality, hasFreePlaces: true };
    const preview = previewRows({ filters: { municipality: sample.municipality }, items: held, complete: true }, next, '-updatedAt')!;
    expect(preview.map((o) => o.id)).toEqual((await list(next, '-updatedAt')).map((o) => o.id));
  });
});
