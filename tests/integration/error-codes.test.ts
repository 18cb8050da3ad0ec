import net from 'node:net';
import { sql } from 'kysely';
import { buildApp, type AppInstance } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/connect';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { LocalEntra } from './helpers/entra';

/**
 * Issue 11.4: logs carry codes, never values. A forged cursor made the driver's message (with the
 * value in it) land in the log; Fastify's own refusals were English and echoed the URL. Every
 * refusal here has the Danish shape { error: { code, message } } with a stable code, and the log
 * never holds the value that caused it.
 */
const SECRET = 'Hemmelig Værdi Hansen';

describe.each(DATABASE_KINDS)('error codes on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let entra: LocalEntra;
  let app: AppInstance;
  let port = 0;
  let token = '';
  const lines: string[] = [];
  let release: () => void = () => undefined;
  let entered: () => void = () => undefined;

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    entra = await new LocalEntra().start();
    app = await buildApp(loadConfig({ ...entra.env(), LOG_LEVEL: 'debug', OUTBOX_ENABLED: 'false' }), { database, logStream: { write: (l: string) => lines.push(l) } });
    // Routes that make the database refuse a value the way a driver does, with the value in its message.
    const fail = (query: string) => async () => { await sql.raw(query.replace('$SECRET', `'${SECRET}'`)).execute(database.db); return {}; };
    app.get('/api/test/db-22', fail('select $SECRET::int'));
    app.get('/api/test/db-unique', async () => {
      await sql`create temp table if not exists t_unique (v text unique)`.execute(database.db);
      await sql`insert into t_unique values (${SECRET}), (${SECRET})`.execute(database.db);
      return {};
    });
    app.get('/api/test/slow', { config: { public: true } }, async () => {
      entered();
      await new Promise<void>((resolve) => { release = resolve; });
      return { ok: true };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as net.AddressInfo).port;
    token = await entra.token({ roles: ['Leverandoerliste.Admin', 'Kontrakt.Reviewer'] });
  });
  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await entra?.stop();
    await database?.close();
    await tdb?.drop();
  });

  const get = async (url: string) => {
    const res = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: res.json() as { error: { code: string; message: string } } };
  };
  const expectCode = (res: { status: number; body: { error: { code: string; message: string } } }, status: number, code: string) => {
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status, code });
    expect(res.body.error.message).toMatch(/[æøåÆØÅ]|\b(er|og|ikke|prøv)\b/i);
  };

  /** Writes raw bytes on a socket and returns everything the server answers. */
  const raw = (payload: string) => new Promise<string>((resolve) => {
    let data = '';
    const s = net.connect(port, '127.0.0.1', () => s.write(payload));
    s.on('data', (c) => { data += c.toString('utf8'); });
    s.on('close', () => resolve(data));
    s.on('error', () => resolve(data));
  });
  const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };

  test('a database data exception (22xxx) → 400 db.invalid-value; the log has the code, not the value', async () => {
    lines.length = 0;
    expectCode(await get('/api/test/db-22'), 400, 'db.invalid-value');
    const log = lines.join('');
    expect(log).toContain('db.invalid-value');
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain('invalid input syntax');
  });

  test('a unique violation (23505) → 409 db.conflict, nothing of the row in the log', async () => {
    lines.length = 0;
    expectCode(await get('/api/test/db-unique'), 409, 'db.conflict');
    expect(lines.join('')).not.toContain(SECRET);
  });

  test.each([
    ['not base64', '!!!'],
    ['base64 of garbage', Buffer.from('nonsense').toString('base64url')],
    ['wrong value type for the sort', Buffer.from(JSON.stringify([{ x: 1 }, 'id'])).toString('base64url')],
    ['a number where a name sorts', Buffer.from(JSON.stringify([5, 'id'])).toString('base64url')],
    ['an overlong id', Buffer.from(JSON.stringify(['a', 'x'.repeat(300)])).toString('base64url')],
    ['a value carrying a CPR number', Buffer.from(JSON.stringify(['a', '12.03.85 – 1234'])).toString('base64url')],
  ])('a forged offer cursor (%s) → 400 request.invalid-cursor', async (_name, cursor) => {
    lines.length = 0;
    expectCode(await get(`/api/offers?cursor=${encodeURIComponent(cursor)}`), 400, 'request.invalid-cursor');
    expect(lines.join('')).not.toContain('server.error');
  });

  test.each([
    ['a timestamp too large for a date', '99999999999999999.abc'],
    ['no id', '1700000000000.'],
    ['not a number', 'abc.def'],
    ['a free-place sort cursor with text', ''],
  ])('a forged flag cursor (%s) → 400 request.invalid-cursor', async (_name, cursor) => {
    const url = cursor === '' ? `/api/offers?sort=freePlaces&cursor=${Buffer.from(JSON.stringify([SECRET, 'id'])).toString('base64url')}` : `/api/flags?cursor=${encodeURIComponent(cursor)}`;
    lines.length = 0;
    expectCode(await get(url), 400, 'request.invalid-cursor');
    expect(lines.join('')).not.toContain(SECRET);
  });

  test('an updatedAt cursor must hold a real timestamp', async () => {
    const cursor = Buffer.from(JSON.stringify(['2026-13-45T99:00:00Z', 'id'])).toString('base64url');
    expectCode(await get(`/api/offers?sort=updatedAt&cursor=${cursor}`), 400, 'request.invalid-cursor');
  });

  test.each([
    ['NUL in the query', 'GET', '/api/offers?q=a%00b', undefined],
    ['NUL in a JSON body', 'POST', '/api/flags', '{"title":"a\\u0000b","findings":[]}'],
    ['a lone surrogate in a JSON body', 'POST', '/api/flags', '{"title":"a\\ud800b","findings":[]}'],
    ['a lone low surrogate in a key', 'POST', '/api/flags', '{"title":"a","findings":[],"\\udc00":1}'],
    ['NUL in a path parameter', 'GET', '/api/flags/a%00b', undefined],
  ])('%s → 400 request.invalid-characters', async (_name, method, url, payload) => {
    const res = await app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json' } : {}) }, ...(payload ? { payload } : {}) });
    expect({ status: res.statusCode, code: res.json().error.code }).toEqual({ status: 400, code: 'request.invalid-characters' });
  });

  test('NUL in an import cell → 400 request.invalid-characters, nothing stored', async () => {
    const csv = 'Navn;Leverandør\r\nHus\u0000;X\r\n';
    const before = await database.db.selectFrom('offers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const res = await app.inject({ method: 'POST', url: '/api/offers/import?dryRun=false', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, payload: csv });
    expect({ status: res.statusCode, code: res.json().error.code }).toEqual({ status: 400, code: 'request.invalid-characters' });
    expect(await database.db.selectFrom('offers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).toEqual(before);
  });

  test('Fastify\'s own refusals have the Danish shape and a stable code, and never echo the URL', async () => {
    const cases: [string, number, string][] = [
      ['/api/%zz' + SECRET.replace(/ /g, ''), 400, 'request.invalid-url'],
      [`/api/flags/${'a'.repeat(300)}`, 414, 'request.uri-too-long'],
      [`/api/offers?q=${'a'.repeat(9000)}`, 414, 'request.uri-too-long'],
    ];
    for (const [url, status, code] of cases) {
      const res = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
      expect({ status: res.statusCode, code: res.json().error.code }).toEqual({ status, code });
      expect(res.body).not.toContain('aaaa');
    }
    const json = await app.inject({ method: 'POST', url: '/api/flags', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: '{"title": ' });
    expect({ status: json.statusCode, code: json.json().error.code }).toEqual({ status: 400, code: 'request.invalid-json' });
    const big = await app.inject({ method: 'POST', url: '/api/flags', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ title: 'x', comment: 'a'.repeat(3 * 1024 * 1024) }) });
    expect({ status: big.statusCode, code: big.json().error.code }).toEqual({ status: 413, code: 'request.body-too-large' });
  });

  test('what Node\'s parser refuses (431 headers too large, an overlong URL, bad HTTP) gets the same shape', async () => {
    const header = await raw(`GET /api/offers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`);
    expect(header).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(header).error.code).toBe('request.headers-too-large');
    const url = await raw(`GET /api/offers?q=${'a'.repeat(20000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(url).toMatch(/^HTTP\/1\.1 431 /);
    expect(url).not.toContain('aaaa');
    const bad = await raw('NONSENSE\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(bad).error).toMatchObject({ code: 'request.malformed' });
  });

  test('during shutdown a request gets 503 server.shutting-down in the Danish shape (last: closes the app)', async () => {
    const inHandler = new Promise<void>((resolve) => { entered = resolve; });
    // One connection: the slow request, then a second one pipelined behind it that is read after close() began.
    const s = net.connect(port, '127.0.0.1');
    let data = '';
    s.on('data', (c) => { data += c.toString('utf8'); });
    const ended = new Promise<void>((resolve) => { s.on('close', () => resolve()); });
    s.write('GET /api/test/slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await inHandler;
    const closed = app.close();
    s.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await new Promise((r) => setImmediate(r));
    release();
    await ended;
    await closed;
    expect(data).toMatch(/^HTTP\/1\.1 200 /);
    const second = data.slice(data.indexOf('HTTP/1.1', 10));
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toContain('"code":"server.shutting-down"');
  });
});
