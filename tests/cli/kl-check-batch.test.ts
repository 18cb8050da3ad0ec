/**
 * kl-check as compiled JavaScript (npm run build:cli) on large batches: the same results as the
 * TypeScript source, every file of a 2,000-file tree in input order, and the whole process (main
 * thread and workers) under 1 GB of peak memory.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractsDir, repoRoot } from './docx-builder';
import { ONE_GB, runCli } from './run';

interface JsonOut {
  files: Array<{ file: string; category: string }>;
  summary: { files: number; byCategory: Record<string, number> };
}

describe('kl-check compiled, on large batches', () => {
  let tmp: string;
  let built: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'kl-check-batch-'));
    // Inside the checkout (ignored by git and lint), so the bundle finds assets/templates above it.
    built = path.join(repoRoot, '.tmp', `cli-test-${process.pid}`);
    const b = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.cjs'), '--outdir', built], { encoding: 'utf8' });
    expect(b.status).toBe(0);
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  });

  it('the compiled bundle gives the same JSON and exit code as the TypeScript source', () => {
    const source = runCli('kl-check', ['--json', '--fields', contractsDir]);
    const compiled = spawnSync(process.execPath, [path.join(built, 'kl-check.cjs'), '--json', '--fields', contractsDir], { cwd: repoRoot, encoding: 'utf8' });
    expect(compiled.status).toBe(source.code);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(source.stdout));
  });

  it('a 2,000-file tree: a result for every file, in input order, with peak memory under 1 GB', () => {
    const fixtures = readdirSync(contractsDir).filter((f) => f.endsWith('.docx')).sort();
    const tree = path.join(tmp, 'kontrakter');
    const expectedOrder: string[] = [];
    for (let d = 0; d < 20; d++) {
      const dir = path.join(tree, `mappe-${String(d).padStart(2, '0')}`);
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < 100; i++) {
        const name = `k-${String(i).padStart(3, '0')}-${fixtures[i % fixtures.length]}`;
        copyFileSync(path.join(contractsDir, fixtures[i % fixtures.length] as string), path.join(dir, name));
        expectedOrder.push(path.join(dir, name));
      }
    }
    const r = runCli('kl-check', ['--json', tree], { entry: path.join(built, 'kl-check.cjs'), timeoutMs: 300_000 });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.summary.files).toBe(2000);
    expect(out.files.map((f) => f.file)).toEqual(expectedOrder);
    // Every fixture's category, 200 times over (each of the 10 fixtures is used for 200 files).
    expect(Object.values(out.summary.byCategory).reduce((a, b) => a + b, 0)).toBe(2000);
    expect(out.summary.byCategory['ikke-laesbar']).toBeUndefined();
    // Measured by the child itself: the high-water mark of its own address space, worker threads included (exit-probe.cjs).
    expect(r.peakRss).toBeGreaterThan(0);
    expect(r.peakRss).toBeLessThan(ONE_GB);
  });
});
