/**
 * Messages between the Revision page and its checking Web Worker. The page parses what the worker
 * sends (zod): the worker is a boundary like any other. No document bytes or values ever cross it
 * back — only the per-file results (file name, category, findings, municipality, paired order).
 */
import { z } from 'zod';
import { DOCUMENT_CATEGORIES } from '../domain/report/labels';

export interface CheckRequest { type: 'check'; files: File[]; templatesBase: string }

const findingCategory = z.enum(DOCUMENT_CATEGORIES).exclude(['korrekt']);

const findingSchema = z.object({ rule: z.string(), category: findingCategory.nullable(), field: z.string().nullable(), message: z.string() });

export const reportFileSchema = z.object({
  file: z.string(),
  template: z.object({ id: z.string(), version: z.string() }).nullable(),
  category: z.enum(DOCUMENT_CATEGORIES),
  findings: z.array(findingSchema),
  municipality: z.string().nullable().optional(),
  order: z.string().nullable().optional(),
});

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().int().min(0), total: z.number().int().min(0) }),
  z.object({ type: z.literal('done'), results: z.array(reportFileSchema) }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type WorkerMessage = z.infer<typeof workerMessageSchema>;
