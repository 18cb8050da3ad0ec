/**
 * `npm start` start-up time (issue 16 point 5): in a throw-away copy of this checkout (its tracked and
 * untracked-but-not-ignored files, i.e. what a fresh clone plus the working tree's edits would hold),
 * the first run (no dist/, no webpack cache, no database) and a later start (same copy, bundles and
 * database present), each timed from spawning `npm start` until the landing page and every bundle's page
 * answer 200. Baselines in the same run: `node -e 0` and the bare cold `webpack --mode production` of
 * the same config (webpack-cli, as `npm run build`: it exits after storing the filesystem cache), so the
 * ratios show what the start adds around webpack, or saves by not waiting for the cache to be stored.
 * The copy's node_modules is a folder of symlinks to this checkout's packages, without .cache: no
 * install, and webpack's filesystem cache (node_modules/.cache/kl-webpack, set by scripts/start.cjs)
 * starts empty, as after `npm ci`. `npm run bench -- start` runs this bench alone;
 * BENCH_COMPARE_WITH=<another checkout> also times that checkout's first run, right after this one's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const checkout = path.join(__dirname, '..');
/** What "usable" means: the landing page and the page of each bundle it links to. */
const PAGES = ['/', '/addin/taskpane.html', '/teams/index.html', '/revision/index.html'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

/** Copies `from`'s files into `dir`, with this checkout's packages (`from` may be another checkout with the same lock file). */
function copyCheckout(dir: string, from = checkout) {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: from, encoding: 'utf8' }).stdout
    .split('\0').filter(Boolean);
  for (const f of files) {
    try { cpSync(path.join(from, f), path.join(dir, f), { preserveTimestamps: false }); } catch { /* deleted in the working tree */ }
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(checkout, 'node_modules')).filter((n) => n !== '.cache')) {
    symlinkSync(path.join(checkout, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
}

const freePort = () => new Promise<number>((resolve, reject) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address() as { port: number };
    srv.close(() => resolve(port));
  }).on('error', reject);
});

async function allPagesAnswer(base: string): Promise<boolean> {
  for (const p of PAGES) {
    const status = await fetch(base + p).then((r) => { void r.body?.cancel(); return r.status; }, () => 0);
    if (status !== 200) return false;
  }
  return true;
}

/** What a developer's shell would pass: no NODE_ENV (the bench runner may set one), a port and a data folder of its own. */
function startEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.NODE_ENV;
  return env;
}

interface StartFigures { total: number; marks: [string, number][] }

/** Spawns `npm start` in its own process group, waits until every page answers 200, then stops the whole group. */
async function timeStart(dir: string, dataDir: string): Promise<StartFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: startEnv(port, dataDir),
  });
  const marks: [string, number][] = [];
  const mark = (line: string) => {
    if (/Bygger /.test(line)) marks.push(['server bundle built, webpack + database started', performance.now() - t0]);
    if (/Bygget på/.test(line)) marks.push(['bundles written + database ready', performance.now() - t0]);
    if (/server kører/.test(line)) marks.push(['server listening', performance.now() - t0]);
  };
  let stdout = '';
  createInterface({ input: child.stdout! }).on('line', (line) => { stdout += `${line}\n`; mark(line); });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let gone = false;
  void exited.then(() => { gone = true; });
  try {
    while (!(await allPagesAnswer(base))) {
      if (gone) throw new Error(`npm start exited before the pages answered:\n${stdout.slice(-2000)}${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { total: performance.now() - t0, marks };
  } finally {
    if (!gone) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // start.cjs waits in spawnSync: the server is its child, in the same group; wait until it has let go of the port.
    while (await fetch(base + '/api/health').then(() => true, () => false)) await new Promise((r) => setTimeout(r, 100));
  }
}

function timed(cmd: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  return performance.now() - t0;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kl-start-bench-'));
  try {
    const load0 = loadavg();
    const nodeStart = timed(process.execPath, ['-e', '0'], dir);
    // The bare cold webpack build of the same config (`npm run build`'s), with an empty cache of its own, once
    // before and once after the starts, so a change in the machine's load shows; it writes dist/ in a copy
    // of its own, so the first run still finds none.
    const webpackCold = (n: number) => {
      const copy = path.join(dir, `webpack-baseline-${n}`);
      mkdirSync(copy);
      copyCheckout(copy);
      return timed(path.join(copy, 'node_modules', '.bin', 'webpack'), ['--mode', 'production', '--env', `CACHE_DIR=${path.join(copy, 'wp-cache')}`], copy);
    };
    const copy = path.join(dir, 'start');
    mkdirSync(copy);
    copyCheckout(copy);
    const dataDir = path.join(dir, 'bench-data');
    const webpackBefore = webpackCold(1);
    const first = await timeStart(copy, dataDir);
    const later = await timeStart(copy, dataDir);
    const other = process.env.BENCH_COMPARE_WITH;
    let otherFirst: StartFigures | undefined;
    if (other) {
      const otherCopy = path.join(dir, 'compare');
      mkdirSync(otherCopy);
      copyCheckout(otherCopy, path.resolve(other));
      otherFirst = await timeStart(otherCopy, path.join(dir, 'compare-data'));
    }
    const webpackAfter = webpackCold(2);
    const webpack = (webpackBefore + webpackAfter) / 2;
    const webpackWarm = timed(path.join(dir, 'webpack-baseline-2', 'node_modules', '.bin', 'webpack'), ['--mode', 'production', '--env', `CACHE_DIR=${path.join(dir, 'webpack-baseline-2', 'wp-cache')}`], path.join(dir, 'webpack-baseline-2'));

    console.log(`npm start until ${PAGES.join(', ')} all answer 200 (fresh copy of the checkout, cold webpack cache)`);
    console.log('                                          time     vs node -e 0   vs cold webpack');
    const row = (name: string, ms: number) => console.log(`${name.padEnd(38)} ${seconds(ms)} ${(ms / nodeStart).toFixed(0).padStart(10)}× ${(ms / webpack).toFixed(2).padStart(12)}`);
    row('node -e 0 (baseline)', nodeStart);
    row('webpack-cli production, cold (mean)', webpack);
    console.log(`  cold webpack before the starts ${seconds(webpackBefore)}, after ${seconds(webpackAfter)}`);
    row('webpack-cli production, warm cache', webpackWarm);
    row('npm start, first run', first.total);
    row('npm start, later start', later.total);
    if (otherFirst) row(`first run of ${other}`, otherFirst.total);
    for (const [name, f] of [['first run', first], ['later start', later], ...(otherFirst ? [[`first run of ${other}`, otherFirst]] as const : [])] as const) {
      console.log(`  ${name}: ${f.marks.map(([m, t]) => `${m} at ${(t / 1000).toFixed(1)} s`).join('; ') || 'no build'}`);
    }
    console.log(`first run minus cold webpack: ${((first.total - webpack) / 1000).toFixed(1)} s`);
    console.log(`load average before: ${load0}; after: ${loadavg()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e) => { console.error(e); process.exit(1); });
