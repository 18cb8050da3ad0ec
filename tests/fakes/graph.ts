/**
 * A fake Microsoft Graph (and Entra token endpoint, and Teams Workflows webhook) on 127.0.0.1. It
 * checks what a real Graph would refuse — bearer token it issued, path, JSON shape, the Adaptive Card
 * attachment referenced from the html body — records every request, and fails on demand with a
 * status sequence, Retry-After and delays, so retry and timeout handling can be tested for real.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Status the fake answered with. */
  status: number;
  /** Why the fake refused it (shape or auth), empty when accepted or failed on demand. */
  problems: string[];
}

export interface PostedCard {
  /** chat / channel / reply / webhook */
  kind: 'chat' | 'channel' | 'reply' | 'webhook';
  path: string;
  messageId: string;
  card: Record<string, unknown>;
  token: string | null;
}

export interface PlannedFailure {
  status: number;
  retryAfter?: string;
  /** Answer only after this long (for client timeouts). */
  delayMs?: number;
  body?: unknown;
}

export interface FakeGraph {
  /** Use as GRAPH_BASE_URL. */
  baseUrl: string;
  /** Use as GRAPH_TOKEN_URL. */
  tokenUrl: string;
  /** Use as TEAMS_WEBHOOK_URL. */
  webhookUrl: string;
  requests: RecordedRequest[];
  tokenRequests: Record<string, string>[];
  cards: PostedCard[];
  /** The next requests to the Graph/webhook routes answer with these (in order), then normal service resumes. */
  failNext(...failures: PlannedFailure[]): void;
  /** The next token requests fail with this OAuth error. */
  failToken(failure: { status: number; error: string } | null): void;
  /** Delay every answer (ms), e.g. to test timeouts. */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export function validateAdaptiveCard(card: unknown): string[] {
  const problems: string[] = [];
  if (!card || typeof card !== 'object') return ['kortet er ikke et objekt'];
  const c = card as Record<string, unknown>;
  if (c.type !== 'AdaptiveCard') problems.push('type er ikke AdaptiveCard');
  if (typeof c.version !== 'string' || !/^1\.[0-5]$/.test(c.version)) problems.push(`version ${String(c.version)} understøttes ikke af Teams`);
  if (!Array.isArray(c.body) || c.body.length === 0) problems.push('body mangler');
  const text = JSON.stringify(card);
  if (text.includes('${')) problems.push('uudfyldt skabelonudtryk');
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

export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: RecordedRequest[] = [];
  const tokenRequests: Record<string, string>[] = [];
  const cards: PostedCard[] = [];
  const issued = new Set<string>();
  const planned: PlannedFailure[] = [];
  let tokenFailure: { status: number; error: string } | null = null;
  let delayMs = 0;
  let seq = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const handleToken = (res: ServerResponse, raw: string, rec: RecordedRequest) => {
    const form = Object.fromEntries(new URLSearchParams(raw));
    tokenRequests.push(form);
    rec.body = { ...form, client_secret: form.client_secret ? '***' : undefined, assertion: form.assertion ? '***' : undefined };
    if (tokenFailure) {
      rec.status = tokenFailure.status;
      return send(res, tokenFailure.status, { error: tokenFailure.error, error_description: `AADSTS: ${tokenFailure.error}` });
    }
    const grant = form.grant_type;
    if (!form.client_id || !form.client_secret) rec.problems.push('client_id/client_secret mangler');
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      if (!form.assertion) rec.problems.push('assertion mangler');
      if (form.requested_token_use !== 'on_behalf_of') rec.problems.push('requested_token_use skal være on_behalf_of');
    } else if (grant !== 'client_credentials') rec.problems.push(`ukendt grant_type ${grant}`);
    if (!form.scope) rec.problems.push('scope mangler');
    if (rec.problems.length) {
      rec.status = 400;
      return send(res, 400, { error: 'invalid_request', error_description: rec.problems.join('; ') });
    }
    const token = `fake-graph-token-${++seq}-${grant === 'client_credentials' ? 'app' : 'obo'}`;
    issued.add(token);
    rec.status = 200;
    return send(res, 200, { token_type: 'Bearer', access_token: token, expires_in: 3600 });
  };

  /** Checks a Graph chatMessage: html body referencing exactly the adaptive card attachment. */
  const checkGraphMessage = (body: unknown, rec: RecordedRequest): Record<string, unknown> | null => {
    const b = body as { body?: { contentType?: string; content?: string }; attachments?: { id?: string; contentType?: string; content?: unknown }[] } | null;
    if (!b || typeof b !== 'object') { rec.problems.push('body er ikke JSON'); return null; }
    const att = b.attachments?.[0];
    if (!att || b.attachments?.length !== 1) { rec.problems.push('præcis én vedhæftning forventet'); return null; }
    if (att.contentType !== 'application/vnd.microsoft.card.adaptive') rec.problems.push(`forkert contentType ${att.contentType}`);
    if (b.body?.contentType !== 'html' || b.body.content !== `<attachment id="${att.id}"></attachment>`) rec.problems.push('body.content skal henvise til vedhæftningen');
    if (typeof att.content !== 'string') { rec.problems.push('attachments[0].content skal være en JSON-streng'); return null; }
    let card: Record<string, unknown>;
    try { card = JSON.parse(att.content) as Record<string, unknown>; } catch { rec.problems.push('kortet er ikke gyldig JSON'); return null; }
    rec.problems.push(...validateAdaptiveCard(card));
    return card;
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: RecordedRequest = { method: req.method ?? '', path: url.pathname, headers: req.headers, body: null, status: 0, problems: [] };
      requests.push(rec);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs).unref());
      if (req.method === 'POST' && url.pathname === '/oauth2/v2.0/token') return handleToken(res, raw, rec);
      try { rec.body = raw ? JSON.parse(raw) : null; } catch { rec.body = raw; }
      const plan = planned.shift();
      if (plan) {
        if (plan.delayMs) await new Promise((r) => setTimeout(r, plan.delayMs).unref());
        rec.status = plan.status;
        if (res.destroyed) return; // the client gave up (timeout)
        return send(res, plan.status, plan.body ?? { error: { code: 'fakeFailure', message: `Planlagt fejl ${plan.status}` } }, plan.retryAfter ? { 'retry-after': plan.retryAfter } : {});
      }
      if (req.method === 'POST' && url.pathname === '/webhook') {
        const b = rec.body as { type?: string; attachments?: { contentType?: string; content?: unknown }[] } | null;
        if (b?.type !== 'message') rec.problems.push('type skal være message');
        const att = b?.attachments?.[0];
        if (att?.contentType !== 'application/vnd.microsoft.card.adaptive') rec.problems.push('vedhæftning skal være et Adaptive Card');
        rec.problems.push(...validateAdaptiveCard(att?.content));
        if (rec.problems.length) { rec.status = 400; return send(res, 400, { error: rec.problems.join('; ') }); }
        cards.push({ kind: 'webhook', path: url.pathname, messageId: '', card: att!.content as Record<string, unknown>, token: null });
        rec.status = 202;
        res.writeHead(202).end();
        return;
      }
      const m = /^\/v1\.0\/(?:chats\/([^/]+)|teams\/([^/]+)\/channels\/([^/]+))\/messages(?:\/([^/]+)\/replies)?$/.exec(url.pathname);
      if (req.method !== 'POST' || !m) { rec.status = 404; return send(res, 404, { error: { code: 'NotFound', message: url.pathname } }); }
      const auth = req.headers.authorization ?? '';
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (!issued.has(token)) { rec.status = 401; rec.problems.push('ukendt eller manglende bearer-token'); return send(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' } }); }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) rec.problems.push('content-type skal være application/json');
      const card = checkGraphMessage(rec.body, rec);
      if (rec.problems.length || !card) { rec.status = 400; return send(res, 400, { error: { code: 'BadRequest', message: rec.problems.join('; ') } }); }
      const messageId = `${Date.now()}${++seq}`;
      cards.push({ kind: m[4] ? 'reply' : m[1] ? 'chat' : 'channel', path: url.pathname, messageId, card, token });
      rec.status = 201;
      return send(res, 201, { id: messageId, createdDateTime: new Date().toISOString() });
    })().catch((e: unknown) => { if (!res.headersSent) send(res, 500, { error: String(e) }); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/v1.0`,
    tokenUrl: `${origin}/oauth2/v2.0/token`,
    webhookUrl: `${origin}/webhook`,
    requests,
    tokenRequests,
    cards,
    failNext: (...f) => { planned.push(...f); },
    failToken: (failure) => { tokenFailure = failure; },
    setDelay: (ms) => { delayMs = ms; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
