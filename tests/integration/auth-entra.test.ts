/**
 * Entra ID token checks as Microsoft's identity platform asks of a web API (issue 11 point 2):
 * scope for delegated tokens, allow-listed roles for app-only tokens, tid against iss, iat and
 * lifetime, clock skew, and a key set that fails closed (503) and recovers at once. Every token is
 * signed by keys made with jose and served from a loopback JWKS endpoint (helpers/entra.ts).
 */
import { createTestDatabase, type TestDatabase } from './helpers/databases';
import { LocalEntra, OTHER_TENANT, TENANT } from './helpers/entra';
import { ADMIN, REVIEWER, startTestApp, type TestApp } from './helpers/test-app';
import type { Database } from '../../src/server/db/connect';
import { loadConfig } from '../../src/server/config';

describe('Entra ID access tokens', () => {
  let tdb: TestDatabase;
  let database: Database;
  let entra: LocalEntra;
  let t: TestApp;

  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
    database = await tdb.open();
    entra = await new LocalEntra().start();
    t = await startTestApp(database, { entra, env: { ENTRA_APP_ROLES: ADMIN, ENTRA_CLOCK_SKEW_SECONDS: '120' } });
  });
  afterAll(async () => {
    await t?.close();
    await entra?.stop();
    await database?.close();
    await tdb?.drop();
  });

  const get = async (token: string) => t.call('GET', '/api/offers', { token });
  const hour = 3600;

  test('a delegated token with access_as_user in scp is accepted', async () => {
    expect((await get(await entra.token({ scp: 'User.Read access_as_user' }))).status).toBe(200);
  });

  describe('refused: the token does not grant this API (403 insufficient_scope)', () => {
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['delegated token without access_as_user', () => entra.token({ scp: 'User.Read' }), /access_as_user/],
      ['delegated token with idtyp app', () => entra.token({ idtyp: 'app' }), /access_as_user/],
      ['user token (idtyp user) without scp', () => entra.token({ scp: null, idtyp: 'user', roles: [ADMIN] }), /access_as_user/],
      ['app-only token without any role', () => entra.token({ scp: null, idtyp: 'app' }), /Programmer/],
      ['app-only token with a role that is not allow-listed', () => entra.token({ scp: null, idtyp: 'app', roles: [REVIEWER] }), /Programmer/],
      ['app-only token without idtyp and without an allowed role', () => entra.token({ scp: null, roles: ['Something.Else'] }), /Programmer/],
    ];
    test.each(cases)('%s', async (_name, token, message) => {
      const res = await get(await token());
      expect(res.status).toBe(403);
      expect(res.json().error.code).toBe('auth.insufficient-scope');
      expect(res.headers['www-authenticate']).toBe('Bearer error="insufficient_scope"');
      expect(res.json().error.message).toMatch(message);
    });
  });

  test('an app-only token with an allow-listed role is accepted, with only that role', async () => {
    const tok = await entra.token({ scp: null, idtyp: 'app', roles: [ADMIN, REVIEWER], oid: 'sp-1', claims: { app_displayname: 'Indberetning' } });
    expect((await get(tok)).status).toBe(200);
    // Reviewer is not on ENTRA_APP_ROLES, so the application cannot act as one.
    const res = await t.call('PATCH', '/api/flags/x', { token: tok, body: {}, headers: { 'if-match': '"x.1"' } });
    expect(res.status).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
  });

  describe('refused: the token is not valid here (401)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['tid differs from the tenant in iss', () => entra.token({ claims: { tid: OTHER_TENANT } }), /tid.*iss|passer ikke/],
      ['no tid', () => entra.token({ claims: { tid: undefined } }), /passer ikke/],
      ['iss of an allowed tenant, tid of another', () => entra.token({ tenant: OTHER_TENANT, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` }), /passer ikke/],
      ['issuer that is not Entra ID', () => entra.token({ issuer: `https://evil.example/${TENANT}/v2.0` }), /organisation/],
      ['tenant not served by this server', () => entra.token({ tenant: OTHER_TENANT }), /organisation/],
      ['iat in the future beyond the clock skew', () => entra.token({ issuedAtOffsetSeconds: 10 * 60 }), /fremtiden/],
      ['lifetime over 24 hours', () => entra.token({ issuedAtOffsetSeconds: -60, expiresInSeconds: 24 * hour }), /24 timer/],
      ['expired beyond the clock skew', () => entra.token({ issuedAtOffsetSeconds: -2 * hour, expiresInSeconds: -5 * 60 }), /udløbet/],
      ['no iat', () => entra.token({ claims: { iat: undefined } }), /mangler kravet "iat"/],
      ['nbf in the future beyond the clock skew', () => entra.token({ claims: { nbf: now() + 10 * 60 } }), /endnu ikke gyldigt/],
    ];
    test.each(cases)('%s', async (_name, token, message) => {
      const res = await get(await token());
      expect(res.status).toBe(401);
      expect(res.json().error.message).toMatch(message);
    });
  });

  test('within the clock skew: iat a minute ahead and expired a minute ago are accepted', async () => {
    expect((await get(await entra.token({ issuedAtOffsetSeconds: 60 }))).status).toBe(200);
    expect((await get(await entra.token({ issuedAtOffsetSeconds: -hour, expiresInSeconds: -60 }))).status).toBe(200);
  });

  test('a multi-tenant server (ENTRA_TENANT_IDS=*) accepts any tenant, but only a consistent one', async () => {
    const multi = await startTestApp(database, { entra, env: { ENTRA_TENANT_IDS: '*' } });
    try {
      const other = await entra.token({ tenant: OTHER_TENANT });
      expect((await multi.call('GET', '/api/offers', { token: other })).status).toBe(200);
      const mixed = await entra.token({ tenant: OTHER_TENANT, claims: { tid: TENANT } });
      expect((await multi.call('GET', '/api/offers', { token: mixed })).status).toBe(401);
    } finally {
      await multi.close();
    }
  });

  test('the clock skew is configurable up to 5 minutes, not beyond', () => {
    const env = { ...entra.env() };
    expect(loadConfig({ ...env, ENTRA_CLOCK_SKEW_SECONDS: '300' }).auth).toMatchObject({ clockSkewSeconds: 300 });
    expect(() => loadConfig({ ...env, ENTRA_CLOCK_SKEW_SECONDS: '301' })).toThrow(/ENTRA_CLOCK_SKEW_SECONDS/);
    expect(() => loadConfig({ ...env, ENTRA_APP_ROLES: 'Global.Admin' })).toThrow(/ENTRA_APP_ROLES/);
  });

  test('a CPR number in the name claim is never stored: the oid is stored instead', async () => {
    const tok = await entra.token({ oid: 'oid-cpr-1', name: 'Borger 010190-1234', claims: { preferred_username: '0101901234@kommune.dk' } });
    const res = await t.call('POST', '/api/flags', { token: tok, body: { title: 'Kontrakt', findings: [] } });
    expect(res.status).toBe(201);
    expect(res.json().requester).toEqual({ id: 'oid-cpr-1', name: 'oid-cpr-1' });
    const stored = JSON.stringify([
      await database.db.selectFrom('flags').selectAll().execute(),
      await database.db.selectFrom('flag_events').selectAll().execute(),
      await database.db.selectFrom('audit_log').selectAll().execute(),
    ]);
    expect(stored).not.toMatch(/010190|0101901234/);
  });

  test('a harmless name claim is shown and stored as it is', async () => {
    const tok = await entra.token({ oid: 'oid-2', name: 'Rådgiver To' });
    const res = await t.call('POST', '/api/flags', { token: tok, body: { title: 'Kontrakt', findings: [] } });
    expect(res.json().requester).toEqual({ id: 'oid-2', name: 'Rådgiver To' });
  });

  test('key set unavailable → 503 auth.keys-unavailable (fail closed), and back at once when it returns', async () => {
    // A fresh app, so nothing is cached yet: the outage is met on the first fetch.
    const own = await startTestApp(database, { entra });
    try {
      const tok = await entra.token();
      entra.keysDown = true;
      const down = await own.call('GET', '/api/offers', { token: tok });
      expect(down.status).toBe(503);
      expect(down.json().error.code).toBe('auth.keys-unavailable');
      expect(down.headers['retry-after']).toBe('5');
      // Still down: every request is refused, none is let through on a stale guess.
      expect((await own.call('GET', '/api/offers', { token: tok })).status).toBe(503);
      const before = entra.fetches;
      entra.keysDown = false;
      // No negative cache: the very next request fetches the key set again and is let in.
      expect((await own.call('GET', '/api/offers', { token: tok })).status).toBe(200);
      expect(entra.fetches).toBe(before + 1);
    } finally {
      entra.keysDown = false;
      await own.close();
    }
  });

  test('key endpoint unreachable (connection refused) → 503, not 401', async () => {
    const own = await startTestApp(database, { entra, env: { ENTRA_JWKS_URL: 'http://127.0.0.1:9/keys' } });
    try {
      const res = await own.call('GET', '/api/offers');
      expect(res.status).toBe(503);
      expect(res.json().error.code).toBe('auth.keys-unavailable');
    } finally {
      await own.close();
    }
  });
});
