/**
 * Checks one document in the browser with the same engine as kl-check (src/document/ooxml/check):
 * a file becomes a result, never an exception. Returns the values read too, for pairing contracts
 * with orders inside the worker; the page never receives them.
 */
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import type { Finding } from '../domain/contract/finding';
import type { ReportFile } from '../domain/report/audit-report';
import { checkDocx } from '../document/ooxml/check';
import { DEFAULT_LIMITS } from '../document/ooxml/zip-reader';
import type { TemplateRegistry } from '../document/templates/registry';
import { unreadable as fileUnreadable } from '../cli/check-job';

export type BrowserResult = Omit<ReportFile, 'findings'> & { findings: Finding[] };
export interface BrowserCheck { result: BrowserResult; values: ExtractedContract | null }

// The same file-level result as kl-check's (a pure builder; only types are imported there).
const unreadable = (file: string, message: string): BrowserCheck => ({ result: fileUnreadable(file, message), values: null });

export async function checkBrowserFile(name: string, file: Blob, registry: TemplateRegistry): Promise<BrowserCheck> {
  if (file.size > DEFAULT_LIMITS.maxInputBytes) {
    return unreadable(name, `Filen er større end grænsen på ${Math.round(DEFAULT_LIMITS.maxInputBytes / 1048576)} MB.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return unreadable(name, 'Filen kunne ikke læses.');
  }
  try {
    const r = checkDocx(bytes, registry);
    const municipality = r.contract?.values['buyer.municipality']?.text ?? null;
    return { result: { file: name, template: r.template, category: r.category, findings: [...r.findings], municipality }, values: r.contract ?? null };
  } catch {
    return unreadable(name, 'Filen kunne ikke læses.');
  }
}
