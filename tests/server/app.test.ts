import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, type AppInstance } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { LocalEntra } from '../integration/helpers/entra';

/** App-level behaviour that does not depend on the database kind (in-memory PGlite). */
describe('server app', () => {
  const lines: string[] = [];
  let app: AppInstance;
  let entra: LocalEntra;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'kl-dist-'));
    mkdirSync(path.join(dist, 'addin'));
    mkdirSync(path.join(dist, 'teams'));
    writeFileSync(path.join(dist, 'addin', 'index.html'), '<!doctype html><title>KL Kontrakt tilføjelsesprogram</title>');
    writeFileSync(path.join(dist, 'teams', 'index.html'), '<!doctype html><title>KL Kontrakt Teams</title>');
    entra = await new LocalEntra().start();
    app = await buildApp(
      loadConfig({ ...entra.env(), DATA_DIR: 'memory://', DIST_DIR: dist, LOG_LEVEL: 'info', KL_DEMO: '1', KL_DEMO_OFFERS: '40' }),
      { logStream: { write: (l: string) => lines.push(l) } },
    );
  });
  afterAll(async () => {
    await app?.close();
    await entra?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  test('serves the built add-in and tab', async () => {
    const a = await app.inject({ url: '/addin/' });
    expect(a.statusCode).toBe(200);
    expect(a.body).toContain('tilføjelsesprogram');
    expect((await app.inject({ url: '/teams/' })).body).toContain('Teams');
    expect((await app.inject({ url: '/nope' })).statusCode).toBe(404);
  });

  test('demo data is seeded into an empty database', async () => {
    const token = await entra.token();
    const res = await app.inject({ url: '/api/offers?limit=5', headers: { authorization: `Bearer ${token}` } });
    expect(res.json().total).toBe(40);
    expect(res.json().items[0].name).toMatch(/\(fiktivt\)$/);
  });

  test('logs hold method, route, status and duration only: no token, no body, no CPR', async () => {
    lines.length = 0;
    const token = await entra.token({ roles: ['Kontrakt.Reviewer'] });
    await app.inject({ method: 'POST', url: '/api/flags', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ title: 'Hemmelig titel', comment: 'borger 010190-1234' }) });
    await app.inject({ method: 'POST', url: '/api/flags', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ title: 'Hemmelig titel', findings: [] }) });
    await app.inject({ method: 'GET', url: '/api/offers?q=010190-1234', headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: 'GET', url: '/api/offers', headers: { authorization: 'Bearer forged.token.value' } });
    const log = lines.join('');
    expect(log).toContain('"route":"/api/flags"');
    expect(log).toContain('"status":422');
    expect(log).toContain('"status":201');
    expect(log).toContain('"status":401');
    expect(log).not.toContain(token);
    expect(log).not.toContain('forged.token.value');
    expect(log).not.toContain('Hemmelig');
    expect(log).not.toContain('010190');
    expect(log).not.toMatch(/authorization/i);
  });

  test('OpenAPI document is served without a token', async () => {
    const res = await app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().info.title).toBe('KL Kontrakt API');
    expect(res.json().components.securitySchemes.entra.scheme).toBe('bearer');
  });
});
