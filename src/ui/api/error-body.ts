/**
 * The server's error answer, read with zod: anything else (a proxy's HTML page, an old server) is
 * treated as having no code, message or fields rather than trusted blindly.
 */
import { z } from 'zod';

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function parseErrorBody(body: unknown): ErrorBody['error'] | null {
  const r = errorBodySchema.safeParse(body);
  return r.success ? r.data.error : null;
}
