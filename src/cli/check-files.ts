/** Checks one file; a file that cannot be read becomes a result, never an exception. */
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import { checkDocx } from '../document/ooxml/check';
import { DEFAULT_LIMITS } from '../document/ooxml/zip-reader';
import type { TemplateRegistry } from '../document/templates/registry';
import { FileRefused, readRegularFile, refusalMessage } from './read-regular-file';
import { fieldValues, type CheckedFile } from './report';

export interface CheckOptions {
  fields: boolean;
  showCpr: boolean;
}

export const unreadable = (file: string, message: string): CheckedFile => ({
  file, template: null, category: 'ikke-laesbar',
  findings: [{ rule: 'file.unreadable', category: 'ikke-laesbar', field: null, message }],
});

export interface CheckOutcome {
  result: CheckedFile;
  /** The values read, when asked for (consistency mode pairs contracts with orders by them). */
  values?: ExtractedContract;
}

/** Reads and checks one file. `root`: the real path of the folder it was found in, null when named directly. */
export function checkEntry(file: string, root: string | null, registry: TemplateRegistry, opts: CheckOptions & { keepValues?: boolean }): CheckOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file, { root, maxBytes: DEFAULT_LIMITS.maxInputBytes });
  } catch (e) {
    const result = unreadable(file, e instanceof FileRefused ? refusalMessage(e) : 'Filen kunne ikke læses.');
    return { result: opts.fields ? { ...result, fields: {} } : result };
  }
  let r;
  try {
    r = checkDocx(bytes, registry);
  } catch {
    // checkDocx turns bad input into a result; this is a defect in a rule, and must not cost the batch.
    return { result: unreadable(file, 'Dokumentet kunne ikke tjekkes på grund af en fejl i kl-check.') };
  }
  const result: CheckedFile = { file, template: r.template, category: r.category, findings: r.findings };
  if (r.contract) {
    const m = r.contract.values['buyer.municipality']?.text;
    if (m) result.municipality = m;
    if (opts.fields) result.fields = fieldValues(r.contract, registry, opts.showCpr);
  } else if (opts.fields) result.fields = {};
  return opts.keepValues && r.contract ? { result, values: r.contract } : { result };
}

/** A file named directly, checked in this thread (the batch runs its files in workers: ./check-pool). */
export function checkFile(file: string, registry: TemplateRegistry, opts: CheckOptions): CheckedFile {
  return checkEntry(file, null, registry, opts).result;
}
