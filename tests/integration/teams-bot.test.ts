/**
 * The app's Teams bot end to end against the fake Bot Framework on loopback: install events become
 * review targets by name for their tenant only; a flag posts exactly one card as the bot; every
 * change updates that card in place and a closed flag gets one reply; throttling and outages are
 * retried into one card; restarts and a second worker post it once; a removed bot shows as a gone
 * target on the flag; forged inbound activities get 401.
 */
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/connect';
import { createDelivery } from '../../src/server/notify/delivery-factory';
import { OutboxWorker } from '../../src/server/notify/outbox-worker';
import { ReviewTargetStore } from '../../src/server/notify/review-targets';
import { startFakeBotConnector, type FakeBotConnector, type FakeChat, type FakeTeam, type SignedRequest } from '../fakes/bot-connector';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { LocalEntra, OTHER_TENANT, TENANT } from './helpers/entra';
import { ADMIN, REVIEWER, startTestApp, type TestApp } from './helpers/test-app';

const legal: FakeTeam = {
  tenantId: TENANT, teamId: '19:juridisk-general@thread.tacv2', teamName: 'Juridisk team',
  channels: [{ id: '19:juridisk-general@thread.tacv2', name: null }, { id: '19:kontraktgennemgang@thread.tacv2', name: 'Kontraktgennemgang' }],
};
const otherTenantTeam: FakeTeam = {
  tenantId: OTHER_TENANT, teamId: '19:andet-general@thread.tacv2', teamName: 'Anden kommunes team',
  channels: [{ id: '19:andet-general@thread.tacv2', name: null }],
};
const chat: FakeChat = { tenantId: TENANT, conversationId: '19:meeting-chat@thread.v2', name: 'Kontraktgruppen' };

const opts = { pollMs: 20, maxAttempts: 5, backoffMs: 1, backoffMaxMs: 5, leaseMs: 60_000 };

async function drain(workers: OutboxWorker[], rounds = 60) {
  for (let i = 0; i < rounds; i++) {
    const n = (await Promise.all(workers.map((w) => w.runOnce()))).reduce((a, b) => a + b, 0);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.each(DATABASE_KINDS)('Teams bot on %s', (kind) => {
  let entra: LocalEntra;
  let bf: FakeBotConnector;
  let tdb: TestDatabase;
  let database: Database;
  let t: TestApp;
  const env = () => ({ ...bf.env(), TEAMS_APP_ID: 'default-app-id', TEAMS_APP_IDS: `${TENANT}=tenant-app-id`, ENTRA_TENANT_IDS: `${TENANT},${OTHER_TENANT}`, OUTBOX_BACKOFF_MS: '1', OUTBOX_BACKOFF_MAX_MS: '5' });
  const delivery = () => createDelivery(loadConfig({ ...entra.env(), ...env() }))!;
  const inbound = (r: SignedRequest) => t.call('POST', '/api/messages', { token: null, headers: r.headers, body: r.body });
  const targetsAs = async (tenant: string) => (await t.call('GET', '/api/review-targets', { as: { tenant, roles: [] } })).json<{ items: { id: string; name: string }[]; webhook: boolean }>();
  const flagTo = async (targetId: string, title = 'Kontrakt Solsikken') => (await t.call('POST', '/api/flags', {
    as: { oid: 'raadgiver-1', name: 'Mette Myndighed', roles: [] },
    body: {
      title, municipality: 'Næstved', comment: 'Se prisreguleringen [klik](https://evil.example) **nu**',
      findings: [{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Kontrakten mangler underskrift.' }],
      target: { kind: 'review-target', targetId },
    },
  }));

  beforeAll(async () => {
    entra = await new LocalEntra().start();
    bf = await startFakeBotConnector();
    bf.addTeam(legal);
    bf.addTeam(otherTenantTeam);
    bf.addChat(chat);
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    t = await startTestApp(database, { entra, env: env(), delivery: delivery() });
    for (const r of [await bf.installInTeam(legal), await bf.installInTeam(otherTenantTeam), await bf.installInChat(chat)]) {
      expect((await inbound(r)).status).toBe(200);
    }
  });
  afterAll(async () => {
    await t?.close();
    await entra?.stop();
    await bf?.close();
    await database?.close();
    await tdb?.drop();
  });
  beforeEach(() => { bf.calls.length = 0; bf.activities.length = 0; });

  test('install → the team\'s channels and the chat are listed by name, for that tenant only, without Teams ids', async () => {
    const mine = await targetsAs(TENANT);
    expect(mine.items.map((i) => i.name)).toEqual(['Juridisk team › Generelt', 'Juridisk team › Kontraktgennemgang', 'Kontraktgruppen']);
    expect(JSON.stringify(mine)).not.toMatch(/19:|thread|trafficmanager|127\.0\.0\.1/);
    expect(mine.webhook).toBe(false);
    const theirs = await targetsAs(OTHER_TENANT);
    expect(theirs.items.map((i) => i.name)).toEqual(['Anden kommunes team › Generelt']);
    // Installing again (Teams sends conversationUpdate and installationUpdate) changes nothing.
    await inbound(await bf.installInTeam(legal));
    expect((await targetsAs(TENANT)).items).toHaveLength(3);
  });

  test('a flag can only name a target of the requester\'s own tenant, never a raw chat id', async () => {
    const theirs = (await targetsAs(OTHER_TENANT)).items[0]!;
    const res = await flagTo(theirs.id);
    expect(res.status).toBe(400);
    const raw = await t.call('POST', '/api/flags', { as: { roles: [] }, body: { title: 'x', target: { kind: 'chat', chatId: '19:abc@thread.v2' } } });
    expect(raw.status).toBe(400);
    const webhook = await t.call('POST', '/api/flags', { as: { roles: [] }, body: { title: 'x', target: { kind: 'webhook' } } });
    expect(webhook.status).toBe(400);
  });

  test('flag → exactly one card; taken, commented, resolved → three in-place updates of that activity and one reply naming the contract', async () => {
    const target = (await targetsAs(TENANT)).items.find((i) => i.name.endsWith('Kontraktgennemgang'))!;
    const flag = (await flagTo(target.id)).json<{ id: string }>();
    const w = t.app.deps.outbox!;
    await drain([w]);
    expect(bf.activities.map((a) => a.op)).toEqual(['send']);
    const card = bf.activities[0]!;
    expect(card.conversationId).toBe('19:kontraktgennemgang@thread.tacv2');
    const text = JSON.stringify(card.card);
    for (const s of ['Kontrakt Solsikken', 'Næstved', 'Fejl med økonomisk risiko', 'Mette Myndighed', 'Åbn i Gennemgang']) expect(text).toContain(s);
    // The comment is plain text: a TextRun, which Teams renders without Markdown, and the Markdown
    // itself made inert (the link's target shown, no bold markers).
    expect(text).toContain('"type":"TextRun","text":"Se prisreguleringen klik (https://evil.example) nu"');
    expect(text).not.toMatch(/"type":"TextBlock","text":"[^"]*evil\.example/);
    const review = (card.card.actions as { title: string; url: string }[]).find((a) => a.title === 'Åbn i Gennemgang')!.url;
    // The tenant's own Teams app id, and the tab opens on this flag.
    expect(new URL(review).pathname).toBe('/l/entity/tenant-app-id/gennemgang');
    expect(JSON.parse(new URL(review).searchParams.get('context') ?? '{}')).toEqual({ subEntityId: `flag:${flag.id}` });

    const reviewer = { oid: 'jurist-1', name: 'Rikke Revisor', roles: [REVIEWER] };
    let etag = `"${flag.id}.1"`;
    const patch = async (body: unknown) => {
      const res = await t.call('PATCH', `/api/flags/${flag.id}`, { as: reviewer, body, headers: { 'if-match': etag } });
      expect(res.status).toBe(200);
      etag = String(res.headers.etag);
    };
    await patch({ state: 'under-gennemgang', assignee: 'me' });
    expect((await t.call('POST', `/api/flags/${flag.id}/comments`, { as: reviewer, body: { text: 'Prisreguleringen er ændret i § 7.' } })).status).toBe(201);
    await patch({ state: 'afsluttet' });
    await drain([w]);

    expect(bf.activities.map((a) => a.op)).toEqual(['send', 'update', 'update', 'update', 'reply']);
    const updates = bf.activities.filter((a) => a.op === 'update');
    expect(updates.map((u) => u.activityId)).toEqual([card.activityId, card.activityId, card.activityId]);
    expect(JSON.stringify(updates[0]!.card)).toContain('Under gennemgang');
    expect(JSON.stringify(updates[0]!.card)).toContain('Rikke Revisor');
    expect(JSON.stringify(updates[1]!.card)).toContain('Prisreguleringen er ændret i § 7.');
    expect(JSON.stringify(updates[2]!.card)).toContain('Gennemgangen er afsluttet.');
    const reply = bf.activities[4]!;
    expect(reply.replyTo).toBe(card.activityId);
    expect(JSON.stringify(reply.card)).toContain('Gennemgangen af \\"Kontrakt Solsikken\\" er afsluttet af Rikke Revisor.');
    const detail = (await t.call('GET', `/api/flags/${flag.id}`)).json<{ delivery: { state: string; chatMessageId: string }; target: unknown }>();
    expect(detail.delivery).toMatchObject({ state: 'delivered', chatMessageId: card.activityId });
    expect(detail.target).toEqual({ kind: 'review-target', name: 'Juridisk team › Kontraktgennemgang', status: 'active', statusLabel: 'Aktiv' });
    // Every call carried the bot's own token (the fake answers 401 to any other) and had the documented shape.
    expect(bf.calls.filter((c) => c.status === 401)).toEqual([]);
    expect(bf.calls.filter((c) => c.problems.length)).toEqual([]);
  });

  test('429 with Retry-After, then 503 → retried with backoff into exactly one card', async () => {
    const target = (await targetsAs(TENANT)).items.find((i) => i.name === 'Kontraktgruppen')!;
    const flag = (await flagTo(target.id, 'Kontrakt drosles')).json<{ id: string }>();
    bf.failNext({ status: 429, retryAfter: '0.2' }, { status: 503 });
    const w = t.app.deps.outbox!;
    await w.runOnce();
    const row = await database.db.selectFrom('outbox').selectAll().where('flag_id', '=', flag.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(new Date(row.next_attempt_at).getTime() - Date.now()).toBeGreaterThan(100);
    await new Promise((r) => setTimeout(r, 250));
    await drain([w]);
    const sends = bf.calls.filter((c) => c.op === 'send');
    expect(sends.map((c) => c.status)).toEqual([429, 503, 201]);
    expect(bf.activities.filter((a) => a.op === 'send')).toHaveLength(1);
    const detail = (await t.call('GET', `/api/flags/${flag.id}`)).json<{ delivery: { state: string; messages: { attempts: number }[] } }>();
    expect(detail.delivery.state).toBe('delivered');
    expect(detail.delivery.messages[0]!.attempts).toBe(3);
  });

  test('a restart and two workers → one card per flag', async () => {
    const target = (await targetsAs(TENANT)).items.find((i) => i.name.endsWith('Generelt'))!;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await flagTo(target.id, `Kontrakt ${i}`)).json<{ id: string }>().id);
    // A worker claims a batch and dies without settling it (lease held, never delivered).
    const crashed = new OutboxWorker(database.db, { deliver: () => new Promise<never>(() => {}) }, { ...opts, leaseMs: 150, batchSize: 2 }, new ReviewTargetStore(database.db, () => new Date()));
    void crashed.runOnce();
    await new Promise((r) => setTimeout(r, 50));
    // "Restart": a new app on the same database, plus a second worker on its own connection.
    const t2 = await startTestApp(database, { entra, env: env(), delivery: delivery() });
    const second = kind === 'postgres' ? await tdb.open() : database;
    try {
      const other = new OutboxWorker(second.db, delivery(), { ...opts, batchSize: 1 }, new ReviewTargetStore(second.db, () => new Date()));
      await drain([t2.app.deps.outbox!, other]);
      await new Promise((r) => setTimeout(r, 200));
      await drain([t2.app.deps.outbox!, other]);
      const sent = bf.activities.filter((a) => a.op === 'send');
      expect(sent).toHaveLength(6);
      for (const id of ids) expect((await t2.call('GET', `/api/flags/${id}`)).json<{ delivery: { state: string } }>().delivery.state).toBe('delivered');
    } finally {
      await t2.close();
      if (second !== database) await second.close();
    }
  });

  test('bot removed → 403 marks the target gone, the flag says so, and it is no longer offered', async () => {
    const ghostTeam: FakeTeam = { tenantId: TENANT, teamId: '19:ghost@thread.tacv2', teamName: 'Nedlagt team', channels: [{ id: '19:ghost@thread.tacv2', name: null }] };
    bf.addTeam(ghostTeam);
    await inbound(await bf.installInTeam(ghostTeam));
    const target = (await targetsAs(TENANT)).items.find((i) => i.name.startsWith('Nedlagt team'))!;
    bf.removeBot(ghostTeam.teamId); // removed in Teams while our server missed the event
    const flag = (await flagTo(target.id, 'Kontrakt til et nedlagt team')).json<{ id: string }>();
    await drain([t.app.deps.outbox!]);
    expect(bf.calls.filter((c) => c.op === 'send').map((c) => c.status)).toEqual([403]);
    const detail = (await t.call('GET', `/api/flags/${flag.id}`)).json<{ delivery: { state: string; messages: { lastError: string }[] }; target: { status: string; statusLabel: string } }>();
    expect(detail.delivery.state).toBe('failed');
    expect(detail.target).toMatchObject({ status: 'gone', statusLabel: 'Findes ikke længere' });
    expect(detail.delivery.messages[0]!.lastError).toContain('403');
    expect((await targetsAs(TENANT)).items.map((i) => i.name)).not.toContain('Nedlagt team › Generelt');

    // The uninstall event removes a target too; a flag to it is refused up front.
    await inbound(await bf.uninstallFromChat(chat));
    expect((await targetsAs(TENANT)).items.map((i) => i.name)).not.toContain('Kontraktgruppen');
    await inbound(await bf.installInChat(chat));
    expect((await targetsAs(TENANT)).items.map((i) => i.name)).toContain('Kontraktgruppen');
  });

  test('administrators rename and hide targets; requesters then see the new name, and not the hidden one', async () => {
    const admin = { roles: [ADMIN] };
    const all = (await t.call('GET', '/api/admin/review-targets', { as: admin })).json<{ items: { id: string; name: string; version: number }[] }>().items;
    const channel = all.find((i) => i.name === 'Juridisk team › Kontraktgennemgang')!;
    expect((await t.call('GET', '/api/admin/review-targets', { as: { roles: [] } })).status).toBe(403);
    const renamed = await t.call('PATCH', `/api/admin/review-targets/${channel.id}`, { as: admin, body: { displayName: 'Kontraktgennemgang (jura)' }, headers: { 'if-match': `"${channel.id}.${channel.version}"` } });
    expect(renamed.status).toBe(200);
    const general = all.find((i) => i.name === 'Juridisk team › Generelt')!;
    expect((await t.call('PATCH', `/api/admin/review-targets/${general.id}`, { as: admin, body: { hidden: true }, headers: { 'if-match': `"${general.id}.${general.version}"` } })).status).toBe(200);
    const names = (await targetsAs(TENANT)).items.map((i) => i.name);
    expect(names).toContain('Kontraktgennemgang (jura)');
    expect(names).not.toContain('Juridisk team › Generelt');
    // Another tenant's admin cannot touch it.
    const foreign = await t.call('PATCH', `/api/admin/review-targets/${channel.id}`, { as: { tenant: OTHER_TENANT, roles: [ADMIN] }, body: { hidden: true }, headers: { 'if-match': `"${channel.id}.2"` } });
    expect(foreign.status).toBe(404);
    await t.call('PATCH', `/api/admin/review-targets/${general.id}`, { as: admin, body: { hidden: false }, headers: { 'if-match': `"${general.id}.${general.version + 1}"` } });
  });

  test('forged inbound activities get 401 and change nothing', async () => {
    const evil: FakeTeam = { tenantId: TENANT, teamId: '19:evil@thread.tacv2', teamName: 'Falsk team', channels: [] };
    const genuine = await bf.installInTeam(evil);
    const cases: SignedRequest[] = [
      { headers: { 'content-type': 'application/json' }, body: genuine.body },
      await bf.sign(genuine.body, { key: 'stranger' }),
      await bf.sign(genuine.body, { claims: { aud: 'some-other-bot' } }),
      await bf.sign(genuine.body, { claims: { iss: 'https://sts.windows.net/evil/' } }),
      await bf.sign(genuine.body, { claims: { exp: Math.floor(Date.now() / 1000) - 3600 } }),
      await bf.sign(genuine.body, { claims: { serviceurl: 'https://attacker.example/' } }),
      await bf.sign({ ...genuine.body, channelId: 'emulator' }),
      { headers: { ...genuine.headers, authorization: genuine.headers.authorization!.replace(/\.[^.]+$/, '.AAAA') }, body: genuine.body },
    ];
    for (const c of cases) expect((await inbound(c)).status).toBe(401);
    expect((await targetsAs(TENANT)).items.map((i) => i.name)).not.toContain('Falsk team › Generelt');
    // The genuine one is accepted.
    expect((await inbound(genuine)).status).toBe(200);
  });
});
