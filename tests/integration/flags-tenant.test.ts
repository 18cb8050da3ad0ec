/**
 * Flags belong to a tenant (issue 11 point 5): each municipality has its own Entra tenant, and a
 * user of one must never see, change or be notified about another's flags. The attacks: read,
 * list, change and comment on another tenant's flag by id; file for another tenant's municipality;
 * read its flags through an offer's detail or the audit log; make the outbox post a card into a
 * chat of another tenant with the app's credentials.
 */
import { OutboxWorker } from '../../src/server/notify/outbox-worker';
import { RecordingDelivery } from '../../src/server/notify/recording-delivery';
import { ReviewTargetStore } from '../../src/server/notify/review-targets';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { MISSING_SIGNATURE, TWO_TENANTS_ENV } from './helpers/two-tenants';
import { LocalEntra, OTHER_TENANT, TENANT } from './helpers/entra';
import { ADMIN, REVIEWER, startTestApp, validOffer, type TestApp } from './helpers/test-app';
import type { Database } from '../../src/server/db/connect';
import { loadConfig } from '../../src/server/config';

const findings = MISSING_SIGNATURE;

describe.each(DATABASE_KINDS)('flags scoped to their tenant on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let entra: LocalEntra;
  let t: TestApp;
  const env = TWO_TENANTS_ENV;
  const a = { requester: { oid: 'a-raadgiver', name: 'Rådgiver A', roles: [] as string[] }, reviewer: { oid: 'a-jurist', name: 'Jurist A', roles: [REVIEWER, ADMIN] } };
  const b = {
    requester: { oid: 'b-raadgiver', name: 'Rådgiver B', roles: [] as string[], tenant: OTHER_TENANT },
    reviewer: { oid: 'b-jurist', name: 'Jurist B', roles: [REVIEWER, ADMIN], tenant: OTHER_TENANT },
  };

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

  const file = async (as: typeof a.requester | typeof b.requester, municipality: string, over: Record<string, unknown> = {}) =>
    t.call('POST', '/api/flags', { as, body: { title: `Kontrakt for ${municipality}`, municipality, findings, ...over } });

  test('a requester files only for a municipality linked to their tenant (else 403 flag.municipality-not-allowed)', async () => {
    expect((await file(a.requester, 'Roskilde')).status).toBe(201);
    expect((await file(b.requester, 'Holbæk')).status).toBe(201);
    for (const [who, m] of [[a.requester, 'Holbæk'], [b.requester, 'Roskilde']] as const) {
      const res = await file(who, m);
      expect(res.status).toBe(403);
      expect(res.json().error.code).toBe('flag.municipality-not-allowed');
    }
    // Not one of the framework agreement's municipalities at all: still the 400 it was.
    expect((await file(a.requester, 'Aarhus')).status).toBe(400);
  });

  test('list shows only the caller\'s tenant\'s flags', async () => {
    const mine = (await file(a.requester, 'Køge')).json();
    const theirs = (await file(b.requester, 'Holbæk')).json();
    const listA = (await t.call('GET', '/api/flags?limit=200', { as: a.reviewer })).json().items.map((f: { id: string }) => f.id);
    const listB = (await t.call('GET', '/api/flags?limit=200', { as: b.reviewer })).json().items.map((f: { id: string }) => f.id);
    expect(listA).toContain(mine.id);
    expect(listA).not.toContain(theirs.id);
    expect(listB).toContain(theirs.id);
    expect(listB).not.toContain(mine.id);
    // A filter cannot widen it: asking for the other tenant's municipality or requester gives nothing.
    expect((await t.call('GET', '/api/flags?municipality=Holb%C3%A6k', { as: a.reviewer })).json().items).toEqual([]);
    expect((await t.call('GET', `/api/flags?requester=${b.requester.oid}`, { as: a.reviewer })).json().items).toEqual([]);
  });

  test('another tenant\'s flag is 404 to read, change and comment on — and stays unchanged', async () => {
    const theirs = (await file(b.requester, 'Holbæk')).json();
    expect((await t.call('GET', `/api/flags/${theirs.id}`, { as: a.reviewer })).status).toBe(404);
    const patch = await t.call('PATCH', `/api/flags/${theirs.id}`, { as: a.reviewer, body: { state: 'under-gennemgang', assignee: 'me' }, headers: { 'if-match': `"${theirs.id}.1"` } });
    expect(patch.status).toBe(404);
    const comment = await t.call('POST', `/api/flags/${theirs.id}/comments`, { as: a.reviewer, body: { text: 'Set fra en anden kommune' } });
    expect(comment.status).toBe(404);
    const after = (await t.call('GET', `/api/flags/${theirs.id}`, { as: b.reviewer })).json();
    expect(after).toMatchObject({ state: 'ny', version: 1, assignee: null });
    expect(after.comments).toEqual([]);
    // Its own reviewers act on it as before.
    const own = await t.call('PATCH', `/api/flags/${theirs.id}`, { as: b.reviewer, body: { state: 'under-gennemgang' }, headers: { 'if-match': `"${theirs.id}.1"` } });
    expect(own.status).toBe(200);
  });

  test('an offer\'s detail lists only the caller\'s tenant\'s flags on it', async () => {
    const offer = (await t.call('POST', '/api/offers', { as: a.reviewer, body: validOffer({ name: 'Fælles tilbud (fiktivt)' }) })).json();
    const mine = (await file(a.requester, 'Roskilde', { offerId: offer.id })).json();
    const theirs = (await file(b.requester, 'Holbæk', { offerId: offer.id, title: 'Holbæks hemmelige sag' })).json();
    const seenByA = (await t.call('GET', `/api/offers/${offer.id}`, { as: a.requester })).json().flags.map((f: { id: string }) => f.id);
    const seenByB = (await t.call('GET', `/api/offers/${offer.id}`, { as: b.requester })).json().flags.map((f: { id: string }) => f.id);
    expect(seenByA).toEqual([mine.id]);
    expect(seenByB).toEqual([theirs.id]);
  });

  test('the audit log shows an administrator only their own tenant\'s entries', async () => {
    const theirs = (await file(b.requester, 'Holbæk')).json();
    const forA = (await t.call('GET', '/api/audit?entity=flag&limit=500', { as: a.reviewer })).json().items.map((e: { entityId: string }) => e.entityId);
    const forB = (await t.call('GET', '/api/audit?entity=flag&limit=500', { as: b.reviewer })).json().items.map((e: { entityId: string }) => e.entityId);
    expect(forA).not.toContain(theirs.id);
    expect(forB).toContain(theirs.id);
  });

  test('the outbox never posts a card into a chat of another tenant, whatever the stored row names', async () => {
    const targets = new ReviewTargetStore(database.db, () => new Date());
    await targets.upsert({ tenantId: TENANT, serviceUrl: 'https://smba.trafficmanager.net/emea/', kind: 'groupChat', conversationId: '19:a-chat@thread.v2', teamId: null, teamName: null, channelName: null, chatName: 'Jura A' });
    await targets.upsert({ tenantId: OTHER_TENANT, serviceUrl: 'https://smba.trafficmanager.net/emea/', kind: 'groupChat', conversationId: '19:b-chat@thread.v2', teamId: null, teamName: null, channelName: null, chatName: 'Jura B' });
    const ids = await database.db.selectFrom('review_targets').select(['id', 'tenant_id']).execute();
    const aTarget = ids.find((r) => r.tenant_id === TENANT)!.id;
    const bTarget = ids.find((r) => r.tenant_id === OTHER_TENANT)!.id;
    // Naming the other tenant's chat when filing is refused up front.
    const refused = await file(a.requester, 'Roskilde', { target: { kind: 'review-target', targetId: bTarget } });
    expect(refused.status).toBe(400);
    // A flag of A's aimed at A's chat, then its queued message rewritten to B's chat (a bug, a restore, a hand edit).
    const flag = (await file(a.requester, 'Roskilde', { target: { kind: 'review-target', targetId: aTarget } })).json();
    await database.db.updateTable('outbox').set({ payload: JSON.stringify({ ...(await database.db.selectFrom('outbox').select('payload').where('flag_id', '=', flag.id).executeTakeFirstOrThrow()).payload as object, target: { kind: 'review-target', targetId: bTarget } }) })
      .where('flag_id', '=', flag.id).execute();
    const delivery = new RecordingDelivery();
    const worker = new OutboxWorker(database.db, delivery, { pollMs: 20, maxAttempts: 3, backoffMs: 1, backoffMaxMs: 5, leaseMs: 60_000 }, targets);
    await worker.runOnce();
    expect(delivery.attempts.filter((m) => m.flag.id === flag.id)).toEqual([]);
    const row = await database.db.selectFrom('outbox').select(['status', 'last_error']).where('flag_id', '=', flag.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/anden organisation/);
  });

  test('a card\'s deep link carries the Teams app id of the flag\'s own tenant (TEAMS_APP_IDS), else the default', async () => {
    const own = await startTestApp(database, {
      entra,
      env: { ...env, TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/webhook', TEAMS_APP_ID: 'manifest-app-id', TEAMS_APP_IDS: `${OTHER_TENANT}=holbaek-catalogue-id` },
    });
    try {
      const review = async (as: typeof a.requester | typeof b.requester, municipality: string) => {
        const flag = (await own.call('POST', '/api/flags', { as, body: { title: 'Kontrakt', municipality, findings, target: { kind: 'webhook' } } })).json();
        const row = await database.db.selectFrom('outbox').select('payload').where('flag_id', '=', flag.id).executeTakeFirstOrThrow();
        return new URL((row.payload as { flag: { links: { review: string } } }).flag.links.review).pathname;
      };
      expect(await review(b.requester, 'Holbæk')).toBe('/l/entity/holbaek-catalogue-id/gennemgang');
      expect(await review(a.requester, 'Roskilde')).toBe('/l/entity/manifest-app-id/gennemgang');
    } finally {
      await own.close();
    }
  });

  test('in dev mode the local user (DEV_TENANT_ID) files for every municipality', async () => {
    const dev = await startTestApp(database, { entra, env: { AUTH_MODE: 'dev', DEV_TENANT_ID: '12345678-1234-4234-8234-123456789abc' } });
    try {
      const res = await dev.call('POST', '/api/flags', { token: null, body: { title: 'Lokal test', municipality: 'Holbæk', findings } });
      expect(res.status).toBe(201);
      const row = await database.db.selectFrom('flags').select('tenant_id').where('id', '=', res.json().id).executeTakeFirstOrThrow();
      expect(row.tenant_id).toBe('12345678-1234-4234-8234-123456789abc');
      // Not visible to an Entra ID user of either tenant.
      expect((await t.call('GET', `/api/flags/${res.json().id}`, { as: a.reviewer })).status).toBe(404);
    } finally {
      await dev.close();
    }
  });
});

describe('TENANT_MUNICIPALITIES is validated once, at start', () => {
  const base = { AUTH_MODE: 'entra', ENTRA_TENANT_IDS: TENANT, ENTRA_AUDIENCE: 'api://x' };
  test.each([
    ['not JSON', '{Roskilde', /TENANT_MUNICIPALITIES.*JSON/],
    ['a key that is not a tenant id', JSON.stringify({ roskilde: ['Roskilde'] }), /TENANT_MUNICIPALITIES.*tenant-id/],
    ['a municipality outside MUNICIPALITIES', JSON.stringify({ [TENANT]: ['Aarhus'] }), /TENANT_MUNICIPALITIES.*Aarhus/],
    ['a list that is not a list', JSON.stringify({ [TENANT]: 'Roskilde' }), /TENANT_MUNICIPALITIES/],
  ])('%s is refused', (_name, value, message) => {
    expect(() => loadConfig({ ...base, TENANT_MUNICIPALITIES: value })).toThrow(message);
  });
  test('tenant ids are matched case-insensitively', () => {
    expect(loadConfig({ ...base, TENANT_MUNICIPALITIES: JSON.stringify({ [TENANT.toUpperCase()]: ['Roskilde'] }) }).tenantMunicipalities).toEqual({ [TENANT]: ['Roskilde'] });
  });
});
