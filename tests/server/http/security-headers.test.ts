import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, type AppInstance } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { LocalEntra } from '../../integration/helpers/entra';

/** Issue 11.7: headers on every response, pages frameable by exactly Microsoft's hosts. */
describe('security headers', () => {
  let app: AppInstance;
  let entra: LocalEntra;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'kl-dist-'));
    mkdirSync(path.join(dist, 'addin'));
    writeFileSync(path.join(dist, 'addin', 'taskpane.html'), '<!doctype html><title>KL Kontrakt</title>');
    writeFileSync(path.join(dist, 'addin', 'auth.html'), '<!doctype html><title>KL Kontrakt – log ind</title>');
    mkdirSync(path.join(dist, 'teams'));
    writeFileSync(path.join(dist, 'teams', 'auth.html'), '<!doctype html><title>KL Kontrakt – log ind</title>');
    entra = await new LocalEntra().start();
    app = await buildApp(loadConfig({ ...entra.env(), DATA_DIR: 'memory://', DIST_DIR: dist, LOG_LEVEL: 'silent', CORS_ORIGINS: 'https://kommune.example' }));
  });
  afterAll(async () => {
    await app?.close();
    await entra?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  test('the task pane is public and may be framed by Teams, Outlook, Microsoft 365 and Office on the web, nobody else', async () => {
    const res = await app.inject({ url: '/addin/' });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(ancestors).toEqual(expect.arrayContaining([
      "'self'", 'https://*.cloud.microsoft', 'https://teams.microsoft.com', 'https://*.teams.microsoft.com',
      'https://*.microsoft365.com', 'https://*.office.com', 'https://outlook.office.com', 'https://outlook.office365.com',
    ]));
    expect(ancestors).not.toContain('*');
    // office.js must load from Microsoft's CDN; nothing else from outside.
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test('the auth pages (Office dialog, teams-js authenticate) are public, keep their opener (COOP unsafe-none) and may reach Entra ID', async () => {
    for (const url of ['/addin/auth.html', '/teams/auth.html', '/addin/auth.html?loginHint=mette%40naestved.dk']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cross-origin-opener-policy']).toBe('unsafe-none');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/connect-src [^;]*https:\/\/login\.microsoftonline\.com/);
      expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    }
    // Every other page keeps the stricter policy.
    expect((await app.inject({ url: '/addin/taskpane.html' })).headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  });

  test('API JSON is never cached; errors and 404s carry the headers too', async () => {
    const health = await app.inject({ url: '/api/health' });
    expect(health.headers['cache-control']).toBe('no-store');
    for (const url of ['/api/offers', '/api/does-not-exist', '/nope']) {
      const res = await app.inject({ url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeDefined();
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  test('a CORS preflight (no token, as browsers send it) allows the methods the API uses', async () => {
    const res = await app.inject({
      method: 'OPTIONS', url: '/api/flags/abc',
      headers: { origin: 'https://kommune.example', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,if-match,content-type' },
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['access-control-allow-methods']).split(',').map((m) => m.trim())).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    expect(res.headers['access-control-allow-origin']).toBe('https://kommune.example');
    // An OPTIONS that is no real preflight gets the same empty answer: headers, never data.
    const bare = await app.inject({ method: 'OPTIONS', url: '/api/offers' });
    expect(bare.statusCode).toBe(204);
    expect(bare.body).toBe('');
  });

  test('FRAME_ANCESTORS replaces the list', async () => {
    const custom = await buildApp(loadConfig({ ...entra.env(), DATA_DIR: 'memory://', DIST_DIR: dist, LOG_LEVEL: 'silent', FRAME_ANCESTORS: 'https://intra.kommune.example' }));
    try {
      const csp = String((await custom.inject({ url: '/addin/' })).headers['content-security-policy']);
      expect(/frame-ancestors ([^;]+)/.exec(csp)?.[1]).toBe("'self' https://intra.kommune.example");
    } finally {
      await custom.close();
    }
  });
});
