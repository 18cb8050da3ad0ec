/**
 * The caller's own flags as the pane's "Mine sager" reads them (GET /api/flags/mine), parsed with
 * zod: a server answer of another shape is an error, not a half-drawn list.
 */
import { z } from 'zod';
import { FLAG_STATES } from '../../domain/flags/flag-state';

export const myFlagSchema = z.object({
  id: z.string(),
  title: z.string(),
  state: z.enum(FLAG_STATES),
  createdAt: z.string(),
  updatedAt: z.string(),
  latestReply: z.object({ author: z.string(), text: z.string(), createdAt: z.string() }).nullable(),
});
export const myFlagsSchema = z.object({ items: z.array(myFlagSchema) });
export type MyFlag = z.infer<typeof myFlagSchema>;
