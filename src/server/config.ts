import { z } from 'zod';
import { isIP } from 'node:net';
import { DEFAULT_FRAME_ANCESTORS } from './http/frame-ancestors';
import { defaultClientApps } from './http/auth/client-apps';

/**
 * Server configuration, read once from the environment and validated with zod.
 * A bad value stops the start with a message that names the variable (Danish / English).
 * Municipalities, supervisory authorities and rate thresholds are configuration, never constants:
 * the region merges in 2027 and the lists will change.
 */

export const DEFAULT_MUNICIPALITIES = [
  'Faxe', 'Greve', 'Guldborgsund', 'Holbæk', 'Kalundborg', 'Køge', 'Lejre', 'Lolland', 'Næstved',
  'Odsherred', 'Ringsted', 'Roskilde', 'Slagelse', 'Solrød', 'Sorø', 'Stevns', 'Vordingborg',
];

/** Default: Socialtilsyn Øst supervises the region; offers run by Holbæk itself go to another authority. */
export const DEFAULT_SUPERVISION = 'default=Socialtilsyn Øst;Holbæk=Socialtilsyn Hovedstaden';

const list = (s: string | undefined): string[] =>
  (s ?? '').split(',').map((x) => x.trim()).filter((x) => x.length > 0);

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no', '']).transform((v) => v === '1' || v === 'true' || v === 'yes');

const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** "default=Socialtilsyn Øst;Holbæk=Socialtilsyn Hovedstaden": who supervises offers run by a municipality. */
const supervisionMapping = z.string().default(DEFAULT_SUPERVISION).transform((s, ctx) => {
  const out: { default: string; byOperatorMunicipality: Record<string, string> } = { default: '', byOperatorMunicipality: {} };
  for (const part of s.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if (!k || !v) {
      ctx.addIssue({ code: 'custom', message: `forventede "kommune=tilsyn" / expected "municipality=authority", fik "${part}"` });
      return z.NEVER;
    }
    if (k === 'default') out.default = v;
    else out.byOperatorMunicipality[k] = v;
  }
  if (!out.default) {
    ctx.addIssue({ code: 'custom', message: 'mangler "default=…" / missing "default=…"' });
    return z.NEVER;
  }
  return out;
});

const envSchema = z.object({
  PORT: intIn(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'skal starte med postgres:// / must start with postgres://').optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  AUTH_MODE: z.enum(['entra', 'dev']).default('entra'),
  DEV_ROLES: z.string().default('Leverandoerliste.Admin,Kontrakt.Reviewer'),
  ENTRA_JWKS_URL: z.url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  /** Comma-separated tenant ids, or "*" for a multi-tenant deployment (any tenant, checked against its issuer). */
  ENTRA_TENANT_IDS: z.string().default(''),
  ENTRA_AUDIENCE: z.string().default(''),
  /** The delegated scope a user's token must carry (the registration's exposed API scope). */
  ENTRA_SCOPE: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'et scope-navn som access_as_user / a scope name like access_as_user').default('access_as_user'),
  /** Application roles that let an app-only token (no scp) in; empty: no application gets in. */
  ENTRA_APP_ROLES: z.string().default(''),
  /** Clock skew allowed on exp, nbf and iat; Microsoft's libraries use 5 minutes, which is the maximum here. */
  ENTRA_CLOCK_SKEW_SECONDS: intIn(0, 300).default(60),
  /** Client ids allowed as a delegated token's azp/appid; empty: our own and Microsoft's (client-apps.ts); * : any. */
  ENTRA_CLIENT_APPS: z.string().default(''),
  RATE_THRESHOLD_PRIVATE: z.coerce.number().min(0).max(1000).default(5),
  RATE_THRESHOLD_PUBLIC: z.coerce.number().min(0).max(1000).default(8),
  CORS_ORIGINS: z.string().default(''),
  /** Who may frame the pages (CSP frame-ancestors), comma-separated; default: Microsoft's Teams/Outlook/M365/Office hosts. */
  FRAME_ANCESTORS: z.string().default(DEFAULT_FRAME_ANCESTORS.join(',')),
  /** The whole request, headers and body, must arrive within this time (slow-loris protection). */
  REQUEST_TIMEOUT_MS: intIn(1000, 600_000).default(60_000),
  /** Exports and imports per user per minute. */
  EXPORT_RATE_PER_MINUTE: intIn(1, 10_000).default(20),
  /** On SIGTERM/SIGINT, in-flight requests get this long to finish before the process gives up on them. */
  SHUTDOWN_GRACE_MS: intIn(0, 600_000).default(30_000),
  MUNICIPALITIES: z.string().default(DEFAULT_MUNICIPALITIES.join(',')),
  /**
   * Which municipalities each tenant files flags for: JSON {"<tenant id>": ["Roskilde", …]}. A
   * municipality's Entra tenant is its own, so a user of one tenant cannot file for another's.
   */
  TENANT_MUNICIPALITIES: z.string().default('{}'),
  /** The tenant the local dev user's flags belong to; it may file for every municipality. */
  DEV_TENANT_ID: z.string().regex(/^[0-9a-fA-F-]{36}$/, 'et GUID / a GUID').default('00000000-0000-4000-8000-00000000de00'),
  SUPERVISION_AUTHORITIES: supervisionMapping,
  BODY_LIMIT_BYTES: intIn(1024, 100 * 1024 * 1024).default(1024 * 1024),
  IMPORT_LIMIT_BYTES: intIn(1024, 200 * 1024 * 1024).default(20 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: z.url().optional(),
  TEAMS_APP_ID: z.string().default(''),
  OUTBOX_POLL_MS: intIn(10, 600_000).default(1000),
  OUTBOX_MAX_ATTEMPTS: intIn(1, 100).default(8),
  OUTBOX_BACKOFF_MS: intIn(1, 3_600_000).default(2000),
  OUTBOX_BACKOFF_MAX_MS: intIn(1, 86_400_000).default(15 * 60_000),
  OUTBOX_LEASE_MS: intIn(100, 3_600_000).default(60_000),
  OUTBOX_ENABLED: bool.default(true),
  KL_DEMO: bool.default(false),
  KL_DEMO_OFFERS: intIn(0, 100_000).default(300),
  DIST_DIR: z.string().default('dist'),
  /** HTTPS on the server itself (sideloading the pane into Word on this machine): PEM key and certificate files. */
  HTTPS_KEY_FILE: z.string().min(1).optional(),
  HTTPS_CERT_FILE: z.string().min(1).optional(),
  /** Templates and sample contracts the landing page offers for download (assets/templates, assets/examples). */
  ASSETS_DIR: z.string().default('assets'),
  // Teams deep links: the Teams app id per tenant ("tenant=appId;…"), TEAMS_APP_ID for the rest.
  TEAMS_APP_IDS: z.string().default(''),
  // The app's own Teams bot (Bot Framework): its Entra app id and secret, and where its tokens and
  // the Bot Framework's signing keys come from (overridable for tests and sovereign clouds).
  BOT_APP_ID: z.string().default(''),
  BOT_APP_SECRET: z.string().default(''),
  /** Entra tenant of a single-tenant bot registration; empty = multi-tenant (botframework.com). */
  BOT_TENANT_ID: z.string().default(''),
  BOT_TOKEN_URL: z.url().optional(),
  BOT_TOKEN_SCOPE: z.string().default('https://api.botframework.com/.default'),
  BOT_OPENID_METADATA_URL: z.url().default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  BOT_TOKEN_ISSUERS: z.string().default('https://api.botframework.com'),
  BOT_REQUEST_TIMEOUT_MS: intIn(100, 120_000).default(15_000),
  /** Hosts besides Microsoft's (botframework.com, smba.trafficmanager.net, …) a service URL may name. */
  BOT_SERVICE_URL_HOSTS: z.string().default(''),
  /** A Teams Workflows incoming webhook for a channel where the bot is not wanted. */
  TEAMS_WEBHOOK_URL: z.string().default(''),
});

export const ROLES = { admin: 'Leverandoerliste.Admin', reviewer: 'Kontrakt.Reviewer' } as const;
export type Role = (typeof ROLES)[keyof typeof ROLES];

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  auth:
    | { mode: 'dev'; roles: string[] }
    | {
      mode: 'entra'; jwksUrl: string; tenantIds: string[]; anyTenant: boolean; audiences: string[];
      scope: string; appRoles: string[]; clockSkewSeconds: number; clientApps: string[] | null;
    };
  rateThresholds: { privatePercent: number; publicPercent: number };
  corsOrigins: string[];
  frameAncestors: string[];
  requestTimeoutMs: number;
  exportRatePerMinute: number;
  shutdownGraceMs: number;
  municipalities: string[];
  /** Municipalities by tenant (lower-case tenant id), for filing flags. */
  tenantMunicipalities: Record<string, string[]>;
  devTenantId: string;
  supervision: { default: string; byOperatorMunicipality: Record<string, string> };
  bodyLimitBytes: number;
  importLimitBytes: number;
  logLevel: string;
  publicBaseUrl?: string;
  teamsAppId: string;
  /** The Teams app id by tenant, for deep links (a tenant may have uploaded its own copy of the app). */
  teamsAppIds: Record<string, string>;
  outbox: { enabled: boolean; pollMs: number; maxAttempts: number; backoffMs: number; backoffMaxMs: number; leaseMs: number };
  demo: { enabled: boolean; offers: number };
  distDir: string;
  assetsDir: string;
  /** PEM files for HTTPS, or null for plain HTTP (behind a proxy that terminates TLS, or local development). */
  https: { keyFile: string; certFile: string } | null;
  bot: BotConfig;
  teamsWebhookUrl: string;
}

export interface BotConfig {
  /** Empty: no bot (no /api/messages traffic is accepted, no cards are sent by the bot). */
  appId: string;
  appSecret: string;
  tokenUrl: string;
  tokenScope: string;
  openIdMetadataUrl: string;
  issuers: string[];
  requestTimeoutMs: number;
  serviceUrlHosts: string[];
}

export class ConfigError extends Error {
  readonly code = 'config.invalid';
  constructor(readonly issues: string[]) {
    super(`Ugyldig konfiguration / invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Loopback check used to refuse dev mode beyond localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" so that `FOO= npm start` behaves like no FOO at all.
  const clean = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in envSchema.shape && v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? '?')}: ${i.message}`));
  }
  const e = parsed.data;
  const issues: string[] = [];
  const anyTenant = e.ENTRA_TENANT_IDS.trim() === '*';
  const tenantIds = anyTenant ? [] : list(e.ENTRA_TENANT_IDS).map((t) => t.toLowerCase());
  const audiences = list(e.ENTRA_AUDIENCE);
  const anyClient = e.ENTRA_CLIENT_APPS.trim() === '*';
  const clientAppList = anyClient ? [] : list(e.ENTRA_CLIENT_APPS).map((c) => c.toLowerCase());
  if (e.AUTH_MODE === 'dev' && !isLoopbackHost(e.HOST)) {
    issues.push(`AUTH_MODE: udviklingstilstand (dev) er kun tilladt når HOST er en loopback-adresse, ikke "${e.HOST}" / dev mode only on a loopback HOST`);
  }
  if (e.AUTH_MODE === 'entra') {
    if (tenantIds.length === 0 && !anyTenant) issues.push('ENTRA_TENANT_IDS: mindst ét tenant-id (eller * for alle) kræves / at least one tenant id (or * for any) is required');
    for (const r of list(e.ENTRA_APP_ROLES)) {
      if (!(Object.values(ROLES) as string[]).includes(r)) issues.push(`ENTRA_APP_ROLES: "${r}" er ikke en af appens roller (${Object.values(ROLES).join(', ')}) / is not one of the app's roles`);
    }
    for (const t of tenantIds) if (!GUID.test(t)) issues.push(`ENTRA_TENANT_IDS: "${t}" er ikke et GUID / is not a GUID`);
    if (audiences.length === 0) issues.push('ENTRA_AUDIENCE: mangler (app-id-URI eller klient-id) / missing (application ID URI or client id)');
    for (const c of clientAppList) if (!GUID.test(c)) issues.push(`ENTRA_CLIENT_APPS: "${c}" er ikke et klient-id (GUID) / is not a client id`);
  }
  const teamsAppIds: Record<string, string> = {};
  for (const part of e.TEAMS_APP_IDS.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [tenant, appId] = part.split('=').map((x) => x.trim());
    if (!tenant || !appId || !GUID.test(tenant)) issues.push(`TEAMS_APP_IDS: forventede "tenant-id=app-id" / expected "tenant-id=app-id", fik "${part}"`);
    else teamsAppIds[tenant.toLowerCase()] = appId;
  }
  if (e.BOT_APP_ID && !e.BOT_APP_SECRET) issues.push('BOT_APP_SECRET: mangler når BOT_APP_ID er sat / missing while BOT_APP_ID is set');
  if (e.BOT_TENANT_ID && !GUID.test(e.BOT_TENANT_ID)) issues.push(`BOT_TENANT_ID: "${e.BOT_TENANT_ID}" er ikke et GUID / is not a GUID`);
  const municipalities = list(e.MUNICIPALITIES);
  const tenantMunicipalities = parseTenantMunicipalities(e.TENANT_MUNICIPALITIES, municipalities, issues);
  if (!e.HTTPS_KEY_FILE !== !e.HTTPS_CERT_FILE) issues.push('HTTPS_KEY_FILE og HTTPS_CERT_FILE: sæt begge eller ingen / set both or neither');
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.DATA_DIR },
    auth: e.AUTH_MODE === 'dev'
      ? { mode: 'dev', roles: list(e.DEV_ROLES) }
      : {
        mode: 'entra', jwksUrl: e.ENTRA_JWKS_URL, tenantIds, anyTenant, audiences,
        scope: e.ENTRA_SCOPE, appRoles: list(e.ENTRA_APP_ROLES), clockSkewSeconds: e.ENTRA_CLOCK_SKEW_SECONDS,
        clientApps: anyClient ? null : clientAppList.length > 0 ? clientAppList : defaultClientApps(audiences),
      },
    rateThresholds: { privatePercent: e.RATE_THRESHOLD_PRIVATE, publicPercent: e.RATE_THRESHOLD_PUBLIC },
    corsOrigins: list(e.CORS_ORIGINS),
    frameAncestors: list(e.FRAME_ANCESTORS),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    exportRatePerMinute: e.EXPORT_RATE_PER_MINUTE,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    municipalities,
    tenantMunicipalities,
    devTenantId: e.DEV_TENANT_ID.toLowerCase(),
    supervision: e.SUPERVISION_AUTHORITIES,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    importLimitBytes: e.IMPORT_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    teamsAppId: e.TEAMS_APP_ID,
    teamsAppIds,
    outbox: {
      enabled: e.OUTBOX_ENABLED, pollMs: e.OUTBOX_POLL_MS, maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      backoffMs: e.OUTBOX_BACKOFF_MS, backoffMaxMs: e.OUTBOX_BACKOFF_MAX_MS, leaseMs: e.OUTBOX_LEASE_MS,
    },
    demo: { enabled: e.KL_DEMO, offers: e.KL_DEMO_OFFERS },
    distDir: e.DIST_DIR,
    assetsDir: e.ASSETS_DIR,
    https: e.HTTPS_KEY_FILE && e.HTTPS_CERT_FILE ? { keyFile: e.HTTPS_KEY_FILE, certFile: e.HTTPS_CERT_FILE } : null,
    bot: {
      appId: e.BOT_APP_ID,
      appSecret: e.BOT_APP_SECRET,
      // Multi-tenant bots get their token from the botframework.com tenant, single-tenant ones from theirs.
      tokenUrl: e.BOT_TOKEN_URL ?? `https://login.microsoftonline.com/${e.BOT_TENANT_ID || 'botframework.com'}/oauth2/v2.0/token`,
      tokenScope: e.BOT_TOKEN_SCOPE,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
      issuers: list(e.BOT_TOKEN_ISSUERS),
      requestTimeoutMs: e.BOT_REQUEST_TIMEOUT_MS,
      serviceUrlHosts: list(e.BOT_SERVICE_URL_HOSTS),
    },
    teamsWebhookUrl: e.TEAMS_WEBHOOK_URL,
  };
}

const tenantMunicipalitiesSchema = z.record(z.string(), z.array(z.string().trim().min(1)).max(200));

/** TENANT_MUNICIPALITIES: JSON, tenant ids as keys, each municipality one of MUNICIPALITIES. */
function parseTenantMunicipalities(raw: string, municipalities: string[], issues: string[]): Record<string, string[]> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    issues.push('TENANT_MUNICIPALITIES: ikke gyldig JSON / not valid JSON (forventede {"<tenant-id>": ["Roskilde"]})');
    return {};
  }
  const parsed = tenantMunicipalitiesSchema.safeParse(json);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push(`TENANT_MUNICIPALITIES: ${i.path.join('.') || '(rod)'}: ${i.message}`);
    return {};
  }
  const out: Record<string, string[]> = {};
  for (const [tenant, names] of Object.entries(parsed.data)) {
    if (!GUID.test(tenant)) issues.push(`TENANT_MUNICIPALITIES: nøglen "${tenant}" er ikke et tenant-id (GUID) / key is not a tenant id`);
    for (const n of names) if (!municipalities.includes(n)) issues.push(`TENANT_MUNICIPALITIES: "${n}" er ikke i MUNICIPALITIES / is not in MUNICIPALITIES`);
    out[tenant.toLowerCase()] = names;
  }
  return out;
}
