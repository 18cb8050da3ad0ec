import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiClient, queryString } from '../../src/ui/api/client';
import { ApiError, fieldErrorsOf, NetworkError, StaleVersionError } from '../../src/ui/api/errors';

/** A loopback server that records requests and answers from a script. */
let server: Server;
let base: string;
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
let answer: (url: string) => { status: number; body: unknown; headers?: Record<string, string> } = () => ({ status: 200, body: {} });

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const a = answer(req.url ?? '');
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => { seen.length = 0; });

describe('API client', () => {
  it('sends the host token as bearer and the filters as query parameters', async () => {
    answer = () => ({ status: 200, body: { items: [], nextCursor: null, total: 0 } });
    const api = new ApiClient({ baseUrl: base, getToken: async () => 'sso-token' });
    await api.listOffers({ q: 'Engen', municipality: 'Sorø', hasFreePlaces: true, sort: '-freePlaces', limit: 20 });
    expect(seen[0]!.headers.authorization).toBe('Bearer sso-token');
    const url = new URL(seen[0]!.url, base);
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'Engen', municipality: 'Sorø', hasFreePlaces: 'true', sort: '-freePlaces', limit: '20' });
  });

  it('reads "Mine sager" through its zod schema: a known answer is the list, another shape is an error', async () => {
    const item = { id: 'f1', title: 'Kontrakt', state: 'under-gennemgang', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z', latestReply: { author: 'Jurist', text: 'Ret § 5.', createdAt: '2026-12-02T10:00:00.000Z' } };
    answer = () => ({ status: 200, body: { items: [item] } });
    const api = new ApiClient({ baseUrl: base });
    expect(await api.myFlags()).toEqual([item]);
    expect(new URL(seen[0]!.url, base).pathname).toBe('/api/flags/mine');
    answer = () => ({ status: 200, body: { items: [{ ...item, state: 'open' }] } });
    await expect(api.myFlags()).rejects.toThrow();
  });

  it('reports a 401 to a request that went without a token (so the pane offers "Log ind"), not one refused with a token', async () => {
    answer = () => ({ status: 401, body: { error: { code: 'auth.unauthenticated', message: 'Du skal logge ind: adgangstoken mangler eller er ugyldig.' } } });
    const refused = jest.fn();
    await expect(new ApiClient({ baseUrl: base, getToken: async () => null, onUnauthenticated: refused }).health()).rejects.toMatchObject({ status: 401, code: 'auth.unauthenticated' });
    expect(refused).toHaveBeenCalledTimes(1);
    await expect(new ApiClient({ baseUrl: base, getToken: async () => 'expired', onUnauthenticated: refused }).health()).rejects.toMatchObject({ status: 401 });
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('calls without a token in dev mode', async () => {
    answer = () => ({ status: 200, body: { status: 'ok', database: 'pglite', version: '0.1.0' } });
    await new ApiClient({ baseUrl: base }).health();
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });

  it('follows the cursor until the list is complete, reporting each page: a screenful first, then large pages', async () => {
    answer = (url) => (url.includes('cursor=c1')
      ? { status: 200, body: { items: [{ id: '2' }], nextCursor: null, total: 2 } }
      : { status: 200, body: { items: [{ id: '1' }], nextCursor: 'c1', total: 2 } });
    const pages: number[] = [];
    const all = await new ApiClient({ baseUrl: base }).listAllOffers({}, (items) => pages.push(items.length));
    expect(all.map((o) => o.id)).toEqual(['1', '2']);
    expect(pages).toEqual([1, 2]);
    expect(seen.map((s) => new URL(s.url, base).searchParams.get('limit'))).toEqual(['100', '500']);
  });

  it('takes a primed first page over instead of asking again (the tab primes it before React renders)', async () => {
    answer = () => ({ status: 200, body: { items: [{ id: '1' }], nextCursor: null, total: 1 } });
    const api = new ApiClient({ baseUrl: base });
    api.primeOfferList({ municipality: 'Sorø', sort: 'name' });
    const all = await api.listAllOffers({ municipality: 'Sorø', sort: 'name' });
    expect(all.map((o) => o.id)).toEqual(['1']);
    expect(seen).toHaveLength(1);
    await api.listAllOffers({ municipality: 'Sorø', sort: 'name' });
    expect(seen).toHaveLength(2);
  });

  it('sends If-Match, returns the new ETag, and turns 412 into StaleVersionError', async () => {
    answer = () => ({ status: 200, body: { id: 'o1', version: 3 }, headers: { etag: '"o1.3"' } });
    const api = new ApiClient({ baseUrl: base });
    const r = await api.updateOffer('o1', '"o1.2"', { name: 'x' } as never);
    expect(seen[0]!.headers['if-match']).toBe('"o1.2"');
    expect(r.etag).toBe('"o1.3"');
    answer = () => ({ status: 412, body: { error: { code: 'version.stale', message: 'Tilbuddet er ændret af en anden.' } } });
    await expect(api.updateOffer('o1', '"o1.2"', { name: 'x' } as never)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('carries the server error code and Danish message', async () => {
    answer = () => ({ status: 403, body: { error: { code: 'auth.forbidden', message: 'Du har ikke adgang.' } } });
    const e = await new ApiClient({ baseUrl: base }).audit().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'auth.forbidden', status: 403, message: 'Du har ikke adgang.' });
  });

  it('carries the fields the server refused, and ignores an error body of another shape', async () => {
    const fields = [{ path: 'places', message: 'Pladser mangler.' }, { path: 'cvr', message: 'CVR-nummer skal være 8 cifre.' }];
    answer = () => ({ status: 400, body: { error: { code: 'input.invalid', message: 'Forespørgslen blev afvist: 2 felter skal rettes.', fields } } });
    const api = new ApiClient({ baseUrl: base });
    const e = await api.createOffer({} as never).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'input.invalid', status: 400, fields });
    expect(fieldErrorsOf(e)).toEqual(fields);
    answer = () => ({ status: 400, body: { error: { code: 'input.invalid', message: 'x', fields: [{ path: 1 }] } } });
    const odd = await api.createOffer({} as never).catch((x: unknown) => x);
    expect(odd).toMatchObject({ code: 'http.400', message: 'Serveren svarede 400.', fields: [] });
    expect(fieldErrorsOf(new Error('x'))).toEqual([]);
  });

  it('reports an unreachable server as NetworkError', async () => {
    const e = await new ApiClient({ baseUrl: 'http://127.0.0.1:9' }).health().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkError);
  });

  it('leaves out empty query values', () => {
    expect(queryString({ a: '', b: undefined, c: null, d: 0, e: false })).toBe('?d=0&e=false');
  });
});
