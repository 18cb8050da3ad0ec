/**
 * How kl-check runs its batch, from the environment (validated once, here): how many worker threads,
 * the memory one file's check may use, and the time it may take. The defaults suit a laptop; a
 * server with many cores and little memory can lower KL_CHECK_WORKERS or KL_CHECK_MEMORY_MB.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max).optional();

const envSchema = z.object({
  KL_CHECK_WORKERS: positiveInt(64),
  KL_CHECK_MEMORY_MB: positiveInt(16_384),
  KL_CHECK_TIMEOUT_S: positiveInt(86_400),
});

export interface RunConfig {
  workers: number;
  memoryMb: number;
  timeoutMs: number;
}

/** 512 MB of heap per file: a 1,000-page document needs a fraction of it; the zip and XML caps bound the rest. */
export const DEFAULT_MEMORY_MB = 512;

export class InvalidRunConfig extends Error {
  readonly code = 'cli.invalid-config';
}

export function runConfig(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(', ');
    throw new InvalidRunConfig(`ugyldig værdi i ${names} (et helt tal større end 0 forventes).`);
  }
  const e = parsed.data;
  return {
    // Workers beyond 8 buy little for a batch of small files and each holds its own copy of the templates.
    workers: e.KL_CHECK_WORKERS ?? Math.min(8, availableParallelism()),
    memoryMb: e.KL_CHECK_MEMORY_MB ?? DEFAULT_MEMORY_MB,
    timeoutMs: (e.KL_CHECK_TIMEOUT_S ?? 120) * 1000,
  };
}
