/**
 * The port between the outbox worker and whatever posts to Teams (Graph chat/channel message or a
 * Workflows incoming webhook). Adapters live next to this file; the worker knows only this port.
 */

/** Where a flag's card goes. */
export type ChatTarget =
  | { kind: 'chat'; chatId: string }
  | { kind: 'channel'; teamId: string; channelId: string }
  | { kind: 'webhook' };

/** What the card shows about a flag. Never a CPR number: findings carry rule ids and messages only. */
export interface FlagSnapshot {
  id: string;
  title: string;
  municipality: string | null;
  offerName: string | null;
  providerName: string | null;
  /** The flag's overall category (worst finding), e.g. 'fejl-med-oekonomisk-risiko'. */
  category: string;
  topFindings: { rule: string; category: string | null; message: string }[];
  findingCount: number;
  requesterName: string;
  assigneeName: string | null;
  state: 'ny' | 'under-gennemgang' | 'afsluttet' | 'afvist';
  comment: string | null;
  links: {
    /** The contract document (SharePoint/OneDrive), when known. */
    document: string | null;
    documentTitle: string | null;
    /** Deep link to the flag in the Gennemgang tab. */
    review: string;
  };
  createdAt: string;
  updatedAt: string;
}

export interface OutboxMessage {
  /** Stable across retries and restarts: adapters may use it as an idempotency key. */
  id: string;
  kind: 'flag.created' | 'flag.state-changed';
  flag: FlagSnapshot;
  target: ChatTarget;
  /** Message id of the flag's first card, for updates/replies; absent on flag.created. */
  replyTo?: string;
  /** 1 on the first try. */
  attempt: number;
  /**
   * The requesting user's access token for this API, when the Graph adapter posts on behalf of the
   * user (OAuth2 on-behalf-of). Optional: app credentials or a webhook need none. (Added by the Teams
   * adapter; the outbox decides whether and how long to keep it.)
   */
  userAssertion?: string;
}

export type DeliveryOutcome =
  | { ok: true; messageId?: string }
  | { ok: false; retryable: boolean; retryAfterMs?: number; error: string };

export interface ChatDelivery {
  deliver(msg: OutboxMessage): Promise<DeliveryOutcome>;
}
