import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { IN_MEMORY, openDatabase, type Database, type DatabaseKind } from '../../../src/server/db/connect';
import type { Config } from '../../../src/server/config';

/** Every storage test runs against both: embedded PGlite and the real PostgreSQL. */
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

const adminUrl = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  /** What to put in Config.database to reach this database again (a restart). */
  config: Config['database'];
  /** Opens a new connection (pool or PGlite instance) to it. */
  open(): Promise<Database>;
  /** Drops it (PostgreSQL) or deletes its folder (PGlite). */
  drop(): Promise<void>;
}

/** A fresh database per call: a random PostgreSQL database, or a PGlite data dir (persistent when asked). */
export async function createTestDatabase(kind: DatabaseKind, opts: { persistent?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dir = opts.persistent ? mkdtempSync(path.join(tmpdir(), 'kl-pglite-')) : null;
    const config: Config['database'] = { kind: 'pglite', dataDir: dir ?? IN_MEMORY };
    return { kind, config, open: () => openDatabase(config), drop: async () => { if (dir) rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `kl_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const config: Config['database'] = { kind: 'postgres', url: url.toString() };
  return {
    kind, config, open: () => openDatabase(config),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
