/**
 * "Mine sager" (GET /api/flags/mine, the task pane's list): a requester sees their own flags in
 * their own tenant, newest first, each with its state and the latest answer of someone else (the
 * reviewer); never another user's or another tenant's flag, and nothing before signing in.
 */
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { MISSING_SIGNATURE, TWO_TENANTS_ENV } from './helpers/two-tenants';
import { LocalEntra, OTHER_TENANT } from './helpers/entra';
import { REVIEWER, startTestApp, type TestApp } from './helpers/test-app';
import type { Database } from '../../src/server/db/connect';

const findings = MISSING_SIGNATURE;

describe.each(DATABASE_KINDS)('Mine sager on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let entra: LocalEntra;
  let t: TestApp;
  const env = TWO_TENANTS_ENV;
  const me = { oid: 'min-raadgiver', name: 'Rådgiver Mig', roles: [] as string[] };
  const colleague = { oid: 'kollega', name: 'Rådgiver Kollega', roles: [] as string[] };
  // The same object id in another organisation is another person.
  const namesake = { oid: 'min-raadgiver', name: 'Rådgiver Andetsteds', roles: [] as string[], tenant: OTHER_TENANT };
  const reviewer = { oid: 'jurist', name: 'Jurist Jensen', roles: [REVIEWER] };

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    entra = await new LocalEntra().start();
    t = await startTestApp(database, { entra, env });
  });
  afterAll(async () => {
    await t?.close();
    await entra?.stop();
    await database?.close();
    await tdb?.drop();
  });

  const file = async (as: typeof me, title: string, municipality = 'Roskilde') => {
    const res = await t.call('POST', '/api/flags', { as, body: { title, municipality, findings } });
    expect(res.status).toBe(201);
    return res.json() as { id: string; version: number };
  };
  const mine = async (as: typeof me) => {
    const res = await t.call('GET', '/api/flags/mine', { as });
    expect(res.status).toBe(200);
    return res.json() as { items: Array<{ id: string; title: string; state: string; createdAt: string; latestReply: { author: string; text: string } | null }> };
  };

  test('lists only the caller\'s own flags, newest first, with state and the reviewer\'s latest answer (not the requester\'s own comment)', async () => {
    const first = await file(me, 'Kontrakt A');
    const second = await file(me, 'Kontrakt B');
    await file(colleague, 'Kollegaens kontrakt');
    await file(namesake, 'Holbæks kontrakt', 'Holbæk');
    await t.call('POST', `/api/flags/${first.id}/comments`, { as: reviewer, body: { text: 'Prisen i § 5 skal rettes.' } });
    await t.call('POST', `/api/flags/${first.id}/comments`, { as: reviewer, body: { text: 'Ellers i orden.' } });
    await t.call('POST', `/api/flags/${first.id}/comments`, { as: me, body: { text: 'Tak, jeg retter den.' } });
    const patched = await t.call('PATCH', `/api/flags/${first.id}`, { as: reviewer, body: { state: 'under-gennemgang' }, headers: { 'if-match': `"${first.id}.${first.version}"` } });
    expect(patched.status).toBe(200);

    const { items } = await mine(me);
    expect(items.map((f) => f.title)).toEqual(['Kontrakt B', 'Kontrakt A']);
    expect(items[0]).toMatchObject({ id: second.id, state: 'ny', latestReply: null });
    expect(items[1]).toMatchObject({ id: first.id, state: 'under-gennemgang', latestReply: { author: 'Jurist Jensen', text: 'Ellers i orden.' } });
    expect((await mine(namesake)).items.map((f) => f.title)).toEqual(['Holbæks kontrakt']);
    expect((await mine({ oid: 'ny-bruger', name: 'Ny', roles: [] })).items).toEqual([]);
  });

  test('needs a signed-in user before the query is read: no token is 401 even with a bad query', async () => {
    const res = await t.call('GET', '/api/flags/mine?limit=nej', { token: null });
    expect(res.status).toBe(401);
    expect((await t.call('GET', '/api/flags/mine?limit=nej', { as: me })).status).toBe(400);
  });
});
