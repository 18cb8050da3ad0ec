/**
 * Runs a batch of checks on worker threads: spread over the cores, each worker under a memory
 * limit (Node's resourceLimits), one file in flight per worker, so that when a worker dies — out of
 * memory, over the time limit, or a crash — exactly one file is known to have caused it. That file
 * gets an ikke-laesbar result with the reason, a fresh worker takes over, and every other file
 * still gets its result. Results come back in input order whatever order the workers finish in.
 *
 * Node: https://nodejs.org/api/worker_threads.html#new-workerfilename-options (resourceLimits;
 * a worker over maxOldGenerationSizeMb ends with an 'error' of code ERR_WORKER_OUT_OF_MEMORY, then 'exit').
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { unreadable, type CheckJob, type CheckOutcome, type JobDone } from './check-job';

export interface PoolOptions {
  workers: number;
  /** Heap limit of one worker (so of one file's check), MB. */
  memoryMb: number;
  /** Time one file may take before its worker is stopped, ms. */
  timeoutMs: number;
  onSettled?: (settled: number, total: number) => void;
}

/**
 * The worker's entry: the compiled check-worker.cjs beside this file in a build (dist/cli), else the
 * TypeScript source through tsx (a checkout without a build, and the tests).
 */
function spawnWorker(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(memoryMb / 8))) };
  const ext = path.extname(__filename);
  if (ext !== '.ts') return new Worker(path.join(__dirname, `check-worker${ext}`), { resourceLimits, execArgv: [] });
  const tsx = require.resolve('tsx/cjs/api');
  const source = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(path.join(__dirname, 'check-worker.ts'))});`;
  return new Worker(source, { eval: true, resourceLimits, execArgv: [] });
}

type Failure = { kind: 'memory' } | { kind: 'timeout' } | { kind: 'crash' };

function failedOutcome(job: CheckJob, failure: Failure, opts: PoolOptions): CheckOutcome {
  const reason =
    failure.kind === 'memory'
      ? `Tjekket af filen brugte mere end grænsen på ${opts.memoryMb} MB hukommelse og blev stoppet; filen er for stor eller for kompleks til at blive læst.`
      : failure.kind === 'timeout'
        ? `Tjekket af filen tog mere end ${Math.round(opts.timeoutMs / 1000)} sekunder og blev stoppet.`
        : 'Tjekket af filen stoppede uventet; filen er ikke tjekket.';
  return { result: unreadable(job.file, reason, job) };
}

export function runChecks(jobs: CheckJob[], opts: PoolOptions): Promise<CheckOutcome[]> {
  const total = jobs.length;
  const outcomes: CheckOutcome[] = new Array<CheckOutcome>(total);
  if (total === 0) return Promise.resolve(outcomes);
  return new Promise((resolve) => {
    let next = 0;
    let settled = 0;
    const settle = (index: number, outcome: CheckOutcome): void => {
      outcomes[index] = outcome;
      settled++;
      opts.onSettled?.(settled, total);
      if (settled === total) resolve(outcomes);
    };

    const start = (): void => {
      const worker = spawnWorker(opts.memoryMb);
      let current: { job: CheckJob; slot: number } | undefined;
      let timer: NodeJS.Timeout | undefined;
      let failure: Failure = { kind: 'crash' };
      const feed = (): void => {
        if (next >= total) {
          current = undefined;
          void worker.terminate();
          return;
        }
        const slot = next++;
        const job = jobs[slot] as CheckJob;
        current = { job, slot };
        timer = setTimeout(() => {
          failure = { kind: 'timeout' };
          void worker.terminate();
        }, opts.timeoutMs);
        worker.postMessage(job);
      };
      worker.on('message', (m: JobDone) => {
        clearTimeout(timer);
        const slot = current?.slot;
        if (slot === undefined) return;
        const { index: _index, ...outcome } = m;
        current = undefined;
        settle(slot, outcome);
        feed();
      });
      worker.on('error', (e: Error & { code?: string }) => {
        if (failure.kind !== 'timeout') failure = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'crash' };
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        if (!current) return;
        const { job, slot } = current;
        current = undefined;
        settle(slot, failedOutcome(job, failure, opts));
        if (next < total) start();
      });
      feed();
    };
    for (let i = 0; i < Math.max(1, Math.min(opts.workers, total)); i++) start();
  });
}
