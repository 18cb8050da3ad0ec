/**
 * Applies an install event to the review targets. A team install records every channel of the team
 * (by asking the connector for them; when that fails, the General channel alone, so the install is
 * never lost); a removal takes the team's or chat's targets away.
 */
import type { InstallEvent } from './install-events';
import type { ReviewTargetStore } from '../review-targets';
import type { TeamChannelSource } from './team-channels';

export async function applyInstallEvent(ev: InstallEvent, store: ReviewTargetStore, channels: TeamChannelSource | null, onError?: (e: unknown) => void): Promise<void> {
  switch (ev.type) {
    case 'team-installed': {
      let list = [{ conversationId: ev.generalConversationId, name: null as string | null }];
      if (channels) {
        try {
          const found = await channels.channels(ev.serviceUrl, ev.teamId);
          if (found.length > 0) list = found;
        } catch (e) {
          onError?.(e);
        }
      }
      for (const c of list) {
        await store.upsert({ tenantId: ev.tenantId, serviceUrl: ev.serviceUrl, kind: 'channel', conversationId: c.conversationId, teamId: ev.teamId, teamName: ev.teamName, channelName: c.name, chatName: null });
      }
      return;
    }
    case 'channel-created':
      // Only where the bot is: a channel of a team without the app is nobody's target.
      if (await store.teamInstalled(ev.tenantId, ev.teamId)) {
        await store.upsert({ tenantId: ev.tenantId, serviceUrl: ev.serviceUrl, kind: 'channel', conversationId: ev.conversationId, teamId: ev.teamId, teamName: ev.teamName, channelName: ev.channelName, chatName: null });
      }
      return;
    case 'chat-installed':
      await store.upsert({ tenantId: ev.tenantId, serviceUrl: ev.serviceUrl, kind: 'groupChat', conversationId: ev.conversationId, teamId: null, teamName: null, channelName: null, chatName: ev.chatName });
      return;
    case 'team-removed':
      await store.remove(ev.tenantId, { teamId: ev.teamId });
      return;
    case 'chat-removed':
    case 'channel-deleted':
      await store.remove(ev.tenantId, { conversationId: ev.conversationId });
      return;
    case 'channel-renamed':
      await store.renameChannel(ev.tenantId, ev.conversationId, ev.channelName);
      return;
    case 'team-renamed':
      await store.renameTeam(ev.tenantId, ev.teamId, ev.teamName);
      return;
  }
}
