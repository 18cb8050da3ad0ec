import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, type AppInstance } from '../../../../src/server/app';
import { loadConfig } from '../../../../src/server/config';
import { LocalEntra } from '../../../integration/helpers/entra';

const repoAssets = path.resolve(__dirname, '..', '..', '..', '..', 'assets');

/** Issue 14.9: `/` is a small Danish page for a newcomer, not JSON; the samples it offers download without a login. */
describe('landing page', () => {
  let app: AppInstance;
  let entra: LocalEntra;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'kl-dist-'));
    mkdirSync(path.join(dist, 'teams'));
    writeFileSync(path.join(dist, 'teams', 'index.html'), '<!doctype html><title>Fane</title>');
    entra = await new LocalEntra().start();
    app = await buildApp(loadConfig({ ...entra.env(), DATA_DIR: 'memory://', DIST_DIR: dist, ASSETS_DIR: repoAssets, LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => {
    await app?.close();
    await entra?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  test('`/` is Danish HTML linking the built faces, the API docs and every sample contract', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain('frame-ancestors');
    expect(res.body).toContain('<html lang="da">');
    expect(res.body).toContain('href="/teams/index.html"');
    expect(res.body).toContain('href="/api/openapi.json"');
    // The add-in is not built in this dist/: no dead link, a hint how to build it.
    expect(res.body).not.toContain('href="/addin/taskpane.html"');
    expect(res.body).toContain('Ikke bygget endnu');
    expect(res.body).toContain('href="/eksempler/korrekt-01.docx"');
    expect(res.body).toContain('href="/skabeloner/kl-voksen-2.1.docx"');
    expect(res.body).not.toMatch(/<script/i);
  });

  test('a sample contract downloads as an attachment without a token; no directory listing, no way out of the folder', async () => {
    const res = await app.inject({ url: '/eksempler/korrekt-01.docx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // @fastify/static answers a folder without index with 403: refused either way, never a listing.
    expect([403, 404]).toContain((await app.inject({ url: '/eksempler/' })).statusCode);
    const escape = await app.inject({ url: '/eksempler/..%2f..%2fpackage.json' });
    expect([403, 404]).toContain(escape.statusCode);
    expect(escape.body).not.toContain('"name": "kl-kontrakt"');
  });

  test('the API stays closed: the landing page does not open anything else', async () => {
    expect((await app.inject({ url: '/api/offers' })).statusCode).toBe(401);
  });
});
