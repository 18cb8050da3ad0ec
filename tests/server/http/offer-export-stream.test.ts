/**
 * GET /api/offers/export over a real socket (issue 16.4): a client that leaves mid-export ends the
 * reading of the list, and a failure after the first byte cuts the response off (a broken download,
 * never a valid file without the rest of the rows) and is logged without its message. The list is a
 * stand-in that pages without end, so "stops reading" can be seen; the database is in-memory PGlite.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp, type AppInstance } from '../../../src/server/app';
import type { OfferSummary } from '../../../src/server/app/offer-mapping';
import type { OfferQuery } from '../../../src/server/app/offers';
import { loadConfig } from '../../../src/server/config';
import { LocalEntra } from '../../integration/helpers/entra';

type Outcome = { status: number; bytes: number; ended: boolean; aborted: boolean };

describe('offer export streams over HTTP', () => {
  const lines: string[] = [];
  let app: AppInstance;
  let entra: LocalEntra;
  let base: string;
  let sample: OfferSummary;
  let authorization: string;

  beforeAll(async () => {
    entra = await new LocalEntra().start();
    app = await buildApp(
      loadConfig({ ...entra.env(), DATA_DIR: 'memory://', LOG_LEVEL: 'info', KL_DEMO: '1', KL_DEMO_OFFERS: '3', EXPORT_RATE_PER_MINUTE: '1000' }),
      { logStream: { write: (l: string) => lines.push(l) } },
    );
    const { port } = (await app.listen({ host: '127.0.0.1', port: 0 }), app.server.address() as AddressInfo);
    base = `http://127.0.0.1:${port}`;
    authorization = `Bearer ${await entra.token({})}`;
    sample = (await app.deps.offers.list({ sort: 'name', limit: 1 } as OfferQuery)).items[0]!;
  });
  afterAll(async () => {
    await app?.close();
    await entra?.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  /** The list as endless pages of 500 offers; `fail(n)` may make page n throw. Counts the pages read. */
  function endlessList(fail?: (page: number) => Promise<void> | void) {
    const seen = { pages: 0 };
    jest.spyOn(app.deps.offers, 'list').mockImplementation(async () => {
      const n = seen.pages++;
      await fail?.(n);
      await sleep(1);
      return { items: Array.from({ length: 500 }, (_, i) => ({ ...sample, id: `${sample.id}-${n}-${i}`, name: `${sample.name} ${n * 500 + i}` })), nextCursor: `c${n}`, total: 1e9, generation: '1' };
    });
    return seen;
  }

  /** GETs the export; `onFirstBytes` may leave. Resolves with what the client saw. */
  function download(format: string, onFirstBytes?: (req: http.ClientRequest) => void): Promise<Outcome> {
    return new Promise((resolve) => {
      const o: Outcome = { status: 0, bytes: 0, ended: false, aborted: false };
      const req = http.get(`${base}/api/offers/export?format=${format}`, { headers: { authorization } }, (res) => {
        o.status = res.statusCode ?? 0;
        res.on('data', (c: Buffer) => { if (o.bytes === 0) onFirstBytes?.(req); o.bytes += c.length; });
        res.on('end', () => { o.ended = true; });
        res.on('aborted', () => { o.aborted = true; });
        res.on('close', () => resolve(o));
      });
      req.on('error', () => { o.aborted = true; resolve(o); });
    });
  }

  const settledPages = async (seen: { pages: number }) => {
    let last = -1;
    for (let still = 0; still < 5;) { await sleep(50); still = seen.pages === last ? still + 1 : 0; last = seen.pages; }
    return last;
  };

  test.each(['csv', 'xlsx'])('%s: a client that leaves after the first bytes ends the reading of the list', async (format) => {
    const seen = endlessList();
    const o = await download(format, (req) => req.destroy());
    expect(o.status).toBe(200);
    const pages = await settledPages(seen);
    expect(pages).toBeLessThan(20);
    await sleep(200);
    expect(seen.pages).toBe(pages);
    // The server goes on answering.
    jest.restoreAllMocks();
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });

  test.each(['csv', 'xlsx'])('%s: a failure after the first bytes cuts the response off and is logged without its message', async (format) => {
    let firstBytes = () => {};
    const sent = new Promise<void>((resolve) => { firstBytes = resolve; });
    lines.length = 0;
    endlessList(async (n) => {
      if (n < 3) return;
      await sent;
      throw new Error('connection terminated: secret value 1234');
    });
    const o = await download(format, () => firstBytes());
    expect(o.status).toBe(200);
    expect(o.bytes).toBeGreaterThan(0);
    expect(o.ended).toBe(false);
    expect(o.aborted).toBe(true);
    const log = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'export cut off');
    expect(log).toMatchObject({ level: 50, name: 'Error', format, rowsWritten: 1500 });
    expect(lines.join('\n')).not.toContain('secret value');
  });

  test.each(['csv', 'xlsx'])('%s: a failure before anything is sent is an error status, not a file', async (format) => {
    endlessList(() => { throw new Error('database down'); });
    const res = await app.inject({ url: `/api/offers/export?format=${format}`, headers: { authorization } });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('server.error');
  });
});
