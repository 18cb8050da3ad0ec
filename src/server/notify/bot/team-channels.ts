/**
 * The channels of a team the bot was added to, so each becomes a review target by its name
 * ("Juridisk team › Kontraktgennemgang"): GET {serviceUrl}/v3/teams/{teamId}/conversations with the
 * bot's token, what the SDKs call TeamsInfo.getTeamChannels
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context). The General
 * channel comes back without a name.
 */
import { ConnectorClient, OutboundHostValidator } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { BotTokenSource } from './bot-token';

const channelsSchema = z.object({
  conversations: z.array(z.object({ id: z.string().min(1).max(1000), name: z.string().max(500).nullish() }).loose()).max(1000),
});

export interface TeamChannel { conversationId: string; name: string | null }

export interface TeamChannelSource {
  channels(serviceUrl: string, teamId: string): Promise<TeamChannel[]>;
}

export class ConnectorTeamChannels implements TeamChannelSource {
  private readonly hosts: OutboundHostValidator;
  constructor(private readonly tokens: BotTokenSource, serviceUrlHosts: string[], private readonly timeoutMs: number) {
    this.hosts = new OutboundHostValidator({ enabled: true, hosts: serviceUrlHosts });
  }

  async channels(serviceUrl: string, teamId: string): Promise<TeamChannel[]> {
    if (!this.hosts.isAllowed(serviceUrl)) return [];
    const token = await this.tokens.token(AbortSignal.timeout(this.timeoutMs));
    const client = ConnectorClient.createClientWithToken(serviceUrl, token);
    const res = await client.httpClient.request({ method: 'get', url: `v3/teams/${encodeURIComponent(teamId)}/conversations`, timeout: this.timeoutMs });
    return channelsSchema.parse(res.data).conversations.map((c) => ({ conversationId: c.id, name: c.name ?? null }));
  }
}
