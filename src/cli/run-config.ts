/**
 * How kl-check runs its batch, from the environment (validated once, here): how many worker threads,
 * the memory one file's check may use, and the time it may take. The defaults suit a laptop; a
 * server with many cores and little memory can lower KL_CHECK_WORKERS or KL_CHECK_MEMORY_MB.
 */
import { availableParallelism, totalmem } from 'node:os';

/** The schema of the variables; zod is loaded only when one of them is set (it costs start-up time otherwise). */
async function envSchema() {
  const { z } = await import('zod');
  const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max).optional();
  return z.object({
    KL_CHECK_WORKERS: positiveInt(64),
    KL_CHECK_MEMORY_MB: positiveInt(16_384),
    KL_CHECK_TIMEOUT_S: positiveInt(86_400),
  });
}

export interface RunConfig {
  workers: number;
  memoryMb: number;
  timeoutMs: number;
}

/**
 * 384 MB of heap per file. A KL contract needs under 10 MB; a document of 100,000 paragraphs (a 5 MB
 * main part, far beyond any contract) about 100 MB; past the limit the file is refused, not the batch.
 */
export const DEFAULT_MEMORY_MB = 384;

export class InvalidRunConfig extends Error {
  readonly code = 'cli.invalid-config';
}

export async function runConfig(env: NodeJS.ProcessEnv = process.env): Promise<RunConfig> {
  let e: { KL_CHECK_WORKERS?: number; KL_CHECK_MEMORY_MB?: number; KL_CHECK_TIMEOUT_S?: number } = {};
  if (Object.keys(env).some((k) => k.startsWith('KL_CHECK_'))) {
    const parsed = (await envSchema()).safeParse(env);
    if (!parsed.success) {
      const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(', ');
      throw new InvalidRunConfig(`ugyldig værdi i ${names} (et helt tal større end 0 forventes).`);
    }
    e = parsed.data;
  }
  const memoryMb = e.KL_CHECK_MEMORY_MB ?? DEFAULT_MEMORY_MB;
  // Workers beyond 8 buy little for a batch of small files; and all of them at their limit (heap plus
  // about as much again in buffers) must fit in half the machine's memory.
  const fitInMemory = Math.max(1, Math.floor(totalmem() / 2 / (2 * memoryMb * 1048576)));
  return {
    workers: e.KL_CHECK_WORKERS ?? Math.min(8, availableParallelism(), fitInMemory),
    memoryMb,
    timeoutMs: (e.KL_CHECK_TIMEOUT_S ?? 120) * 1000,
  };
}
