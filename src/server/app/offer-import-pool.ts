import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../errors';
import type { ImportCheck, ImportFormat, PreviewRow } from './offer-import-check';
import type { ImportTask, ImportTaskResult } from './offer-import-worker';

/**
 * Import files are read and checked off the event loop, in one worker thread (Piscina): parsing
 * and checking 100,000 rows takes seconds of CPU that would otherwise stall every other request
 * (issue 16.4). One thread, so that imports queue rather than take both cores of a small server;
 * it ends when idle. The worker is the compiled dist/node/offer-import-worker.cjs beside the
 * bundle (scripts/build-server.cjs) or, from the sources (tsx, jest), the TypeScript file
 * loaded through tsx.
 */
const fromSources = __filename.endsWith('.ts');
const workerFile = path.join(__dirname, fromSources ? 'offer-import-worker.ts' : 'offer-import-worker.cjs');

let pool: Piscina | undefined;

function importPool(): Piscina {
  if (pool) return pool;
  const created = new Piscina({
    filename: workerFile,
    name: 'checkImportTask',
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
    // From the sources the worker needs tsx to load TypeScript (a jest run has no loader of its own there).
    ...(fromSources ? { execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] } : {}),
  });
  // A worker that cannot start leaves its task waiting, and the pool's 'error' event unheard would
  // end the whole server: close the pool instead, which fails the waiting tasks (an internal error
  // to those requests); the next import starts a new one. Registered once per pool, when it is made
  // (once per import would add a listener every time).
  created.on('error', () => {
    if (pool === created) pool = undefined;
    void created.close({ force: true });
  });
  pool = created;
  return created;
}

/** The file checked in the worker; a dry run gets its valid rows as PreviewRow (no fields). */
export async function checkInWorker(format: ImportFormat, data: Buffer, municipalities: readonly string[], dryRun: true): Promise<Omit<ImportCheck, 'valid'> & { valid: PreviewRow[] }>;
export async function checkInWorker(format: ImportFormat, data: Buffer, municipalities: readonly string[], dryRun: false): Promise<ImportCheck>;
export async function checkInWorker(format: ImportFormat, data: Buffer, municipalities: readonly string[], dryRun: boolean) {
  // A copy of the bytes is moved to the worker (transferred, not copied again).
  const bytes = new Uint8Array(data);
  const task: ImportTask = { format, data: bytes, municipalities: [...municipalities], dryRun };
  const r = await importPool().run(task, { transferList: [bytes.buffer] }) as ImportTaskResult;
  if (!r.ok) throw new AppError(r.code, r.message, r.details, r.fields);
  return r.check;
}

/** Ends the worker (server shutdown, tests). */
export async function closeImportPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.close({ force: true });
}
