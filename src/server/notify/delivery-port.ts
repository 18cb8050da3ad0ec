/**
 * The port between the outbox worker and whatever posts to Teams (the app's own bot through the Bot
 * Connector, or a Workflows incoming webhook). Adapters live next to this file; the worker knows
 * only this port.
 */

/**
 * Where a flag's card goes, as the flag stores it: a review target by its id (a chat or channel the
 * bot was added to, allow-listed per tenant) or the configured Workflows webhook. Never a raw
 * Teams id typed by a user.
 */
export type ChatTarget =
  | { kind: 'review-target'; targetId: string }
  | { kind: 'webhook' };

/** A Bot Framework conversation reference, resolved from the review target when the message goes out. */
export interface ConversationReference {
  targetId: string;
  tenantId: string;
  conversationId: string;
  serviceUrl: string;
}

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
  /** The requester's comment when sent; on later updates the latest comment. */
  comment: string | null;
  /** Who wrote the latest comment (updates only). */
  commentAuthor?: string | null;
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

/**
 * flag.created posts the card; flag.updated replaces it in place (state, assignee, latest comment);
 * flag.reply answers in its thread when the flag is resolved or rejected.
 */
export const OUTBOX_KINDS = ['flag.created', 'flag.updated', 'flag.reply'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxMessage {
  /** Stable across retries and restarts: adapters may use it as an idempotency key. */
  id: string;
  kind: OutboxKind;
  flag: FlagSnapshot;
  target: ChatTarget;
  /** The conversation of a review target (absent for the webhook). */
  conversation?: ConversationReference;
  /** Activity id of the flag's first card, for updates and replies; absent on flag.created. */
  activityId?: string;
  /** 1 on the first try. */
  attempt: number;
}

export type DeliveryOutcome =
  | { ok: true; messageId?: string }
  | {
    ok: false; retryable: boolean; retryAfterMs?: number; error: string;
    /** Teams says the bot is no longer in the conversation (403/404): the target is gone. */
    targetGone?: boolean;
  };

export interface ChatDelivery {
  deliver(msg: OutboxMessage): Promise<DeliveryOutcome>;
}
