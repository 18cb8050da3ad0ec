/**
 * In-memory PGlite from a fresh-cluster image (useFreshClusterImage): the same empty cluster that
 * initdb would make, so migrations run from nothing and nothing of another database leaks in.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { IN_MEMORY, migrateToLatest, openDatabase, useFreshClusterImage } from '../../../src/server/db/connect';
import { imagePath } from '../../setup/pglite-image';

afterAll(() => useFreshClusterImage(undefined));

const tables = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  (await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`.execute(db.db)).rows[0]!.n;

describe('an in-memory database opened from the fresh-cluster image', () => {
  it('starts empty, migrates, and its writes never reach the next one', async () => {
    let loads = 0;
    const image = new Blob([readFileSync(imagePath())]);
    useFreshClusterImage(() => { loads++; return image; });
    const first = await openDatabase({ kind: 'pglite', dataDir: IN_MEMORY });
    expect(await tables(first)).toBe(0);
    await migrateToLatest(first.db);
    expect(await tables(first)).toBeGreaterThan(3);
    await first.close();
    const second = await openDatabase({ kind: 'pglite', dataDir: IN_MEMORY });
    expect(await tables(second)).toBe(0);
    await second.close();
    expect(loads).toBe(2);
  });

  it('runs initdb as usual when no image is given', async () => {
    useFreshClusterImage(() => undefined);
    const db = await openDatabase({ kind: 'pglite', dataDir: IN_MEMORY });
    expect(await tables(db)).toBe(0);
    await db.close();
  });
});
