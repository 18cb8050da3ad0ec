import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pkg from '../../package.json';
import { FlagService } from './app/flags';
import { OfferService } from './app/offers';
import type { Config } from './config';
import { migrateToLatest, openDatabase, type Database } from './db/connect';
import { CprRefused, RateLimited, ShuttingDown, UriTooLong } from './errors';
import { makeAuthenticator, type Authenticator } from './http/auth';
import { registerDevHostCheck } from './http/host-check';
import { registerPublic, registerRouteAuth } from './http/route-auth';
import { landingRoutes } from './http/routes/landing';
import { httpsOptions } from './http/https-options';
import { registerSecurityHeaders } from './http/security-headers';
import { valueContainsCpr } from './http/cpr-guard';
import { scrubLogLine } from './http/log-privacy';
import { clientErrorHandler, frameworkErrorHandler, registerErrorHandler } from './http/error-handler';
import { refuseForbiddenCharacters } from './http/input-integrity';
import { logFieldsOf } from './log-fields';
import { auditRoutes } from './http/routes/audit';
import { flagRoutes } from './http/routes/flags';
import { healthRoutes } from './http/routes/health';
import { offerIoRoutes } from './http/routes/offers-io';
import { offerRoutes } from './http/routes/offers';
import { rateIncreaseRoutes } from './http/routes/rate-increases';
import { botFrameworkAuthenticator, type BotAuthenticator } from './notify/bot/inbound-auth';
import { ClientCredentialsTokenSource } from './notify/bot/bot-token';
import { ConnectorTeamChannels, type TeamChannelSource } from './notify/bot/team-channels';
import { reviewDeepLink } from './notify/card';
import type { ChatDelivery } from './notify/delivery-port';
import { OutboxWorker } from './notify/outbox-worker';
import { ReviewTargetStore } from './notify/review-targets';
import { botMessageRoutes } from './http/routes/bot-messages';
import { reviewTargetRoutes } from './http/routes/review-targets';
import { seedDemoIfEmpty } from './demo/seed';
import { closeImportPool } from './app/offer-import-pool';

/** Longer URLs get 414 (Node's parser answers 431 beyond its 16 KB header limit). */
const MAX_URL_CHARS = 8192;

export interface AppDeps {
  config: Config;
  database: Database;
  offers: OfferService;
  flags: FlagService;
  outbox: OutboxWorker | null;
  reviewTargets: ReviewTargetStore;
  bot: { auth: BotAuthenticator; channels: TeamChannelSource | null };
  now: () => Date;
  version: string;
  shuttingDown: () => boolean;
}

export type AppInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyContextConfig {
    /** Reachable without a token (health, readiness, OpenAPI, the bot endpoint with its own token check). */
    public?: boolean;
    /** App roles the route requires (checked by the auth hook; handlers check again). */
    roles?: readonly string[];
  }
}

export interface BuildDeps {
  /** An open database; when absent the app opens (and on close, closes) the one in config. */
  database?: Database;
  /** Where flag cards go; without one, outbox messages wait in the database until a server with one runs. */
  delivery?: ChatDelivery;
  authenticator?: Authenticator;
  /** Checks the Bot Framework's tokens on /api/messages (default: from config.bot). */
  botAuthenticator?: BotAuthenticator;
  /** Log to stdout (pino JSON); off by default so tests stay quiet. */
  logger?: boolean;
  /** Log to this stream instead of stdout (implies logging). */
  logStream?: { write(line: string): unknown };
  now?: () => Date;
  /** Start the outbox worker's polling (default: config.outbox.enabled). Tests drive it with runOnce(). */
  startWorker?: boolean;
}

/**
 * The whole server as a Fastify instance, not yet listening. Other test suites start it in-process:
 *   const app = await buildApp(loadConfig({ AUTH_MODE: 'dev', DATA_DIR: 'memory://', KL_DEMO: '1' }));
 *   await app.listen({ host: '127.0.0.1', port: 0 });
 */
export async function buildApp(config: Config, deps: BuildDeps = {}): Promise<AppInstance> {
  // Files first: a start that fails on them must not leave a database open.
  const https = httpsOptions(config);
  const ownsDatabase = !deps.database;
  const database = deps.database ?? (await openDatabase(config.database));
  await migrateToLatest(database.db);
  const now = deps.now ?? (() => new Date());

  const app = Fastify({
    ...(https ? { https } : {}),
    logger: deps.logger || deps.logStream
      ? {
        level: config.logLevel,
        ...(deps.logStream ? { stream: deps.logStream } : {}),
        // Tokens and bodies never reach the log; the request line is logged by the hook below.
        redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'body', 'headers.authorization'], censor: '[fjernet]' },
        serializers: { req: (r: { method: string }) => ({ method: r.method }), res: (r: { statusCode: number }) => ({ status: r.statusCode }) },
        // Whatever a line holds, no CPR number is written (http/log-privacy.ts).
        hooks: { streamWrite: scrubLogLine },
      }
      : false,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    trustProxy: false,
    // Our own 503 during shutdown (onRequest below), in the Danish error shape; Fastify's is English.
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  let shuttingDown = false;
  const base = config.publicBaseUrl ?? `http://${config.host}:${config.port}`;
  // A Teams deep link when the app id is known (the tenant's own, else the default), else the tab's page in a browser.
  const reviewLink = (flagId: string, tenantId: string | null) => {
    const appId = (tenantId ? config.teamsAppIds[tenantId.toLowerCase()] : undefined) ?? config.teamsAppId;
    return appId
      ? reviewDeepLink({ appId, flagId, publicBaseUrl: base })
      : `${base.replace(/\/+$/, '')}/teams/index.html?view=gennemgang&flag=${encodeURIComponent(flagId)}`;
  };

  const reviewTargets = new ReviewTargetStore(database.db, now);
  const worker = deps.delivery
    ? new OutboxWorker(database.db, deps.delivery, { ...config.outbox, onError: (e) => app.log.error(logFieldsOf(e), 'outbox worker') }, reviewTargets)
    : null;
  const scopeOf = (p: { tenantId: string | null }) => p.tenantId ? p.tenantId.toLowerCase() : config.auth.mode === 'dev' ? '*' : '';
  const flags = new FlagService(database.db, config, now, reviewLink, () => worker?.kick(), reviewTargets, scopeOf);
  const bot = config.bot;
  const botTokens = bot.appId && bot.appSecret
    ? new ClientCredentialsTokenSource({ tokenUrl: bot.tokenUrl, clientId: bot.appId, clientSecret: bot.appSecret, scope: bot.tokenScope, timeoutMs: bot.requestTimeoutMs })
    : null;
  app.decorate('deps', {
    config, database, offers: new OfferService(database.db, config, now, scopeOf), flags, outbox: worker, reviewTargets,
    bot: {
      auth: deps.botAuthenticator ?? botFrameworkAuthenticator({ appId: bot.appId, openIdMetadataUrl: bot.openIdMetadataUrl, issuers: bot.issuers }),
      channels: botTokens ? new ConnectorTeamChannels(botTokens, bot.serviceUrlHosts, bot.requestTimeoutMs) : null,
    },
    now, version: pkg.version, shuttingDown: () => shuttingDown,
  } satisfies AppDeps);

  registerErrorHandler(app);

  // Closing starts with preClose (before the listener stops): from then on every request is a 503.
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onRequest', async (req) => {
    (req as { startedAt?: bigint }).startedAt = process.hrtime.bigint();
    if (closing) throw new ShuttingDown();
    if (req.url.length > MAX_URL_CHARS) throw new UriTooLong();
  });
  // Order matters: headers first (so refusals carry them), CORS preflight answered before
  // authentication (browsers send it without a token), then the host check and deny-by-default.
  await registerSecurityHeaders(app, { frameAncestors: config.frameAncestors });
  if (config.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: config.corsOrigins,
      // Not strict: an OPTIONS without the preflight headers gets an empty 204, not plugin English text.
      strictPreflight: false, methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposedHeaders: ['etag', 'location'], allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key'],
    });
  }
  if (config.auth.mode === 'dev') registerDevHostCheck(app);
  registerRouteAuth(app, deps.authenticator ?? makeAuthenticator(config.auth));
  await app.register(rateLimit, {
    global: false,
    // Per signed-in user (limits are set on the export and import routes); the IP only as a fallback.
    keyGenerator: (req) => req.principal ? `${req.principal.tenantId ?? ''}/${req.principal.id}` : req.ip,
    errorResponseBuilder: (_req, ctx) => new RateLimited(Math.ceil(ctx.ttl / 1000)),
  });
  // CPR numbers are refused twice: on the values as parsed (before validation, so none reaches a
  // validation message) and on the values as validated (after zod's transforms, which may
  // normalise or decode), so nothing of them reaches a handler, the database or a log. Raw
  // spreadsheet bodies are checked cell by cell by the import.
  const refuseCpr = async (req: { query: unknown; params: unknown; body: unknown }) => {
    const body = Buffer.isBuffer(req.body) ? undefined : req.body;
    if (valueContainsCpr(req.query) || valueContainsCpr(req.params) || valueContainsCpr(body)) throw new CprRefused();
  };
  // NUL and lone surrogates first: they are no text at all (and PostgreSQL refuses NUL).
  app.addHook('preValidation', async (req) => refuseForbiddenCharacters(req));
  app.addHook('preValidation', refuseCpr);
  app.addHook('preHandler', refuseCpr);
  app.addHook('onResponse', async (req, reply) => {
    const started = (req as { startedAt?: bigint }).startedAt;
    const durationMs = started ? Number(process.hrtime.bigint() - started) / 1e6 : undefined;
    req.log.info({ method: req.method, route: req.routeOptions.url ?? '(ukendt)', status: reply.statusCode, durationMs }, 'request');
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'KL Kontrakt API', version: pkg.version, description: 'Leverandørliste, takstovervågning og gennemgang (flag) for Rammeaftale Sjælland.' },
      components: { securitySchemes: { entra: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ entra: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(offerRoutes);
  await app.register(offerIoRoutes);
  await app.register(rateIncreaseRoutes);
  await app.register(flagRoutes);
  await app.register(auditRoutes);
  await app.register(reviewTargetRoutes);
  await app.register(botMessageRoutes);
  await app.register(landingRoutes);

  // The built add-in and tab, public (files, no data); absent folders are fine (npm start builds them first).
  await registerPublic(app, async (scope) => {
    let decorated = false;
    for (const [prefix, dir] of [['/addin/', 'addin'], ['/teams/', 'teams'], ['/revision/', 'revision']] as const) {
      const root = path.resolve(config.distDir, dir);
      if (!existsSync(root)) continue;
      // The add-in's page is taskpane.html (its manifest names it); either opens at the folder URL.
      await scope.register(fastifyStatic, { root, prefix, decorateReply: !decorated, index: ['index.html', 'taskpane.html'] });
      decorated = true;
    }
  });

  if (config.demo.enabled) await seedDemoIfEmpty(database.db, { offers: config.demo.offers, now: now() });

  app.addHook('onClose', async () => {
    shuttingDown = true;
    await worker?.stop();
    await closeImportPool();
    if (ownsDatabase) await database.close();
  });
  app.addHook('onReady', async () => {
    if (worker && (deps.startWorker ?? config.outbox.enabled)) worker.start();
  });
  return app;
}
