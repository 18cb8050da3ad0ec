import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { unsignedToken, AUDIENCE, OTHER_TENANT, TENANT } from './helpers/entra';
import { ADMIN, REVIEWER, startTestApp, validOffer, type TestApp } from './helpers/test-app';
import type { Database } from '../../src/server/db/connect';

const findings = [
  { rule: 'payment.prepayment', category: 'uhensigtsmaessige-valg', field: null, message: 'Der er valgt forudbetaling.' },
  { rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Kontrakten mangler underskrift.' },
];

describe.each(DATABASE_KINDS)('flags, auth and privacy on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let t: TestApp;
  const requester = { oid: 'raadgiver-1', name: 'Rådgiver Et', roles: [] as string[] };
  const reviewer = { oid: 'jurist-1', name: 'Jurist Et', roles: [REVIEWER] };

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    // A configured webhook channel is a target any requester may name (review targets: teams-bot.test.ts).
    t = await startTestApp(database, { env: { TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/webhook' } });
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await tdb?.drop();
  });

  const count = async (table: 'flags' | 'audit_log' | 'outbox' | 'flag_comments') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

  const newFlag = async (over: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/api/flags', {
      as: requester,
      body: { title: 'Kontrakt til gennemgang', municipality: 'Næstved', findings, comment: 'Se venligst § 5.', documentUrl: 'https://kommune.sharepoint.com/sites/x/kontrakt.docx', target: { kind: 'webhook' }, ...over },
    });
    expect(res.status).toBe(201);
    return res;
  };

  describe('authentication (Entra ID tokens against a local JWKS)', () => {
    const cases: [string, () => Promise<string | null>, RegExp][] = [
      ['no token', async () => null, /logge ind/],
      ['bad signature', async () => t.entra.token({ roles: [ADMIN], foreignKey: true }), /signatur|nøgle/],
      ['expired', async () => t.entra.token({ roles: [ADMIN], expiresInSeconds: -3600 }), /udløbet/],
      ['wrong audience', async () => t.entra.token({ roles: [ADMIN], audience: 'api://other' }), /audience/],
      ['wrong tenant', async () => t.entra.token({ roles: [ADMIN], tenant: OTHER_TENANT }), /organisation/],
      ['alg none', async () => unsignedToken({ oid: 'x', tid: TENANT, aud: AUDIENCE, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, exp: Math.floor(Date.now() / 1000) + 600, roles: [ADMIN] }), /algoritme|ugyldig/],
      ['garbage', async () => 'not.a.jwt', /ugyldig/],
    ];
    test.each(cases)('%s → 401 with a Danish message', async (_name, token, message) => {
      const tok = await token();
      const res = await t.call('GET', '/api/offers', { token: tok });
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.json().error.message).toMatch(message);
    });
    test('a v1 issuer (sts.windows.net) of an allowed tenant is accepted', async () => {
      const tok = await t.entra.token({ issuer: `https://sts.windows.net/${TENANT}/` });
      expect((await t.call('GET', '/api/offers', { token: tok })).status).toBe(200);
    });
    test('signing keys unreachable → 503 (login cannot be checked), not 401', async () => {
      const down = await startTestApp(database, { entra: t.entra, env: { ENTRA_JWKS_URL: 'http://127.0.0.1:9/keys' } });
      try {
        const res = await down.call('GET', '/api/offers');
        expect(res.status).toBe(503);
        expect(res.json().error.message).toMatch(/Login kan ikke kontrolleres/);
      } finally {
        await down.close();
      }
    });
    test('missing app role → 403 naming the role', async () => {
      const flag = (await newFlag()).json();
      const res = await t.call('PATCH', `/api/flags/${flag.id}`, { as: requester, body: { state: 'under-gennemgang' }, headers: { 'if-match': `"${flag.id}.1"` } });
      expect(res.status).toBe(403);
      expect(res.json().error.message).toMatch(/Kontrakt\.Reviewer/);
    });
  });

  describe('privacy and input safety', () => {
    test('a CPR number in a body is refused with 422; nothing is stored or echoed', async () => {
      const [flags, audit, outbox] = [await count('flags'), await count('audit_log'), await count('outbox')];
      for (const cpr of ['010190-1234', '0101901234', '010190 1234']) {
        const res = await t.call('POST', '/api/flags', { as: requester, body: { title: 'Kontrakt', findings, comment: `Borger ${cpr}` } });
        expect(res.status).toBe(422);
        expect(res.json().error.code).toBe('privacy.cpr-refused');
        expect(res.body).not.toContain(cpr);
      }
      const nested = await t.call('POST', '/api/flags', { as: requester, body: { title: 'Kontrakt', findings: [{ ...findings[0], message: 'CPR 311299-1234 fundet' }] } });
      expect(nested.status).toBe(422);
      expect([await count('flags'), await count('audit_log'), await count('outbox')]).toEqual([flags, audit, outbox]);
    });
    test('a CPR number in the query or path is refused with 422', async () => {
      expect((await t.call('GET', '/api/offers?q=010190-1234')).status).toBe(422);
      expect((await t.call('GET', '/api/flags/0101901234')).status).toBe(422);
    });
    test('a P-number in its own field is not mistaken for a CPR number', async () => {
      const res = await t.call('POST', '/api/offers', { body: validOffer({ pNumber: '1012345678', name: 'P-nummer (fiktivt)' }) });
      expect(res.status).toBe(201);
    });
    test('malformed JSON → 400 Danish; unknown fields → 400; too large → 413', async () => {
      const bad = await t.call('POST', '/api/flags', { as: requester, payload: '{"title": ', headers: { 'content-type': 'application/json' } });
      expect(bad.status).toBe(400);
      expect(bad.json().error.message).toMatch(/JSON er ugyldig/);
      const extra = await t.call('POST', '/api/flags', { as: requester, body: { title: 'x', findings, cpr: 'hidden' } });
      expect(extra.status).toBe(400);
      const big = await t.call('POST', '/api/flags', { as: requester, body: { title: 'x', comment: 'a'.repeat(2 * 1024 * 1024) } });
      expect(big.status).toBe(413);
    });
  });

  describe('flags', () => {
    test('create: worst finding is the category; outbox message in the same transaction; detail shows delivery state', async () => {
      const res = await newFlag();
      const flag = res.json();
      expect(res.headers.etag).toBe(`"${flag.id}.1"`);
      expect(flag).toMatchObject({ state: 'ny', category: 'fejl-med-oekonomisk-risiko', requester: { id: 'raadgiver-1', name: 'Rådgiver Et' }, findingCount: 2 });
      expect(flag.comments).toHaveLength(1);
      expect(flag.events[0]).toMatchObject({ kind: 'created', toState: 'ny' });
      expect(flag.delivery.state).toBe('pending');
      expect(flag.delivery.messages[0]).toMatchObject({ kind: 'flag.created', status: 'pending', attempts: 0 });
      const row = await database.db.selectFrom('outbox').selectAll().where('flag_id', '=', flag.id).executeTakeFirstOrThrow();
      const payload = row.payload as unknown as { flag: { topFindings: { rule: string }[]; requesterName: string }; target: unknown };
      expect(payload.flag.topFindings[0]!.rule).toBe('signature.missing');
      expect(payload.target).toEqual({ kind: 'webhook' });
      const noTarget = (await newFlag({ target: null })).json();
      expect(noTarget.delivery.state).toBe('none');
    });

    test('transitions: ny → under-gennemgang → afsluttet; others 409 with a Danish message; If-Match required', async () => {
      const flag = (await newFlag()).json();
      const url = `/api/flags/${flag.id}`;
      expect((await t.call('PATCH', url, { as: reviewer, body: { state: 'under-gennemgang' } })).status).toBe(428);
      const skip = await t.call('PATCH', url, { as: reviewer, body: { state: 'afsluttet' }, headers: { 'if-match': `"${flag.id}.1"` } });
      expect(skip.status).toBe(409);
      expect(skip.json().error.message).toMatch(/kan ikke gå fra "Ny" til "Afsluttet"/);
      const take = await t.call('PATCH', url, { as: reviewer, body: { state: 'under-gennemgang', assignee: 'me' }, headers: { 'if-match': `"${flag.id}.1"` } });
      expect(take.status).toBe(200);
      expect(take.json()).toMatchObject({ state: 'under-gennemgang', assignee: { id: 'jurist-1', name: 'Jurist Et' }, version: 2 });
      expect(take.headers.etag).toBe(`"${flag.id}.2"`);
      const stale = await t.call('PATCH', url, { as: reviewer, body: { state: 'afsluttet' }, headers: { 'if-match': `"${flag.id}.1"` } });
      expect(stale.status).toBe(412);
      const done = await t.call('PATCH', url, { as: reviewer, body: { state: 'afsluttet' }, headers: { 'if-match': `"${flag.id}.2"` } });
      expect(done.status).toBe(200);
      const reopen = await t.call('PATCH', url, { as: reviewer, body: { state: 'ny' }, headers: { 'if-match': `"${flag.id}.3"` } });
      expect(reopen.status).toBe(409);
      const detail = (await t.call('GET', url, { as: requester })).json();
      expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'state-changed', 'assigned', 'state-changed']);
      expect(detail.delivery.messages.map((m: { kind: string }) => m.kind)).toEqual(['flag.created', 'flag.updated', 'flag.updated', 'flag.reply']);
      const rejected = (await newFlag()).json();
      await t.call('PATCH', `/api/flags/${rejected.id}`, { as: reviewer, body: { state: 'under-gennemgang' }, headers: { 'if-match': `"${rejected.id}.1"` } });
      expect((await t.call('PATCH', `/api/flags/${rejected.id}`, { as: reviewer, body: { state: 'afvist' }, headers: { 'if-match': `"${rejected.id}.2"` } })).json().state).toBe('afvist');
    });

    test('concurrent reviewers: of N PATCHes with the same ETag exactly one wins', async () => {
      const flag = (await newFlag()).json();
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => t.call('PATCH', `/api/flags/${flag.id}`, {
        as: { ...reviewer, oid: `jurist-${i}` }, body: { assignee: 'me' }, headers: { 'if-match': `"${flag.id}.1"` },
      })));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 412)).toHaveLength(5);
    });

    test('comments by requester or reviewer; others 403', async () => {
      const flag = (await newFlag()).json();
      const mine = await t.call('POST', `/api/flags/${flag.id}/comments`, { as: requester, body: { text: 'Tilføjet bilag.' } });
      expect(mine.status).toBe(201);
      expect(mine.json()).toMatchObject({ author: { id: 'raadgiver-1' }, text: 'Tilføjet bilag.' });
      expect((await t.call('POST', `/api/flags/${flag.id}/comments`, { as: reviewer, body: { text: 'Set.' } })).status).toBe(201);
      expect((await t.call('POST', `/api/flags/${flag.id}/comments`, { as: { oid: 'other', roles: [] }, body: { text: 'Hej' } })).status).toBe(403);
      expect((await t.call('POST', '/api/flags/nope/comments', { as: reviewer, body: { text: 'x' } })).status).toBe(404);
      expect((await t.call('GET', `/api/flags/${flag.id}`)).json().comments).toHaveLength(3);
    });

    test('list with filters (state, municipality, offer, requester, age) and paging', async () => {
      const offer = (await t.call('POST', '/api/offers', { body: validOffer({ name: 'Flagtilbud (fiktivt)' }) })).json();
      const f = (await newFlag({ municipality: 'Odsherred', offerId: offer.id })).json();
      const byMun = (await t.call('GET', '/api/flags?municipality=Odsherred')).json();
      expect(byMun.items.map((x: { id: string }) => x.id)).toEqual([f.id]);
      expect((await t.call('GET', `/api/flags?offerId=${offer.id}`)).json().items).toHaveLength(1);
      expect((await t.call('GET', `/api/offers/${offer.id}`)).json().flags[0]).toMatchObject({ id: f.id });
      expect((await t.call('GET', '/api/flags?requester=me', { as: requester })).json().items.length).toBeGreaterThan(3);
      expect((await t.call('GET', '/api/flags?requester=me', { as: { oid: 'nobody' } })).json().items).toHaveLength(0);
      expect((await t.call('GET', '/api/flags?olderThanDays=1')).json().items).toHaveLength(0);
      expect((await t.call('GET', '/api/flags?state=ny&newerThanDays=1')).json().items.length).toBeGreaterThan(0);
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (await t.call('GET', `/api/flags?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json();
        all.push(...page.items.map((x: { id: string }) => x.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBe(await count('flags'));
      const badOffer = await t.call('POST', '/api/flags', { as: requester, body: { title: 'x', offerId: 'missing' } });
      expect(badOffer.status).toBe(400);
      expect((await t.call('POST', '/api/flags', { as: requester, body: { title: 'x', municipality: 'Aarhus' } })).status).toBe(400);
    });
  });
});
