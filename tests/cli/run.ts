/** Runs a CLI as a child process, as a user would, and measures its peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child process (all its threads), bytes: its own VmHWM (see exit-probe.cjs). */
  peakRss: number;
  /** Whether the child loaded tsx (the TypeScript loader); null when it did not exit normally. */
  tsxLoaded: boolean | null;
}

export interface RunOptions {
  /** A compiled entry (dist/cli/kl-check.cjs) instead of the TypeScript source through tsx. */
  entry?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export function runCli(script: 'kl-check' | 'kl-fill', args: string[], opts: RunOptions = {}): CliRun {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kl-cli-probe-'));
  const probeFile = path.join(tmp, 'probe.json');
  try {
    const entry = opts.entry ? [opts.entry] : ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', `${script}.ts`)];
    const r = spawnSync(process.execPath, ['--require', path.join(__dirname, 'exit-probe.cjs'), ...entry, ...args], {
      cwd: repoRoot, encoding: 'utf8', timeout: opts.timeoutMs ?? 60_000, maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ...opts.env, KL_TEST_EXIT_PROBE: probeFile },
    });
    let probe: { maxRssKb: number; tsxLoaded: boolean } | null = null;
    try {
      probe = JSON.parse(readFileSync(probeFile, 'utf8')) as { maxRssKb: number; tsxLoaded: boolean };
    } catch {
      probe = null; // the child did not get to exit normally
    }
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, peakRss: probe ? probe.maxRssKb * 1024 : Number.NaN, tsxLoaded: probe?.tsxLoaded ?? null };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const ONE_GB = 1024 * 1024 * 1024;
