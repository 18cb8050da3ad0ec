/**
 * kl-check's consistency mode: contracts checked together with their orders (bestillinger).
 *   kl-check --orders <folder or file> … <contracts>     orders from their own folder
 *   kl-check kontrakt.docx bestilling.docx                 a contract and an order given together
 * Each contract is paired with its order by the citizen (CPR digits, else name); the pair is checked
 * by src/domain/order/consistency.ts and the findings are added to the contract's entry, which also
 * names its order ("order": file or null). A contract without an order gets 'order.missing'.
 * Orders are checked on their own as well (order rules), and listed once.
 */
import path from 'node:path';
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import { isOrderTemplate } from '../domain/order/order-templates';
import { withOrders } from '../document/order-pairing';
import type { TemplateRegistry } from '../document/templates/registry';
import { checkEntry, checkFile, type CheckOptions } from './check-files';
import type { CheckedFile } from './report';

/** A contract's entry in consistency mode: the order it was compared with (null when none was found). */
export type CheckedFileWithOrder = CheckedFile & { order?: string | null };

const isContract = (r: CheckedFile): boolean => r.template !== null && !isOrderTemplate(r.template);
const isOrder = (r: CheckedFile): boolean => r.template !== null && isOrderTemplate(r.template);

/** Consistency mode is on when order files are given (--orders), or when the files checked hold both contracts and orders. */
export function needsConsistency(all: CheckedFile[], orderFilesGiven: boolean): boolean {
  return orderFilesGiven || (all.some(isContract) && all.some(isOrder));
}

/**
 * Pairs the contracts with the orders among `all` (by the values read, `valuesOf`; a file without
 * values is left as it is) and adds the pair's findings to each contract's entry.
 */
export function pairWithOrders(all: CheckedFileWithOrder[], valuesOf: (file: string) => ExtractedContract | null): CheckedFileWithOrder[] {
  // The pairing itself is shared with the Revision page's worker (src/document/order-pairing.ts).
  return withOrders(all.map((result) => ({ result, values: isContract(result) || isOrder(result) ? valuesOf(result.file) : null })), true);
}

/** The order files not among the results already (a file given both ways is listed once). */
export const extraOrderFiles = (results: CheckedFile[], orderFiles: string[]): string[] => {
  const seen = new Set(results.map((r) => path.resolve(r.file)));
  return orderFiles.filter((f) => !seen.has(path.resolve(f)));
};

/**
 * Consistency mode in this thread (kl-check itself runs the files in workers and calls
 * pairWithOrders with the values they return). Without consistency mode the results are returned as they are.
 */
export function withOrderConsistency(
  results: CheckedFile[],
  orderFiles: string[],
  registry: TemplateRegistry,
  opts: CheckOptions,
): CheckedFileWithOrder[] {
  const all: CheckedFileWithOrder[] = [...results, ...extraOrderFiles(results, orderFiles).map((f) => checkFile(f, registry, opts))];
  if (!needsConsistency(all, orderFiles.length > 0)) return results;
  const values = new Map<string, ExtractedContract | null>();
  const valuesOf = (file: string): ExtractedContract | null => {
    if (!values.has(file)) values.set(file, checkEntry(file, null, registry, { ...opts, keepValues: true }).values ?? null);
    return values.get(file) ?? null;
  };
  return pairWithOrders(all, valuesOf);
}
