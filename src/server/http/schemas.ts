import { z } from 'zod';

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional(), fields: z.array(fieldErrorSchema).optional() }),
});

/** Documented error answers (the error handler produces them). */
export const errorResponses = {
  400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema,
  409: errorBodySchema, 412: errorBodySchema, 422: errorBodySchema, 428: errorBodySchema,
};
