/**
 * kl-check's consistency mode: contracts checked together with their orders (bestillinger).
 *   kl-check --orders <folder or file> … <contracts>     orders from their own folder
 *   kl-check kontrakt.docx bestilling.docx                 a contract and an order given together
 * Each contract is paired with its order by the citizen (CPR digits, else name); the pair is checked
 * by src/domain/order/consistency.ts and the findings are added to the contract's entry, which also
 * names its order ("order": file or null). A contract without an order gets 'order.missing'.
 * Orders are checked on their own as well (order rules), and listed once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import { isOrderTemplate } from '../domain/order/check-order';
import { readDocx } from '../document/ooxml/read';
import { withOrders } from '../document/order-pairing';
import type { TemplateRegistry } from '../document/templates/registry';
import { checkFile, type CheckOptions } from './check-files';
import type { CheckedFile } from './report';

/** A contract's entry in consistency mode: the order it was compared with (null when none was found). */
export type CheckedFileWithOrder = CheckedFile & { order?: string | null };

const isContract = (r: CheckedFile): boolean => r.template !== null && !isOrderTemplate(r.template);
const isOrder = (r: CheckedFile): boolean => r.template !== null && isOrderTemplate(r.template);

/** Re-reads a checked file for its values (checkFile keeps only the findings); null if it no longer reads. */
const readValues = (file: string, registry: TemplateRegistry): ExtractedContract | null => {
  try {
    const r = readDocx(new Uint8Array(readFileSync(file)), registry);
    return r.kind === 'contract' ? r.contract : null;
  } catch {
    return null;
  }
};

/**
 * Consistency mode is on when order files are given (--orders), or when the files checked hold both
 * contracts and orders. Otherwise the results are returned as they are.
 */
export function withOrderConsistency(
  results: CheckedFile[],
  orderFiles: string[],
  registry: TemplateRegistry,
  opts: CheckOptions,
): CheckedFileWithOrder[] {
  const seen = new Set(results.map((r) => path.resolve(r.file)));
  const extra = orderFiles.filter((f) => !seen.has(path.resolve(f))).map((f) => checkFile(f, registry, opts));
  const all: CheckedFileWithOrder[] = [...results, ...extra];
  if (orderFiles.length === 0 && !(all.some(isContract) && all.some(isOrder))) return results;
  // Only contracts and orders are re-read for their values; pairing itself is shared with the browser.
  const entries = all.map((result) => ({ result, values: isContract(result) || isOrder(result) ? readValues(result.file, registry) : null }));
  return withOrders(entries, orderFiles.length > 0);
}
