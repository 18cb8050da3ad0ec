import { inboundActivitySchema, installEventOf } from '../../../../src/server/notify/bot/install-events';

const TENANT = '11111111-2222-4333-8444-555555555555';
const bot = { id: '28:bot-app-id', name: 'KL Kontrakt' };
const activity = (over: Record<string, unknown>) => inboundActivitySchema.parse({
  type: 'conversationUpdate', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', recipient: bot,
  conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: TENANT },
  channelData: { tenant: { id: TENANT }, team: { id: '19:general@thread.tacv2', name: 'Juridisk team' } },
  ...over,
});

describe('what an inbound Teams activity means for review targets', () => {
  it('the bot added to a team (conversationUpdate teamMemberAdded) installs the team', () => {
    expect(installEventOf(activity({ membersAdded: [bot], channelData: { eventType: 'teamMemberAdded', tenant: { id: TENANT }, team: { id: '19:general@thread.tacv2', name: 'Juridisk team' } } }))).toEqual({
      type: 'team-installed', tenantId: TENANT, serviceUrl: 'https://smba.trafficmanager.net/emea/', teamId: '19:general@thread.tacv2', teamName: 'Juridisk team', generalConversationId: '19:general@thread.tacv2',
    });
  });

  it('someone else joining a team is not an install; the bot leaving removes the team', () => {
    expect(installEventOf(activity({ membersAdded: [{ id: '29:someone' }] }))).toBeNull();
    expect(installEventOf(activity({ membersRemoved: [bot] }))).toEqual({ type: 'team-removed', tenantId: TENANT, teamId: '19:general@thread.tacv2' });
  });

  it('installationUpdate add/remove in a group chat installs and removes the chat, with its name', () => {
    const chat = { id: '19:chat@thread.v2', conversationType: 'groupChat', tenantId: TENANT, name: 'Kontraktgruppen' };
    expect(installEventOf(activity({ type: 'installationUpdate', action: 'add', conversation: chat, channelData: { tenant: { id: TENANT } } })))
      .toMatchObject({ type: 'chat-installed', conversationId: '19:chat@thread.v2', chatName: 'Kontraktgruppen' });
    expect(installEventOf(activity({ type: 'installationUpdate', action: 'remove', conversation: chat, channelData: { tenant: { id: TENANT } } })))
      .toEqual({ type: 'chat-removed', tenantId: TENANT, conversationId: '19:chat@thread.v2' });
  });

  it('channels created, renamed and deleted, and a renamed team, keep the names current', () => {
    const channel = { id: '19:kontrakt@thread.tacv2', name: 'Kontraktgennemgang' };
    const data = (eventType: string, team = { id: '19:general@thread.tacv2', name: 'Juridisk team' }) => ({ channelData: { eventType, tenant: { id: TENANT }, team, channel } });
    expect(installEventOf(activity(data('channelCreated')))).toMatchObject({ type: 'channel-created', conversationId: channel.id, channelName: 'Kontraktgennemgang' });
    expect(installEventOf(activity(data('channelRenamed')))).toMatchObject({ type: 'channel-renamed', channelName: 'Kontraktgennemgang' });
    expect(installEventOf(activity(data('channelDeleted')))).toMatchObject({ type: 'channel-deleted', conversationId: channel.id });
    expect(installEventOf(activity(data('teamRenamed', { id: '19:general@thread.tacv2', name: 'Jura' })))).toMatchObject({ type: 'team-renamed', teamName: 'Jura' });
  });

  it('personal scope, messages and activities without a tenant are not review targets', () => {
    expect(installEventOf(activity({ type: 'installationUpdate', action: 'add', conversation: { id: 'a:1', conversationType: 'personal', tenantId: TENANT }, channelData: {} }))).toBeNull();
    expect(installEventOf(activity({ type: 'message', membersAdded: [bot] }))).toBeNull();
    expect(installEventOf(activity({ membersAdded: [bot], conversation: { id: '19:x@thread.tacv2', conversationType: 'channel' }, channelData: { team: { id: 't' } } }))).toBeNull();
  });
});
