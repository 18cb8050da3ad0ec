import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, Migrator, PostgresDialect, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Config } from '../config';
import { DataDirCorrupt, preparePgliteDir } from './data-dir';
import { migrationProvider } from './migrations';
import type { DB } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/** In-memory PGlite for tests and throw-away demos: DATA_DIR=memory:// */
export const IN_MEMORY = 'memory://';

/**
 * A fresh cluster's files (PGlite.dumpDataDir of a new, unused instance), loaded instead of running
 * initdb. PGlite 0.4 makes every new cluster by running initdb in a second WebAssembly instance and
 * copying its files over: 2.5–3.5 s on CI's machine, against 0.5 s to load the same files. The test
 * suite opens hundreds of fresh in-memory databases, so its setup hands one image in
 * (tests/setup/pglite-image.ts); the product opens one database per process and never sets it.
 */
let freshClusterImage: (() => Blob | undefined) | undefined;

/** `load` is called at the first in-memory open that needs it; undefined from it means initdb as usual. */
export function useFreshClusterImage(load: (() => Blob | undefined) | undefined): void {
  freshClusterImage = load;
}

async function pgliteDialect(dataDir: string): Promise<Dialect> {
  // pg_trgm for the free-text index (migration 031), as on PostgreSQL.
  const extensions = { pg_trgm };
  let pg;
  if (dataDir === IN_MEMORY) {
    const image = freshClusterImage?.();
    pg = await PGlite.create(image ? { extensions, loadDataDir: image } : { extensions });
  } else {
    const dir = preparePgliteDir(dataDir);
    try {
      pg = await PGlite.create(dir, { extensions });
    } catch {
      // PGlite says only "failed to initialize properly" for a damaged or foreign cluster; the operator needs the folder.
      throw new DataDirCorrupt(dataDir);
    }
  }
  return new PGliteDialect(pg);
}

async function postgresDialect(url: string): Promise<Dialect> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', () => undefined);
  return new PostgresDialect({ pool });
}

export async function openDatabase(database: Config['database']): Promise<Database> {
  const dialect = database.kind === 'postgres' ? await postgresDialect(database.url) : await pgliteDialect(database.dataDir);
  const db = new Kysely<DB>({ dialect });
  return { db, kind: database.kind, close: () => db.destroy() };
}

/** Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Databasemigrering fejlede / migration failed: ${failed?.migrationName ?? ''} ${String(error)}`);
  }
}
