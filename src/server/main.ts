import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
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

  const app = await buildApp(config, { logger: true, delivery });
  const address = await app.listen({ host: config.host, port: config.port });
  const base = address.replace('[::1]', 'localhost');
  const lines = [
    '',
    '  KL Kontrakt server kører',
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
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
