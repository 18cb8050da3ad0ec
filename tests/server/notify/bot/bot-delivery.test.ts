import { BotConnectorDelivery } from '../../../../src/server/notify/bot/bot-delivery';
import { ClientCredentialsTokenSource } from '../../../../src/server/notify/bot/bot-token';
import type { OutboxMessage } from '../../../../src/server/notify/delivery-port';
import { BOT_SCOPE, startFakeBotConnector, type FakeBotConnector } from '../../../fakes/bot-connector';
import { outboxMessage } from '../flag-snapshot';

const CHANNEL = '19:kontrakter@thread.tacv2';
let bf: FakeBotConnector;
beforeAll(async () => {
  bf = await startFakeBotConnector();
  bf.addTeam({ tenantId: 't', teamId: CHANNEL, teamName: 'Jura', channels: [{ id: CHANNEL, name: null }] });
});
afterAll(() => bf.close());
beforeEach(() => { bf.calls.length = 0; bf.activities.length = 0; });

const delivery = (secret = bf.appSecret) => new BotConnectorDelivery({
  tokens: new ClientCredentialsTokenSource({ tokenUrl: bf.tokenUrl, clientId: bf.appId, clientSecret: secret, scope: BOT_SCOPE }),
  timeoutMs: 2000, serviceUrlHosts: ['127.0.0.1'],
});
const msg = (over: Partial<OutboxMessage> = {}): OutboxMessage => outboxMessage({
  conversation: { targetId: 'target-1', tenantId: 't', conversationId: CHANNEL, serviceUrl: bf.serviceUrl }, ...over,
});

describe('delivery as the Teams bot through the Bot Connector', () => {
  it('posts the card to the conversation with the bot\'s own token and returns the activity id', async () => {
    const out = await delivery().deliver(msg());
    expect(bf.calls.map((c) => [c.op, c.status])).toEqual([['token', 200], ['send', 201]]);
    expect(bf.calls.flatMap((c) => c.problems)).toEqual([]);
    expect(out).toEqual({ ok: true, messageId: bf.activities[0]!.activityId });
    expect(bf.activities[0]!.activity.summary).toContain('Kontrakt sendt til gennemgang');
  });

  it('updates that activity in place (PUT) and replies in its thread (POST …/activities/{id})', async () => {
    const d = delivery();
    const first = await d.deliver(msg());
    const activityId = (first as { messageId: string }).messageId;
    expect(await d.deliver(msg({ id: 'm2', kind: 'flag.updated', activityId }))).toEqual({ ok: true, messageId: activityId });
    expect((await d.deliver(msg({ id: 'm3', kind: 'flag.reply', activityId }))).ok).toBe(true);
    expect(bf.activities.map((a) => [a.op, a.op === 'reply' ? a.replyTo : a.activityId])).toEqual([['send', activityId], ['update', activityId], ['reply', activityId]]);
    // One token for all three.
    expect(bf.calls.filter((c) => c.op === 'token')).toHaveLength(1);
  });

  it('maps 429 (Retry-After) and 5xx to retries, 403/404 to a gone target, a wrong secret to a final error', async () => {
    const d = delivery();
    bf.failNext({ status: 429, retryAfter: '7' }, { status: 502 });
    expect(await d.deliver(msg())).toMatchObject({ ok: false, retryable: true, retryAfterMs: 7000 });
    expect(await d.deliver(msg())).toMatchObject({ ok: false, retryable: true });
    expect(await d.deliver(msg({ conversation: { targetId: 'x', tenantId: 't', conversationId: '19:unknown@thread.v2', serviceUrl: bf.serviceUrl } })))
      .toMatchObject({ ok: false, retryable: false, targetGone: true, error: expect.stringContaining('403') });
    expect(await d.deliver(msg({ kind: 'flag.updated', activityId: 'no-such-activity' }))).toMatchObject({ ok: false, targetGone: true, error: expect.stringContaining('404') });
    expect(await delivery('wrong').deliver(msg())).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('invalid_client') });
  });

  it('never sends the bot\'s token to a service URL outside Microsoft\'s hosts and the configured ones', async () => {
    const out = await delivery().deliver(msg({ conversation: { targetId: 'x', tenantId: 't', conversationId: CHANNEL, serviceUrl: 'https://attacker.example/' } }));
    expect(out).toMatchObject({ ok: false, retryable: false });
    expect(bf.calls).toHaveLength(0);
  });

  it('an unreachable connector is worth another try', async () => {
    const slow = new BotConnectorDelivery({
      tokens: new ClientCredentialsTokenSource({ tokenUrl: bf.tokenUrl, clientId: bf.appId, clientSecret: bf.appSecret, scope: BOT_SCOPE }),
      timeoutMs: 150, serviceUrlHosts: ['127.0.0.2'],
    });
    // 127.0.0.2 is allowed but nobody listens there on this port: refused, retryable.
    const out = await slow.deliver(msg({ conversation: { targetId: 'x', tenantId: 't', conversationId: CHANNEL, serviceUrl: bf.serviceUrl.replace('127.0.0.1', '127.0.0.2') } }));
    expect(out).toMatchObject({ ok: false, retryable: true });
  });
});
