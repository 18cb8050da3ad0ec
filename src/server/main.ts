import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { AppError } from './errors';
import { createDelivery } from './notify/delivery-factory';
import type { ChatDelivery } from './notify/delivery-port';

/** Entry point: `npm start` (dev, PGlite, demo data) or production (Entra ID, PostgreSQL). */
async function main() {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  // Teams delivery from configuration (the app's bot and/or the Workflows webhook). Without it, flags are still saved and
  // their cards wait in the outbox (shown as "Afventer afsendelse") until a server that has it runs.
  const delivery: ChatDelivery | undefined = createDelivery(config);

  let app: Awaited<ReturnType<typeof buildApp>>;
  let address: string;
  try {
    app = await buildApp(config, { logger: true, delivery });
    if (process.env.KL_PREPARE_ONLY === '1') {
      // `npm start` prepares the database (migrations, demo data) while webpack builds, then starts the server.
      await app.close();
      return;
    }
    address = await app.listen({ host: config.host, port: config.port });
  } catch (e) {
    // Environment problems (DATA_DIR, a taken port) are for the operator: one Danish line naming what to fix, exit 2.
    const port = (e as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? `PORT=${config.port}: porten er optaget af et andet program. Stop det eller vælg en anden PORT.` : undefined;
    if (e instanceof AppError && e.code.startsWith('config.')) fail(e.message);
    if (port) fail(port);
    throw e;
  }
  const base = address.replace('[::1]', 'localhost');
  const lines = [
    '',
    '  KL Kontrakt server kører',
    `  Startside:  ${base}/`,
    `  API:        ${base}/api/health`,
    `  OpenAPI:    ${base}/api/openapi.json`,
    `  Word-tilføjelsesprogram: ${base}/addin/`,
    `  Teams-fane: ${base}/teams/`,
    `  Database:   ${config.database.kind === 'pglite' ? `PGlite (${config.database.dataDir})` : 'PostgreSQL'}`,
    `  Login:      ${config.auth.mode === 'dev' ? `udviklingstilstand (roller: ${config.auth.roles.join(', ') || 'ingen'})` : 'Microsoft Entra ID'}`,
    `  Teams-kort: ${delivery ? 'sendes af appens bot/webhook' : 'ikke konfigureret (BOT_APP_ID/BOT_APP_SECRET eller TEAMS_WEBHOOK_URL); kort venter i udbakken'}`,
    '  Stop med Ctrl+C',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    // app.close() stops accepting connections, answers new requests on open ones with 503, closes idle keep-alive
    // sockets and waits for in-flight requests; after the grace period the rest are cut and the exit says so.
    const force = setTimeout(() => {
      app.log.warn('grace period over; in-flight requests cut');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

void main();
