/**
 * kl-check's per-file results and the audit summary, with the JSON shape of contract-checks.md.
 */
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import type { Category, FileCategory, Finding } from '../domain/contract/finding';
import { maskCpr, redactCprNumbers } from '../domain/privacy/cpr';
import type { TemplateRegistry } from '../document/templates/registry';
import { auditSummary, type AuditReport } from '../domain/report/audit-report';
import { CATEGORY_LABELS, DOCUMENT_CATEGORIES } from '../domain/report/labels';

export interface FileResult {
  file: string;
  template: { id: string; version: string } | null;
  category: Category | FileCategory;
  findings: Finding[];
  fields?: Record<string, string | null>;
}

/** A result with what the table needs but the JSON does not show (the buyer municipality for the per-municipality summary). */
export type CheckedFile = FileResult & { municipality?: string };

export type Summary = AuditReport['summary'];

/** Best first, as the audit listed them (the domain's vocabulary). */
export const CATEGORY_ORDER = DOCUMENT_CATEGORIES;

export const CATEGORY_LABEL = CATEGORY_LABELS;

/** The JSON summary, computed by the domain's report model (the same numbers as every other face). */
export const summarise = (results: FileResult[]): Summary => auditSummary(results);

/**
 * The values read, for --fields: scalar fields as text (dates as written, a picture signature as
 * "[billede]"), checkbox groups as the checked option ids joined by ", " (null when none).
 * The CPR number is masked (ddmmyy-xxxx) and CPR numbers in free text are redacted unless showCpr.
 */
export function fieldValues(contract: ExtractedContract, registry: TemplateRegistry, showCpr: boolean): Record<string, string | null> {
  const def = registry.find(contract.template.id, contract.template.version)?.definition;
  const kindOf = (id: string) => def?.fields.find((f) => f.id === id.replace(/\[\d+\]/g, '[]'))?.kind;
  const out: Record<string, string | null> = {};
  for (const [id, v] of Object.entries(contract.values)) {
    let text = v.text ?? (v.hasPicture ? '[billede]' : null);
    const kind = kindOf(id);
    // A P-number or UUID in its own field is 10+ digits by nature and shown as it is; every other
    // value (a phone or date field may hold a mistyped CPR number) has CPR numbers in any spelling masked.
    if (text !== null && !showCpr) text = kind === 'cpr' ? maskCpr(text) : kind === 'pNumber' || kind === 'uuid' ? text : redactCprNumbers(text);
    out[id] = text;
  }
  for (const [id, c] of Object.entries(contract.choices)) out[id] = c.checked.length ? c.checked.join(', ') : null;
  return out;
}

/**
 * What every output prints, with CPR numbers masked (ddmmyy-xxxx) in file names, order names and
 * finding messages too: a file may be named after the citizen ("Aftale 120385-1234.docx").
 */
export function maskResultsForOutput<T extends CheckedFile & { order?: string | null }>(results: T[]): T[] {
  return results.map((r) => ({
    ...r,
    file: redactCprNumbers(r.file),
    ...(typeof r.order === 'string' ? { order: redactCprNumbers(r.order) } : {}),
    findings: r.findings.map((f) => ({ ...f, message: redactCprNumbers(f.message) })),
  }));
}

/** A file passes when it is korrekt: recommendations (category null) do not fail it. */
export const exitCodeFor = (results: FileResult[]): 0 | 1 => (results.every((r) => r.category === 'korrekt') ? 0 : 1);
