import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
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

// Each test starts its own server process (tsx, then PGlite's initdb): run side by side, they use the
// core that jest's single worker leaves idle.
describe('server entry point', () => {
  test.concurrent('a bad setting stops the start with exit code 2, naming the variable', async () => {
    const r = await run({ AUTH_MODE: 'dev', HOST: '0.0.0.0' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/AUTH_MODE.*loopback/);
  });

  test.concurrent('dev mode prints a banner with the URLs and shuts down gracefully on SIGTERM', async () => {
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

  test.concurrent('SIGTERM drains a request still in flight: it is answered, new connections are refused, exit code 0', async () => {
    let port = 0;
    let inFlight: Promise<{ status: number; body: string }> | undefined;
    let refused: Promise<string> | undefined;
    const exit = run({ AUTH_MODE: 'dev', HOST: '127.0.0.1', PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '20000' }, (text, kill) => {
      const m = /API: +http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
      if (port || !m) return;
      port = Number(m[1]);
      // A body that arrives slowly: the request has been routed and authenticated but not yet answered.
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/flags', headers: { 'content-type': 'application/json', 'content-length': '11' } });
      inFlight = new Promise((resolve, reject) => {
        req.on('response', (res) => {
          let body = '';
          res.on('data', (d: Buffer) => { body += d.toString(); });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
      });
      req.write('{"title":');
      setTimeout(() => {
        kill('SIGTERM');
        setTimeout(() => {
          refused = new Promise((resolve) => {
            const s = net.connect(port, '127.0.0.1');
            s.on('connect', () => { s.destroy(); resolve('connected'); });
            s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
          });
          void refused.then(() => req.end('1}'));
        }, 500);
      }, 300);
    });
    const r = await exit;
    expect(await refused).toBe('ECONNREFUSED');
    const answer = await inFlight!;
    // Answered by the route (a Danish validation error for this body), not cut off and not a 503 "closing".
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: expect.any(String) } });
    expect(r.code).toBe(0);
  });

  test.concurrent('a DATA_DIR that is a file stops the start with a Danish message naming DATA_DIR, no stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kl-datadir-'));
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await run({ AUTH_MODE: 'dev', HOST: '127.0.0.1', PORT: '0', DATA_DIR: file, LOG_LEVEL: 'warn' });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`DATA_DIR=${file}`);
    expect(r.err).toMatch(/ikke en mappe/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test.concurrent('a damaged database in DATA_DIR stops the start with a Danish message, no stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kl-datadir-'));
    mkdirSync(path.join(dir, 'pglite', 'base'), { recursive: true });
    writeFileSync(path.join(dir, 'pglite', 'PG_VERSION'), 'garbage\n');
    const r = await run({ AUTH_MODE: 'dev', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'warn' });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`DATA_DIR=${dir}`);
    expect(r.err).toMatch(/beskadiget/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
