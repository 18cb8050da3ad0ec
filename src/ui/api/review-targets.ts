/**
 * Review targets as the add-in and the tab see them (GET /api/review-targets, /api/admin/review-targets),
 * parsed with zod so a server answer of another shape is an error, not a half-drawn picker. Names
 * and states only: the server never sends Teams ids.
 */
import { z } from 'zod';

export const reviewTargetOptionSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['channel', 'groupChat']) });
export const reviewTargetOptionsSchema = z.object({ items: z.array(reviewTargetOptionSchema), webhook: z.boolean() });
export type ReviewTargetOption = z.infer<typeof reviewTargetOptionSchema>;
export type ReviewTargetOptions = z.infer<typeof reviewTargetOptionsSchema>;

export const adminReviewTargetSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['channel', 'groupChat']),
  /** The name from Teams, before any rename. */
  teamsName: z.string(),
  hidden: z.boolean(),
  status: z.enum(['active', 'removed', 'gone']),
  statusLabel: z.string(),
  version: z.number().int(),
});
export const adminReviewTargetsSchema = z.object({ items: z.array(adminReviewTargetSchema) });
export type AdminReviewTarget = z.infer<typeof adminReviewTargetSchema>;

/** The Danish words for the kinds, shared by every face that lists targets. */
export const TARGET_KIND_LABELS: Record<ReviewTargetOption['kind'], string> = { channel: 'Kanal', groupChat: 'Gruppechat' };
