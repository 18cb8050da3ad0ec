import { BotAuthError, botFrameworkAuthenticator } from '../../../../src/server/notify/bot/inbound-auth';
import { startFakeBotConnector, type FakeBotConnector } from '../../../fakes/bot-connector';

let bf: FakeBotConnector;
beforeAll(async () => { bf = await startFakeBotConnector(); });
afterAll(() => bf.close());

const auth = (over: Partial<Parameters<typeof botFrameworkAuthenticator>[0]> = {}) =>
  botFrameworkAuthenticator({ appId: bf.appId, openIdMetadataUrl: bf.openIdMetadataUrl, issuers: ['https://api.botframework.com'], ...over });
const activity = () => ({ channelId: 'msteams', serviceUrl: bf.serviceUrl });

describe('Bot Framework tokens on /api/messages', () => {
  it('accepts a token signed with a key from the OpenID metadata\'s JWKS, endorsed for the channel, for this bot', async () => {
    const a = auth();
    const { headers } = await bf.sign({});
    const id = await a.verify(headers.authorization);
    expect(id.endorsements).toContain('msteams');
    expect(() => a.checkActivity(id, activity())).not.toThrow();
  });

  it('refuses a missing bearer, a stranger\'s key, another audience and an unknown key id', async () => {
    const a = auth();
    await expect(a.verify(undefined)).rejects.toBeInstanceOf(BotAuthError);
    await expect(a.verify('Basic abc')).rejects.toThrow(/Bearer/);
    await expect(a.verify((await bf.sign({}, { key: 'stranger' })).headers.authorization)).rejects.toThrow(/Signaturen/);
    await expect(a.verify((await bf.sign({}, { claims: { aud: 'other-bot' } })).headers.authorization)).rejects.toThrow(/aud/);
    await expect(a.verify((await bf.sign({}, { kid: 'rolled-key' })).headers.authorization)).rejects.toThrow(/nøgle/);
  });

  it('binds the token to the activity: the serviceurl claim and the key\'s channel endorsement', async () => {
    const a = auth();
    const id = await a.verify((await bf.sign({})).headers.authorization);
    expect(() => a.checkActivity(id, { channelId: 'msteams', serviceUrl: 'https://attacker.example/' })).toThrow(/serviceUrl/);
    expect(() => a.checkActivity(id, { channelId: 'directline', serviceUrl: bf.serviceUrl })).toThrow(/kanalen/);
  });

  it('fails closed as "unavailable" (503, not 401) when the keys cannot be fetched; no bot configured is a plain refusal', async () => {
    const down = auth({ openIdMetadataUrl: 'http://127.0.0.1:9/.well-known/openidconfiguration', timeoutMs: 500 });
    await expect(down.verify((await bf.sign({})).headers.authorization)).rejects.toMatchObject({ unavailable: true });
    await expect(auth({ appId: '' }).verify((await bf.sign({})).headers.authorization)).rejects.toMatchObject({ unavailable: false });
  });
});
