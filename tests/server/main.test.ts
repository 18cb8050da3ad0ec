import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const main = path.join(root, 'src', 'server', 'main.ts');

function run(env: Record<string, string>, onOutput?: (text: string, kill: (s: NodeJS.Signals) => void) => void) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(tsx, [main], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); onOutput?.(out, (s) => child.kill(s)); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('server entry point', () => {
  test('a bad setting stops the start with exit code 2, naming the variable', async () => {
    const r = await run({ AUTH_MODE: 'dev', HOST: '0.0.0.0' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/AUTH_MODE.*loopback/);
  });

  test('dev mode prints a banner with the URLs and shuts down gracefully on SIGTERM', async () => {
    let signalled = false;
    const r = await run({ AUTH_MODE: 'dev', HOST: '127.0.0.1', PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'warn' }, (text, kill) => {
      if (!signalled && text.includes('Stop med Ctrl+C')) { signalled = true; kill('SIGTERM'); }
    });
    expect(signalled).toBe(true);
    expect(r.out).toMatch(/API: +http:\/\/127\.0\.0\.1:\d+\/api\/health/);
    expect(r.out).toMatch(/OpenAPI: +http:\/\/127\.0\.0\.1:\d+\/api\/openapi\.json/);
    expect(r.out).toContain('/addin/');
    expect(r.out).toContain('/teams/');
    expect(r.code).toBe(0);
  });
});
