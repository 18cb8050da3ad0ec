import { AppCredentialsTokenSource, OnBehalfOfTokenSource } from '../../../src/server/notify/graph-token';
import { GraphChatDelivery, createChatDelivery, parseRetryAfter } from '../../../src/server/notify/graph';
import { startFakeGraph, type FakeGraph } from '../../fakes/graph';
import { outboxMessage } from './flag-snapshot';

let graph: FakeGraph;
beforeAll(async () => { graph = await startFakeGraph(); });
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
  graph.cards.length = 0;
  graph.tokenRequests.length = 0;
  graph.failToken(null);
  graph.setDelay(0);
});

const endpoint = () => ({ tokenUrl: graph.tokenUrl, clientId: 'client-1', clientSecret: 'secret-1' });
const appDelivery = (timeoutMs?: number) => new GraphChatDelivery({ baseUrl: graph.baseUrl, tokens: new AppCredentialsTokenSource(endpoint()), timeoutMs });

describe('Graph delivery', () => {
  it('posts the card as an adaptive-card attachment to the chat and returns the message id', async () => {
    const out = await appDelivery().deliver(outboxMessage());
    expect(graph.requests.filter((r) => r.problems.length)).toEqual([]);
    expect(graph.cards).toHaveLength(1);
    expect(graph.cards[0]!.kind).toBe('chat');
    expect(graph.cards[0]!.path).toBe('/v1.0/chats/19%3Aabc%40thread.v2/messages');
    expect(JSON.stringify(graph.cards[0]!.card)).toContain('Åbn i Gennemgang');
    expect(out).toEqual({ ok: true, messageId: graph.cards[0]!.messageId });
  });

  it('posts to a channel and answers a state change in the same thread', async () => {
    const d = appDelivery();
    const target = { kind: 'channel' as const, teamId: 'team-1', channelId: '19:chan@thread.tacv2' };
    const first = await d.deliver(outboxMessage({ target }));
    expect(first.ok).toBe(true);
    const parentId = (first as { messageId: string }).messageId;
    const base = outboxMessage({ target }).flag;
    const reply = await d.deliver(outboxMessage({ id: 'msg-2', kind: 'flag.state-changed', target, replyTo: parentId, flag: { ...base, state: 'afsluttet' } }));
    expect(reply.ok).toBe(true);
    expect(graph.cards.map((c) => c.kind)).toEqual(['channel', 'reply']);
    expect(graph.cards[1]!.path).toBe(`/v1.0/teams/team-1/channels/19%3Achan%40thread.tacv2/messages/${parentId}/replies`);
    expect(JSON.stringify(graph.cards[1]!.card)).toContain('Afsluttet');
  });

  it('maps 429 with Retry-After and 5xx to retryable outcomes, 403 and 404 to final ones', async () => {
    const d = appDelivery();
    graph.failNext({ status: 429, retryAfter: '7' }, { status: 503 }, { status: 403 }, { status: 404 });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: true, retryAfterMs: 7000 });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: true });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: false });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('404') });
    expect(graph.cards).toHaveLength(0);
  });

  it('drops a token Graph refuses (401) and fetches a new one on the next attempt', async () => {
    const d = appDelivery();
    graph.failNext({ status: 401 });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: true });
    expect(await d.deliver(outboxMessage({ attempt: 2 }))).toMatchObject({ ok: true });
    expect(graph.tokenRequests).toHaveLength(2);
  });

  it('aborts a request Graph does not answer in time and says it can be retried', async () => {
    const d = appDelivery(300);
    await d.deliver(outboxMessage()); // token cached
    graph.failNext({ status: 201, delayMs: 2000 });
    const out = await d.deliver(outboxMessage());
    expect(out).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining('i tide') });
  });

  it('exchanges the user token on behalf of the user; an expired assertion is final', async () => {
    const d = new GraphChatDelivery({ baseUrl: graph.baseUrl, tokens: new OnBehalfOfTokenSource(endpoint()) });
    expect(await d.deliver(outboxMessage({ userAssertion: 'user.jwt.token' }))).toMatchObject({ ok: true });
    expect(graph.tokenRequests[0]).toMatchObject({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: 'user.jwt.token', requested_token_use: 'on_behalf_of', client_id: 'client-1' });
    expect(graph.cards[0]!.token).toMatch(/-obo$/);
    graph.failToken({ status: 400, error: 'invalid_grant' });
    expect(await d.deliver(outboxMessage({ userAssertion: 'another.user.token' }))).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('invalid_grant') });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: false });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('webhook delivery and routing', () => {
  it('sends webhook targets to the Workflows webhook and the rest through Graph', async () => {
    const d = createChatDelivery({ graph: { tenantId: '', clientId: 'client-1', clientSecret: 'secret-1', baseUrl: graph.baseUrl, tokenUrl: graph.tokenUrl }, teamsWebhookUrl: graph.webhookUrl });
    expect(await d.deliver(outboxMessage({ target: { kind: 'webhook' } }))).toEqual({ ok: true });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: true });
    expect(graph.cards.map((c) => c.kind)).toEqual(['webhook', 'chat']);
    expect(graph.requests.filter((r) => r.problems.length)).toEqual([]);
    // App credentials were used: the message carried no user token.
    expect(graph.tokenRequests[0]!.grant_type).toBe('client_credentials');
    graph.failNext({ status: 502 });
    expect(await d.deliver(outboxMessage({ target: { kind: 'webhook' } }))).toMatchObject({ ok: false, retryable: true });
  });

  it('reports a target it has no configuration for as a final failure', async () => {
    const d = createChatDelivery({ graph: { tenantId: '', clientId: '', clientSecret: '', baseUrl: graph.baseUrl, tokenUrl: '' }, teamsWebhookUrl: '' });
    expect(await d.deliver(outboxMessage())).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('GRAPH_CLIENT_ID') });
    expect(await d.deliver(outboxMessage({ target: { kind: 'webhook' } }))).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('TEAMS_WEBHOOK_URL') });
  });
});
