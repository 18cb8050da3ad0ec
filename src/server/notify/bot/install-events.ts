/**
 * What an inbound Teams activity means for review targets, decided without I/O. Teams tells a bot
 * it was added or removed with conversationUpdate (membersAdded/membersRemoved naming the bot,
 * channelData.eventType teamMemberAdded/teamMemberRemoved) and, since 2020, installationUpdate
 * (action add/remove); channels come and go with channelCreated/channelRenamed/channelDeleted and
 * teams with teamRenamed. Both install signals are handled and are idempotent, because Teams sends
 * either or both. Personal scope is not a review target.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 */
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(500), name: z.string().max(500).nullish() }).loose();

/** The parts of a Bot Framework activity the bot reads; everything else passes through unread. */
export const inboundActivitySchema = z.object({
  type: z.string().min(1).max(100),
  channelId: z.string().max(100).optional(),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(1000),
  action: z.string().max(100).optional(),
  recipient: account,
  conversation: z.object({
    id: z.string().min(1).max(1000),
    conversationType: z.string().max(100).optional(),
    tenantId: z.string().max(100).optional(),
    name: z.string().max(500).nullish(),
  }).loose(),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  channelData: z.object({
    eventType: z.string().max(100).optional(),
    tenant: z.object({ id: z.string().max(100) }).loose().optional(),
    team: z.object({ id: z.string().min(1).max(1000), name: z.string().max(500).nullish() }).loose().optional(),
    channel: z.object({ id: z.string().min(1).max(1000), name: z.string().max(500).nullish() }).loose().optional(),
  }).loose().optional(),
}).loose();
export type InboundActivity = z.infer<typeof inboundActivitySchema>;

export type InstallEvent =
  | { type: 'team-installed'; tenantId: string; serviceUrl: string; teamId: string; teamName: string | null; generalConversationId: string }
  | { type: 'chat-installed'; tenantId: string; serviceUrl: string; conversationId: string; chatName: string | null }
  | { type: 'team-removed'; tenantId: string; teamId: string }
  | { type: 'chat-removed'; tenantId: string; conversationId: string }
  | { type: 'channel-created'; tenantId: string; serviceUrl: string; teamId: string; teamName: string | null; conversationId: string; channelName: string | null }
  | { type: 'channel-renamed'; tenantId: string; conversationId: string; channelName: string }
  | { type: 'channel-deleted'; tenantId: string; conversationId: string }
  | { type: 'team-renamed'; tenantId: string; teamId: string; teamName: string };

/** Teams addresses a bot as "28:<app id>"; the activity's recipient is the bot itself. */
const isBot = (a: { id: string }, activity: InboundActivity) => a.id === activity.recipient.id;

export function installEventOf(a: InboundActivity): InstallEvent | null {
  const tenantId = a.conversation.tenantId ?? a.channelData?.tenant?.id;
  if (!tenantId) return null;
  const scope = a.conversation.conversationType;
  const team = a.channelData?.team;
  const eventType = a.channelData?.eventType;
  const added = a.type === 'installationUpdate' ? a.action === 'add' || a.action === 'add-upgrade' : !!a.membersAdded?.some((m) => isBot(m, a));
  const removed = a.type === 'installationUpdate' ? a.action === 'remove' : !!a.membersRemoved?.some((m) => isBot(m, a));
  if (a.type !== 'conversationUpdate' && a.type !== 'installationUpdate') return null;

  if (scope === 'channel' && team) {
    if (added) return { type: 'team-installed', tenantId, serviceUrl: a.serviceUrl, teamId: team.id, teamName: team.name ?? null, generalConversationId: a.conversation.id.split(';')[0]! };
    if (removed) return { type: 'team-removed', tenantId, teamId: team.id };
    const channel = a.channelData?.channel;
    if (eventType === 'channelCreated' && channel) {
      return { type: 'channel-created', tenantId, serviceUrl: a.serviceUrl, teamId: team.id, teamName: team.name ?? null, conversationId: channel.id, channelName: channel.name ?? null };
    }
    if (eventType === 'channelRenamed' && channel?.name) return { type: 'channel-renamed', tenantId, conversationId: channel.id, channelName: channel.name };
    if (eventType === 'channelDeleted' && channel) return { type: 'channel-deleted', tenantId, conversationId: channel.id };
    if (eventType === 'teamRenamed' && team.name) return { type: 'team-renamed', tenantId, teamId: team.id, teamName: team.name };
    return null;
  }
  if (scope === 'groupChat') {
    if (added) return { type: 'chat-installed', tenantId, serviceUrl: a.serviceUrl, conversationId: a.conversation.id, chatName: a.conversation.name ?? null };
    if (removed) return { type: 'chat-removed', tenantId, conversationId: a.conversation.id };
  }
  return null;
}
