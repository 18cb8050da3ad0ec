/**
 * zod schema for kl-fill's JSON (a ContractFillInput, or an array of them for the batch form),
 * with Danish messages. The values are strings; numbers are accepted and turned into strings,
 * because people write {"payment.deadlineDays": 30}.
 */
import { z } from 'zod';

const value = z.union([z.string(), z.number()], { error: 'En værdi skal være tekst eller et tal.' }).transform(String);

const shape = {
  fields: z.record(z.string(), value, { error: '"fields" skal være et objekt med felt-id → værdi.' }).default({}),
  choices: z.record(z.string(), z.string({ error: 'En afkrydsning angives som mulighedens id (tekst).' }), {
    error: '"choices" skal være et objekt med gruppe-id → mulighed.',
  }).default({}),
  services: z.array(z.record(z.string(), value), { error: '"services" skal være en liste af indsatser.' }).default([]),
  removeInstances: z.record(
    z.string(),
    z.array(z.number().int().min(0), { error: 'Blokke, der skal fjernes, angives som en liste af numre fra 0.' }),
    { error: '"removeInstances" skal være et objekt med blok-id → liste af numre, fx {"services": [1]}.' },
  ).optional(),
};

export const fillInputSchema = z.strictObject(shape, {
  error: 'Værdierne skal være et JSON-objekt med "fields", "choices" og "services".',
});

/** One item of the batch form: the values plus an optional output file name. */
export const fillBatchItemSchema = z.strictObject({
  ...shape,
  out: z.string({ error: '"out" skal være et filnavn.' }).min(1, { error: '"out" må ikke være tom.' }).optional(),
}, { error: 'Hver post i listen skal være et JSON-objekt med "fields", "choices" og "services".' });

export const fillBatchSchema = z.array(fillBatchItemSchema, { error: 'En batch skal være en JSON-liste.' })
  .min(1, { error: 'Listen er tom.' });

export type FillBatchItem = z.infer<typeof fillBatchItemSchema>;

/** Danish text for a zod error: path and message per issue. */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join('.') : '(rod)'}: ${i.message}`).join('\n');
}
