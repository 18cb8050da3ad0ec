import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { ADMIN, REVIEWER, startTestApp, type TestApp } from './helpers/test-app';
import type { TokenOptions } from './helpers/entra';
import type { Database } from '../../src/server/db/connect';

/**
 * Who may call what, written down once as the spec says it (issue 11.1): every route needs a
 * signed-in user unless it is public; the administration and review actions need their role.
 * The test walks the OpenAPI document, so a new route that is not classified here fails it.
 */
type Access = 'public' | 'signed-in' | typeof ADMIN | typeof REVIEWER;
const ACCESS: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /api/offers': 'signed-in',
  'GET /api/offers/{id}': 'signed-in',
  'POST /api/offers': ADMIN,
  'PUT /api/offers/{id}': ADMIN,
  'POST /api/offers/{id}/suspend': ADMIN,
  'POST /api/offers/{id}/rates': ADMIN,
  'GET /api/free-places': 'signed-in',
  'POST /api/offers/import': ADMIN,
  'GET /api/offers/export': 'signed-in',
  'GET /api/rate-increases': 'signed-in',
  'PUT /api/rate-increases/{year}/{offerId}/status': ADMIN,
  'POST /api/flags': 'signed-in',
  'GET /api/flags': 'signed-in',
  'GET /api/flags/mine': 'signed-in',
  'GET /api/flags/{id}': 'signed-in',
  'PATCH /api/flags/{id}': REVIEWER,
  'POST /api/flags/{id}/comments': 'signed-in',
  'GET /api/audit': ADMIN,
  'GET /api/review-targets': 'signed-in',
  'GET /api/admin/review-targets': ADMIN,
  'PATCH /api/admin/review-targets/{id}': ADMIN,
};
/** Routes hidden from the OpenAPI document, classified all the same. */
const HIDDEN: Record<string, Access> = {
  'GET /api/openapi.json': 'public',
};

const IDENTITIES: Record<string, TokenOptions | null> = {
  anonymous: null,
  user: { roles: [] },
  admin: { roles: [ADMIN] },
  reviewer: { roles: [REVIEWER] },
};

const concrete = (p: string) => p
  .replace('{year}', '2026')
  .replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

describe.each(DATABASE_KINDS)('route access by identity on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let t: TestApp;
  let routes: [string, Access][];

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    t = await startTestApp(database);
    const doc = (await t.call('GET', '/api/openapi.json', { token: null })).json<{ paths: Record<string, Record<string, unknown>> }>();
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    routes = documented.map((r) => [r, ACCESS[r]!] as [string, Access]);
    routes.push(...Object.entries(HIDDEN));
    // Classified here and documented there, both ways.
    expect(documented.filter((r) => !(r in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((r) => !documented.includes(r))).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await tdb?.drop();
  });

  test('every route answers each identity as its access says, before the body is read', async () => {
    const wrong: string[] = [];
    for (const [route, access] of routes) {
      const [method, path] = route.split(' ') as [string, string];
      for (const [who, as] of Object.entries(IDENTITIES)) {
        // A body that cannot be parsed: a refusal must come before parsing, so 401/403 and not 400.
        const body = method === 'GET' ? {} : { payload: '{not json', headers: { 'content-type': 'application/json' } };
        const res = await t.call(method, concrete(path), { ...(as === null ? { token: null } : { as }), ...body });
        const allowed = access === 'public' || (access === 'signed-in' ? as !== null : as?.roles?.includes(access) ?? false);
        const expected = allowed ? 'not 401/403' : as === null ? 401 : 403;
        const ok = allowed ? res.status !== 401 && res.status !== 403 && res.status < 500 : res.status === expected;
        if (!ok) wrong.push(`${route} as ${who}: ${res.status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a refusal names its code in Danish and carries the security headers', async () => {
    const res = await t.call('POST', '/api/offers', { as: { roles: [] }, payload: '{', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
    expect(res.json().error.message).toMatch(/rollen "Leverandoerliste.Admin" kræves/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self' https:\/\/\*\.cloud\.microsoft .*https:\/\/teams\.microsoft\.com/);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  describe('the path as an attacker writes it, over a real socket (no client normalises it)', () => {
    let base: { port: number };
    beforeAll(async () => {
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      base = { port: (t.app.server.address() as AddressInfo).port };
    });
    const rawGet = (rawPath: string, authorization?: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: base.port, method: 'GET', path: rawPath, headers: authorization ? { authorization } : {} }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => { body += c; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

    test.each([
      '/%61pi/offers', '/api/%6Fffers', '/%61%70%69/offers', '/api/offers%2F', '/api/offers/', '/api/offers?x=%00',
      '/api/offers/00000000-0000-4000-8000-000000000000', '/%61pi/flags', '/%61pi/audit', '/api/./offers', '/api/x/../offers',
      '/api/offers;jsessionid=1', '/api/offers#x', '/api%2Foffers',
    ])('GET %s without a token never returns data', async (p) => {
      const res = await rawGet(p);
      expect([400, 401, 404]).toContain(res.status);
      expect(res.body).not.toMatch(/"items"|"providerName"|"title"/);
    });

    test.each(['//api/offers', '///api/offers', '//%61pi/offers', '/API/offers', '/Api/Offers'])('GET %s is not a way round: 404 or 401 for everyone', async (p) => {
      const anonymous = await rawGet(p);
      expect([401, 404]).toContain(anonymous.status);
      expect(anonymous.body).not.toMatch(/"items"/);
    });

    test('the decoded path is the route that decides: /%61pi/offers with a token is the list', async () => {
      const res = await rawGet('/%61pi/offers', `Bearer ${await t.entra.token({ roles: [] })}`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toHaveProperty('items');
    });

    test('unknown paths are 404 for everyone, with or without a token', async () => {
      expect((await rawGet('/api/nothing-here')).status).toBe(404);
      expect((await rawGet('/api/nothing-here', `Bearer ${await t.entra.token({ roles: [ADMIN] })}`)).status).toBe(404);
    });
  });
});
