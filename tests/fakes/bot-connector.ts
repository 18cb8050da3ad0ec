/**
 * A fake Bot Framework on 127.0.0.1: the Bot Connector service a Teams bot talks to, the token
 * endpoint it gets its own token from, and the OpenID metadata/JWKS that inbound activities are
 * signed against. It reproduces what the documentation says the real one does and refuses what
 * the real one would refuse:
 * - Connector REST API (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
 *   POST /v3/conversations/{conversationId}/activities (Send to conversation → 201 {id}),
 *   PUT /v3/conversations/{conversationId}/activities/{activityId} (Update activity → 200 {id}),
 *   POST /v3/conversations/{conversationId}/activities/{activityId} (Reply to activity → 201 {id}),
 *   GET /v3/teams/{teamId}/conversations (the team's channels, as TeamsInfo.getTeamChannels reads them);
 *   every call needs the bearer token this fake issued; a conversation the bot is not in answers 403
 *   BotNotInConversationRoster, an unknown activity 404 — what Teams answers after the app is removed.
 * - Token endpoint: client-credentials grant with scope https://api.botframework.com/.default.
 * - Inbound auth (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication):
 *   GET /v1/.well-known/openidconfiguration names jwks_uri; keys carry `endorsements` (channel ids);
 *   activities are signed RS256 with iss https://api.botframework.com, aud = bot app id and a
 *   serviceurl claim. forge() makes the tokens an attacker could make.
 * Failures on demand (status sequences with Retry-After) test retries for real.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const BOT_SCOPE = 'https://api.botframework.com/.default';

export interface PlannedFailure { status: number; retryAfter?: string; body?: unknown }

export interface ConnectorCall {
  op: 'send' | 'update' | 'reply' | 'channels' | 'token' | 'other';
  method: string;
  path: string;
  conversationId: string | null;
  activityId: string | null;
  status: number;
  body: unknown;
  problems: string[];
}

export interface PostedActivity {
  op: 'send' | 'update' | 'reply';
  conversationId: string;
  /** The activity id Teams gave (send/reply) or the one updated. */
  activityId: string;
  /** For replies: the activity answered. */
  replyTo?: string;
  card: Record<string, unknown>;
  activity: Record<string, unknown>;
}

export interface FakeTeam { tenantId: string; teamId: string; teamName: string; channels: { id: string; name: string | null }[] }
export interface FakeChat { tenantId: string; conversationId: string; name: string | null }

export interface SignedRequest { headers: Record<string, string>; body: Record<string, unknown> }

export interface FakeBotConnector {
  origin: string;
  /** The serviceUrl Teams puts in activities (a regional connector path, as smba.trafficmanager.net/emea/). */
  serviceUrl: string;
  tokenUrl: string;
  openIdMetadataUrl: string;
  appId: string;
  appSecret: string;
  /** Server env for buildApp/loadConfig. */
  env(): Record<string, string>;
  calls: ConnectorCall[];
  /** Accepted sends, updates and replies, in order. */
  activities: PostedActivity[];
  failNext(...f: PlannedFailure[]): void;
  /** The bot is in these conversations (installed); removeBot takes it out (later calls → 403). */
  addTeam(team: FakeTeam): void;
  addChat(chat: FakeChat): void;
  removeBot(conversationOrTeamId: string): void;
  /** Inbound activities as the Bot Connector would POST them to /api/messages, signed. */
  installInTeam(team: FakeTeam): Promise<SignedRequest>;
  uninstallFromTeam(team: FakeTeam): Promise<SignedRequest>;
  installInChat(chat: FakeChat): Promise<SignedRequest>;
  uninstallFromChat(chat: FakeChat): Promise<SignedRequest>;
  sign(body: Record<string, unknown>, over?: { claims?: Record<string, unknown>; key?: 'trusted' | 'stranger'; kid?: string }): Promise<SignedRequest>;
  close(): Promise<void>;
}

/** What Teams refuses in a card; used by every Teams-facing fake. */
export function validateAdaptiveCard(card: unknown): string[] {
  const problems: string[] = [];
  if (!card || typeof card !== 'object') return ['kortet er ikke et objekt'];
  const c = card as Record<string, unknown>;
  if (c.type !== 'AdaptiveCard') problems.push('type er ikke AdaptiveCard');
  if (typeof c.version !== 'string' || !/^1\.[0-5]$/.test(c.version)) problems.push(`version ${String(c.version)} understøttes ikke af Teams`);
  if (!Array.isArray(c.body) || c.body.length === 0) problems.push('body mangler');
  if (JSON.stringify(card).includes('${')) problems.push('uudfyldt skabelonudtryk');
  return problems;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const BOT_ACCOUNT = (appId: string) => ({ id: `28:${appId}`, name: 'KL Kontrakt' });

export async function startFakeBotConnector(opts: { appId?: string; appSecret?: string } = {}): Promise<FakeBotConnector> {
  const appId = opts.appId ?? '3c1f2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b';
  const appSecret = opts.appSecret ?? 'bot-secret';
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  const kid = 'fake-bf-key-1';
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid, use: 'sig', alg: 'RS256' };

  const calls: ConnectorCall[] = [];
  const activities: PostedActivity[] = [];
  const planned: PlannedFailure[] = [];
  const issued = new Set<string>();
  /** conversation id → activity ids the bot posted there */
  const conversations = new Map<string, Set<string>>();
  const teams = new Map<string, FakeTeam>();
  let seq = 0;

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      const call: ConnectorCall = { op: 'other', method: req.method ?? '', path, conversationId: null, activityId: null, status: 0, body: null, problems: [] };
      const answer = (status: number, body?: unknown, headers?: Record<string, string>) => { call.status = status; send(res, status, body, headers); };

      if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
        return send(res, 200, { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${origin}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] });
      }
      if (req.method === 'GET' && path === '/v1/.well-known/keys') return send(res, 200, { keys: [{ ...jwk, endorsements: ['msteams', 'webchat'] }] });

      calls.push(call);
      if (req.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(path)) {
        call.op = 'token';
        const form = Object.fromEntries(new URLSearchParams(raw));
        call.body = { ...form, client_secret: form.client_secret ? '***' : undefined };
        if (form.grant_type !== 'client_credentials') call.problems.push(`grant_type ${form.grant_type}`);
        if (form.client_id !== appId || form.client_secret !== appSecret) return answer(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
        if (form.scope !== BOT_SCOPE) call.problems.push(`scope ${form.scope}`);
        if (call.problems.length) return answer(400, { error: 'invalid_request', error_description: call.problems.join('; ') });
        const token = `fake-bf-token-${++seq}`;
        issued.add(token);
        return answer(200, { token_type: 'Bearer', access_token: token, expires_in: 3600 });
      }

      const m = /^\/teams\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      const t = /^\/teams\/v3\/teams\/([^/]+)\/conversations$/.exec(path);
      if (!m && !t) return answer(404, { error: { code: 'NotFound', message: path } });
      const auth = req.headers.authorization ?? '';
      if (!issued.has(auth.replace(/^Bearer /, ''))) return answer(401, { message: 'Authorization has been denied for this request.' });
      try { call.body = raw ? JSON.parse(raw) : null; } catch { call.body = raw; }

      if (t) {
        call.op = 'channels';
        const team = teams.get(decodeURIComponent(t[1]!));
        if (!team || !conversations.has(team.teamId)) return answer(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
        return answer(200, { conversations: team.channels.map((c) => ({ id: c.id, ...(c.name ? { name: c.name } : {}) })) });
      }
      const conversationId = decodeURIComponent(m![1]!);
      const activityId = m![2] ? decodeURIComponent(m![2]) : null;
      call.conversationId = conversationId;
      call.activityId = activityId;
      call.op = req.method === 'PUT' ? 'update' : activityId ? 'reply' : 'send';
      const plan = planned.shift();
      if (plan) return answer(plan.status, plan.body ?? { error: { code: 'ServiceError', message: `Planlagt fejl ${plan.status}` } }, plan.retryAfter ? { 'retry-after': plan.retryAfter } : {});
      const posted = conversations.get(conversationId);
      if (!posted) return answer(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });

      const a = call.body as Record<string, unknown> | null;
      const att = (a?.attachments as { contentType?: string; content?: unknown }[] | undefined)?.[0];
      if (a?.type !== 'message') call.problems.push('type skal være message');
      if (att?.contentType !== 'application/vnd.microsoft.card.adaptive') call.problems.push('vedhæftning skal være et Adaptive Card');
      call.problems.push(...validateAdaptiveCard(att?.content));
      if (call.op !== 'send' && !posted.has(activityId!)) return answer(404, { error: { code: 'ActivityNotFoundInConversation', message: 'The activity was not found.' } });
      if (call.op === 'update' && a?.id !== activityId) call.problems.push('aktivitetens id skal være det, der opdateres');
      if (call.problems.length) return answer(400, { error: { code: 'BadArgument', message: call.problems.join('; ') } });

      const card = att!.content as Record<string, unknown>;
      if (call.op === 'update') {
        activities.push({ op: 'update', conversationId, activityId: activityId!, card, activity: a! });
        return answer(200, { id: activityId });
      }
      const id = `1${String(Date.now()).slice(-9)}${String(++seq).padStart(3, '0')}`;
      posted.add(id);
      activities.push({ op: call.op, conversationId, activityId: id, ...(activityId ? { replyTo: activityId } : {}), card, activity: a! });
      return answer(201, { id });
    })().catch((e: unknown) => { if (!res.headersSent) send(res, 500, { error: String(e) }); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serviceUrl = `${origin}/teams/`;

  const sign: FakeBotConnector['sign'] = async (body, over = {}) => {
    const key = over.key === 'stranger' ? stranger.privateKey : trusted.privateKey;
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ serviceurl: serviceUrl, iss: BOT_FRAMEWORK_ISSUER, aud: appId, iat: now, nbf: now - 5, exp: now + 3600, ...over.claims })
      .setProtectedHeader({ alg: 'RS256', kid: over.kid ?? kid, typ: 'JWT' })
      .sign(key);
    return { headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body };
  };

  const base = (tenantId: string, conversation: Record<string, unknown>) => ({
    channelId: 'msteams', serviceUrl, id: `f:${++seq}`, timestamp: new Date().toISOString(),
    from: { id: '29:user-who-installed', aadObjectId: 'installer-oid' }, recipient: BOT_ACCOUNT(appId),
    conversation: { tenantId, ...conversation },
  });
  const teamActivity = (team: FakeTeam, kind: 'add' | 'remove') => ({
    ...base(team.tenantId, { id: team.teamId, conversationType: 'channel', isGroup: true }),
    type: 'conversationUpdate',
    ...(kind === 'add' ? { membersAdded: [BOT_ACCOUNT(appId)] } : { membersRemoved: [BOT_ACCOUNT(appId)] }),
    channelData: { eventType: kind === 'add' ? 'teamMemberAdded' : 'teamMemberRemoved', team: { id: team.teamId, name: team.teamName }, tenant: { id: team.tenantId } },
  });
  const chatActivity = (chat: FakeChat, kind: 'add' | 'remove') => ({
    ...base(chat.tenantId, { id: chat.conversationId, conversationType: 'groupChat', isGroup: true, ...(chat.name ? { name: chat.name } : {}) }),
    type: 'installationUpdate', action: kind,
    channelData: { tenant: { id: chat.tenantId } },
  });

  return {
    origin, serviceUrl, appId, appSecret,
    tokenUrl: `${origin}/botframework.com/oauth2/v2.0/token`,
    openIdMetadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    env: () => ({
      BOT_APP_ID: appId, BOT_APP_SECRET: appSecret, BOT_TOKEN_URL: `${origin}/botframework.com/oauth2/v2.0/token`,
      BOT_OPENID_METADATA_URL: `${origin}/v1/.well-known/openidconfiguration`, BOT_SERVICE_URL_HOSTS: '127.0.0.1', BOT_REQUEST_TIMEOUT_MS: '3000',
    }),
    calls, activities,
    failNext: (...f) => { planned.push(...f); },
    addTeam: (team) => {
      teams.set(team.teamId, team);
      conversations.set(team.teamId, conversations.get(team.teamId) ?? new Set());
      for (const c of team.channels) conversations.set(c.id, conversations.get(c.id) ?? new Set());
    },
    addChat: (chat) => { conversations.set(chat.conversationId, conversations.get(chat.conversationId) ?? new Set()); },
    removeBot: (id) => {
      const team = teams.get(id);
      if (team) for (const c of team.channels) conversations.delete(c.id);
      conversations.delete(id);
    },
    installInTeam: (team) => sign(teamActivity(team, 'add')),
    uninstallFromTeam: (team) => sign(teamActivity(team, 'remove')),
    installInChat: (chat) => sign(chatActivity(chat, 'add')),
    uninstallFromChat: (chat) => sign(chatActivity(chat, 'remove')),
    sign,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
