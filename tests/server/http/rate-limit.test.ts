import { buildApp, type AppInstance } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { LocalEntra } from '../../integration/helpers/entra';

/** Issue 11.7: exports and imports are limited per user, so one user cannot starve the others. */
describe('rate limits on exports and imports', () => {
  let app: AppInstance;
  let entra: LocalEntra;
  beforeAll(async () => {
    entra = await new LocalEntra().start();
    app = await buildApp(loadConfig({ ...entra.env(), DATA_DIR: 'memory://', LOG_LEVEL: 'silent', EXPORT_RATE_PER_MINUTE: '2' }));
  });
  afterAll(async () => {
    await app?.close();
    await entra?.stop();
  });

  const exportAs = async (oid: string) => app.inject({ url: '/api/offers/export?format=csv', headers: { authorization: `Bearer ${await entra.token({ oid })}` } });

  test('the third export in a minute is refused with 429, a Danish message and Retry-After; another user is not affected', async () => {
    expect((await exportAs('anna')).statusCode).toBe(200);
    expect((await exportAs('anna')).statusCode).toBe(200);
    const third = await exportAs('anna');
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('http.rate-limited');
    expect(third.json().error.message).toMatch(/Vent \d+ sekunder/);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect((await exportAs('bent')).statusCode).toBe(200);
  });

  test('ordinary reads are not limited', async () => {
    const authorization = `Bearer ${await entra.token({ oid: 'anna' })}`;
    for (let i = 0; i < 5; i++) expect((await app.inject({ url: '/api/offers', headers: { authorization } })).statusCode).toBe(200);
  });
});
