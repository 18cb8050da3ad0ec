/** Checks one file; a file that cannot be read becomes a result, never an exception. */
import { isOrderTemplate } from '../domain/order/check-order';
import { checkDocx } from '../document/ooxml/check';
import { DEFAULT_LIMITS } from '../document/ooxml/zip-reader';
import type { TemplateRegistry } from '../document/templates/registry';
import { FileRefused, readRegularFile, refusalMessage } from './read-regular-file';
import { unreadable, type CheckOptions, type CheckOutcome } from './check-job';
import { fieldValues, type CheckedFile } from './report';

export type { CheckOptions, CheckOutcome } from './check-job';

/** Reads and checks one file. `root`: the real path of the folder it was found in, null when named directly. */
export function checkEntry(file: string, root: string | null, registry: TemplateRegistry, opts: CheckOptions & { keepValues?: boolean }): CheckOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file, { root, maxBytes: DEFAULT_LIMITS.maxInputBytes });
  } catch (e) {
    return { result: unreadable(file, e instanceof FileRefused ? refusalMessage(e) : 'Filen kunne ikke læses.', opts) };
  }
  let r;
  try {
    r = checkDocx(bytes, registry);
  } catch {
    // checkDocx turns bad input into a result; this is a defect in a rule, and must not cost the batch.
    return { result: unreadable(file, 'Dokumentet kunne ikke tjekkes på grund af en fejl i kl-check.', opts) };
  }
  const result: CheckedFile = { file, template: r.template, category: r.category, findings: r.findings };
  if (r.contract) {
    const m = r.contract.values['buyer.municipality']?.text;
    if (m) result.municipality = m;
    if (opts.fields) result.fields = fieldValues(r.contract, registry, opts.showCpr);
  } else if (opts.fields) result.fields = {};
  const outcome: CheckOutcome = { result };
  if (r.template) outcome.role = isOrderTemplate(r.template) ? 'order' : 'contract';
  if (opts.keepValues && r.contract) outcome.values = r.contract;
  return outcome;
}

/** A file named directly, checked in this thread (the batch runs its files in workers: ./check-pool). */
export function checkFile(file: string, registry: TemplateRegistry, opts: CheckOptions): CheckedFile {
  return checkEntry(file, null, registry, opts).result;
}
