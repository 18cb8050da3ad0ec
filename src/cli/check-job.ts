/**
 * What kl-check's pool (./check-pool) and its workers (./check-worker) exchange, and the file-level
 * result both sides build. Kept free of the engine, so the main thread does not load it.
 */
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import type { CheckedFile } from './report';

export interface CheckOptions {
  fields: boolean;
  showCpr: boolean;
}

export interface CheckOutcome {
  result: CheckedFile;
  /** The values read, when asked for (consistency mode pairs contracts with orders by them). */
  values?: ExtractedContract;
  /** What the file is, when it matched a template: lets the main thread decide on consistency mode without the order rules. */
  role?: 'contract' | 'order';
}

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

/** A file-level ikke-laesbar result (contract-checks.md) with its Danish reason; `fields: {}` with --fields. */
export const unreadable = (file: string, message: string, opts?: Pick<CheckOptions, 'fields'>): CheckedFile => ({
  file, template: null, category: 'ikke-laesbar',
  findings: [{ rule: 'file.unreadable', category: 'ikke-laesbar', field: null, message }],
  ...(opts?.fields ? { fields: {} } : {}),
});
