/**
 * The browser bundles for the tests, built once per source state instead of once per test file.
 *
 * Each bundle (webpack/<name>.cjs, the same config as `npm run build`) is built into
 * node_modules/.cache/kl-test-bundles/<name>-<key>/<name>/, where the key hashes everything the
 * build reads (src/, assets/, webpack/, manifest/word/, the lock file, the env it reads). A finished
 * folder is never written again, so tests serve it directly as the server's DIST_DIR. The first test
 * file of a run that needs a bundle builds it under a lock (a directory, created atomically);
 * the others, in this run's other workers or a later run, wait for it or find it built.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type webpack from 'webpack';

export type BundleName = 'addin' | 'teams' | 'revision';

const root = path.resolve(__dirname, '..', '..', '..');
const cacheRoot = path.join(root, 'node_modules', '.cache', 'kl-test-bundles');

/** Every bundle is built as in production: smaller pages load faster in the browser tests, and CI's `npm run build` afterwards finds their modules in the same webpack cache. */
const MODES: Record<BundleName, 'production' | 'development'> = { addin: 'production', teams: 'production', revision: 'production' };
const INPUTS = ['src', 'assets', 'webpack', 'webpack.config.js', 'manifest/word', 'package-lock.json', 'tsconfig.json'];
/** Environment the configs read (the add-in's manifest is rendered for these). */
const ENV_INPUTS = ['PUBLIC_BASE_URL', 'ENTRA_CLIENT_ID'];
const DONE = '.built';

function hashTree(h: ReturnType<typeof createHash>, rel: string): void {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return;
  if (statSync(abs).isDirectory()) {
    for (const f of readdirSync(abs).sort()) hashTree(h, path.join(rel, f));
    return;
  }
  h.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
}

/**
 * A content hash of the build's inputs: a checkout or an edit that changes nothing keeps the bundle.
 * Two parts, `<sources>-<env>`: a test file that bakes its own client id into the bundle
 * (tab-sign-in, addin-auth-page) gets a variant beside the default one, and pruning removes only
 * the bundles of other source states, so the variants do not push each other out in every run.
 */
export function inputKey(name: BundleName): string {
  const h = createHash('sha256').update(`${name}:${MODES[name]}\0`);
  for (const i of INPUTS) hashTree(h, i);
  const e = createHash('sha256');
  for (const v of ENV_INPUTS) e.update(`${v}=${process.env[v] ?? ''}\0`);
  return `${h.digest('hex').slice(0, 16)}-${e.digest('hex').slice(0, 8)}`;
}

async function runWebpack(name: BundleName, outDir: string): Promise<void> {
  const wp = require('webpack') as typeof webpack;
  const makeConfig = require(path.join(root, 'webpack', `${name}.cjs`)) as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
  const config = makeConfig({ NO_SOURCEMAP: true, CACHE_DIR: path.join(root, 'node_modules', '.cache', `webpack-${name}-${MODES[name]}`) }, { mode: MODES[name] });
  config.output = { ...config.output, path: outDir };
  const compiler = wp(config);
  try {
    await new Promise<void>((resolve, reject) => compiler.run((err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack fejlede'));
      resolve();
    }));
  } finally {
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Removes this bundle's folders of other source states (any env variant), not those of the current one, nor one being built. */
function pruneOlder(name: BundleName, keep: string): void {
  const sources = keep.slice(0, keep.lastIndexOf('-'));
  for (const f of readdirSync(cacheRoot)) {
    if (f.startsWith(`${name}-`) && !f.startsWith(`${sources}-`) && !f.endsWith('.lock') && !existsSync(path.join(cacheRoot, `${f}.lock`)) && !f.includes('.tmp-')) {
      rmSync(path.join(cacheRoot, f), { recursive: true, force: true });
    }
  }
}

/**
 * A DIST_DIR holding `<name>/` built from the current sources: built now if no run has built this
 * source state yet, else the folder an earlier (or concurrent) build left. Read-only for the caller.
 */
export async function builtBundle(name: BundleName): Promise<string> {
  mkdirSync(cacheRoot, { recursive: true });
  const id = `${name}-${inputKey(name)}`;
  const dir = path.join(cacheRoot, id);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(path.join(dir, DONE))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // Someone else builds it: wait, unless that process died (then its lock is stale).
      const owner = Number(readFileSafe(path.join(lock, 'pid')));
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      const tmp = `${dir}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      const started = Date.now();
      await runWebpack(name, path.join(tmp, name));
      writeFileSync(path.join(tmp, DONE), `${new Date().toISOString()} ${Date.now() - started} ms\n`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
      pruneOlder(name, id);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

function readFileSafe(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

export interface StagedBundle {
  /** A private DIST_DIR whose `<name>/` exists at once (the server only serves folders that exist when it starts). */
  distDir: string;
  /** Resolves when the built files are in `<name>/`: the build (or the wait for it) runs meanwhile. */
  ready: Promise<void>;
  dispose(): void;
}

/**
 * The bundle in a private DIST_DIR, so a test can start its server (and seed its database) while
 * the shared build runs or is waited for; the files are copied in when it is done.
 */
export function stageBundle(name: BundleName): StagedBundle {
  const distDir = mkdtempSync(path.join(tmpdir(), `kl-${name}-dist-`));
  mkdirSync(path.join(distDir, name));
  const ready = builtBundle(name).then((shared) => cpSync(path.join(shared, name), path.join(distDir, name), { recursive: true }));
  return { distDir, ready, dispose: () => rmSync(distDir, { recursive: true, force: true }) };
}
