/**
 * What the API and I/O benches share: the server (./api-server.ts) as its own process on a
 * throw-away PostgreSQL database seeded with demo offers, and its shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../../src/server/db/connect';
import type { DB } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';

export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchServer {
  base: string;
  child: ChildProcess;
  /** The server's stdout, line by line (e.g. ./memory-probe.cjs's lines). */
  lines: ReturnType<typeof createInterface>;
}

/**
 * Starts the server on `databaseUrl` (dev auth, silent log) with `env` on top; resolves once it
 * listens. `checkout` runs another checkout's server instead (its own sources and node_modules),
 * to compare two revisions in one run.
 */
export async function startServer(databaseUrl: string, env: Record<string, string> = {}, checkout?: string, nodeArgs: readonly string[] = []): Promise<BenchServer> {
  const root = checkout ?? path.join(__dirname, '..', '..');
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(root, 'bench', 'support', 'api-server.ts')], {
    cwd: root,
    env: { ...process.env, AUTH_MODE: 'dev', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', KL_DEMO: '0', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    lines.on('line', (line) => {
      const m = /^listening (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  return { base, child, lines };
}

export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** A fresh database named `kl_bench_<prefix>_<random>`, migrated and seeded; returns its URL and the seeding time. */
export async function seededDatabase(admin: pg.Client, prefix: string, offers: number): Promise<{ name: string; url: string; seedSeconds: number }> {
  const name = `kl_bench_${prefix}_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 2 }) }) });
  try {
    await migrateToLatest(db);
    const t0 = performance.now();
    await seedDemo(db, { offers, flags: 0, now: new Date() });
    // The rates trigger rewrites each offer once while seeding: vacuum, as autovacuum would soon.
    await sql`vacuum analyze offers`.execute(db);
    return { name, url: url.toString(), seedSeconds: (performance.now() - t0) / 1000 };
  } finally {
    await db.destroy();
  }
}

export const dropDatabase = (admin: pg.Client, name: string) => admin.query(`drop database if exists ${name} with (force)`);

export const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
