/** The messages between kl-check's pool (./check-pool) and its workers (./check-worker). */
import type { CheckOptions, CheckOutcome } from './check-files';

/** One file to check; `index` is its place in the batch, so results come back in input order. */
export interface CheckJob extends CheckOptions {
  index: number;
  file: string;
  root: string | null;
  keepValues: boolean;
}

export interface JobDone extends CheckOutcome {
  index: number;
}
