/**
 * The installed bins (bin/*.cjs, issue 16 point 2): they run the compiled bundle from
 * `npm run build:cli`, never the TypeScript loader; without a build they say so in Danish (exit 2).
 * Each test uses a private copy of bin/ with its own dist/cli inside the checkout (so the bundle
 * finds assets/templates above it), never the checkout's own dist/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contractsDir } from './docx-builder';
import { repoRoot, runCli } from './run';

describe('the installed bins', () => {
  const base = path.join(repoRoot, '.tmp', `bin-test-${process.pid}`);
  const bin = (name: string): string => path.join(base, 'bin', `${name}.cjs`);
  beforeAll(() => {
    mkdirSync(path.join(base, 'bin'), { recursive: true });
    for (const f of ['kl-check.cjs', 'kl-fill.cjs', 'run-cli.cjs']) copyFileSync(path.join(repoRoot, 'bin', f), path.join(base, 'bin', f));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('without a build: a Danish message naming npm run build:cli, exit 2, nothing checked and no tsx', () => {
    const r = runCli('kl-check', ['--json', contractsDir], { entry: bin('kl-check') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('kl-check: programmet er ikke bygget');
    expect(r.stderr).toContain('npm run build:cli');
    expect(r.tsxLoaded).toBe(false);
    const fill = runCli('kl-fill', ['--help'], { entry: bin('kl-fill') });
    expect(fill.code).toBe(2);
    expect(fill.stderr).toContain('kl-fill: programmet er ikke bygget');
  });

  describe('with a build', () => {
    beforeAll(() => {
      const b = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.cjs'), '--outdir', path.join(base, 'dist', 'cli')], { encoding: 'utf8' });
      expect(b.status).toBe(0);
    });

    it('kl-check runs the compiled JavaScript: the same JSON as the source, tsx never loaded', () => {
      const source = runCli('kl-check', ['--json', '--fields', contractsDir]);
      const installed = runCli('kl-check', ['--json', '--fields', contractsDir], { entry: bin('kl-check') });
      expect(installed.code).toBe(source.code);
      expect(installed.stderr).toBe('');
      expect(JSON.parse(installed.stdout)).toEqual(JSON.parse(source.stdout));
      expect(installed.tsxLoaded).toBe(false);
      expect(source.tsxLoaded).toBe(true); // the probe can tell
    });

    it('results come in input order however many workers share the batch', () => {
      const args = ['--json', contractsDir, contractsDir, contractsDir];
      const one = runCli('kl-check', args, { entry: bin('kl-check'), env: { KL_CHECK_WORKERS: '1' } });
      const four = runCli('kl-check', args, { entry: bin('kl-check'), env: { KL_CHECK_WORKERS: '4' } });
      expect(JSON.parse(four.stdout)).toEqual(JSON.parse(one.stdout));
      expect((JSON.parse(one.stdout) as { files: unknown[] }).files.length).toBeGreaterThan(3);
    });

    it('kl-fill runs compiled too', () => {
      const r = runCli('kl-fill', ['--help'], { entry: bin('kl-fill') });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/kl-fill/);
      expect(r.tsxLoaded).toBe(false);
    });
  });
});
