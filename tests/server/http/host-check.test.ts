import { buildApp, type AppInstance } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { hostOf } from '../../../src/server/http/host-check';

/** Issue 11.7: dev mode (a fixed user with every role) answers only requests addressed to loopback. */
describe('dev mode refuses a foreign Host (DNS rebinding)', () => {
  let app: AppInstance;
  beforeAll(async () => {
    app = await buildApp(loadConfig({ AUTH_MODE: 'dev', DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => { await app?.close(); });

  test.each(['127.0.0.1:3000', 'localhost:3000', '[::1]:3000', '127.0.0.1'])('Host %s is served', async (host) => {
    expect((await app.inject({ url: '/api/offers', headers: { host } })).statusCode).toBe(200);
  });

  test.each(['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', 'localhost.evil.example', '10.0.0.5:3000'])('Host "%s" is refused with a Danish reason', async (host) => {
    const res = await app.inject({ url: '/api/offers', headers: { host } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'http.host-refused', message: expect.stringContaining('127.0.0.1') });
  });

  test('hostOf strips the port and the IPv6 brackets', () => {
    expect(hostOf('[::1]:8080')).toBe('::1');
    expect(hostOf('localhost:3000')).toBe('localhost');
    expect(hostOf(undefined)).toBe('');
  });
});
