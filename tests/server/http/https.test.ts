import { mkdtempSync, rmSync } from 'node:fs';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { buildApp, type AppInstance } from '../../../src/server/app';
import { ConfigError, loadConfig } from '../../../src/server/config';

/** Issue 12.7: `npm start` with KL_HTTPS=1 serves HTTPS with Microsoft's development certificate, for sideloading. */
describe('HTTPS on the server itself', () => {
  let dir: string;
  let app: AppInstance | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kl-https-'));
    // The same generator `npx office-addin-dev-certs install` uses, into a folder of the test's own.
    await generateCertificates(path.join(dir, 'ca.crt'), path.join(dir, 'localhost.crt'), path.join(dir, 'localhost.key'), 1, ['127.0.0.1', 'localhost']);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('with HTTPS_KEY_FILE and HTTPS_CERT_FILE the API answers over TLS, trusted through the development CA', async () => {
    app = await buildApp(loadConfig({
      AUTH_MODE: 'dev', HOST: '127.0.0.1', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', OUTBOX_ENABLED: 'false',
      HTTPS_KEY_FILE: path.join(dir, 'localhost.key'), HTTPS_CERT_FILE: path.join(dir, 'localhost.crt'),
    }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const body = await new Promise<string>((resolve, reject) => {
      https.get({ host: '127.0.0.1', port, path: '/api/health', ca: readFileSync(path.join(dir, 'ca.crt')), servername: 'localhost' }, (res) => {
        let s = '';
        res.on('data', (d: Buffer) => { s += d.toString(); });
        res.on('end', () => resolve(s));
      }).on('error', reject);
    });
    expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
  });

  test('one of the two settings alone stops the start, naming both', () => {
    expect(() => loadConfig({ AUTH_MODE: 'dev', HTTPS_KEY_FILE: path.join(dir, 'localhost.key') })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_MODE: 'dev', HTTPS_KEY_FILE: path.join(dir, 'localhost.key') })).toThrow(/HTTPS_KEY_FILE og HTTPS_CERT_FILE/);
  });

  test('an unreadable file is a Danish start-up error naming the variable', async () => {
    await expect(buildApp(loadConfig({ AUTH_MODE: 'dev', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', HTTPS_KEY_FILE: path.join(dir, 'missing.key'), HTTPS_CERT_FILE: path.join(dir, 'localhost.crt') })))
      .rejects.toMatchObject({ code: 'config.https', message: expect.stringContaining('HTTPS_KEY_FILE=') });
  });
});
