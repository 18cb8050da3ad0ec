/**
 * The server as its own process for the API bench, so that autocannon (in the bench process) and
 * the server do not share one event loop. Reads the same environment as `npm start`; prints
 * "listening <url>" on stdout once it answers.
 */
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';

async function main() {
  const app = await buildApp(loadConfig(process.env));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`listening ${url}\n`);
  process.on('SIGTERM', () => { void app.close().then(() => process.exit(0)); });
}

void main().catch((e) => { console.error(e); process.exit(1); });
