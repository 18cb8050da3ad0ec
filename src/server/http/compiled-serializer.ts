import fastJson from 'fast-json-stringify';
import { z } from 'zod';

/**
 * A route's serializerCompiler that turns its zod response schema into JSON Schema and compiles
 * it with fast-json-stringify (what Fastify does for JSON Schema routes). For hot routes whose
 * handler already returns typed data: no zod validation of the answer, and properties outside
 * the schema are left out rather than sent.
 */
export function compiledSerializer({ schema }: { schema: unknown }): (data: unknown) => string {
  if (!(schema instanceof z.ZodType)) throw new Error('compiledSerializer needs a zod response schema');
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
  delete json.$schema;
  return fastJson(json as unknown as Parameters<typeof fastJson>[0]);
}
