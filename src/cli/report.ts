/**
 * kl-check's per-file results and the audit summary, with the JSON shape of contract-checks.md.
 */
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import type { Category, FileCategory, Finding } from '../domain/contract/finding';
import { maskCpr, redactCprNumbers } from '../domain/privacy/cpr';
import type { TemplateRegistry } from '../document/templates/registry';

export interface FileResult {
  file: string;
  template: { id: string; version: string } | null;
  category: Category | FileCategory;
  findings: Finding[];
  fields?: Record<string, string | null>;
}

/** A result with what the table needs but the JSON does not show (the buyer municipality for the per-municipality summary). */
export type CheckedFile = FileResult & { municipality?: string };

export interface Summary {
  files: number;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
}

export const CATEGORY_ORDER: Array<Category | FileCategory> = [
  'korrekt', 'uhensigtsmaessige-valg', 'fejl-uden-meromkostning', 'fejl-med-oekonomisk-risiko', 'ikke-laesbar', 'ukendt-skabelon',
];

export const CATEGORY_LABEL: Record<Category | FileCategory, string> = {
  'korrekt': 'Korrekt',
  'uhensigtsmaessige-valg': 'Uhensigtsmæssige valg',
  'fejl-uden-meromkostning': 'Fejl uden meromkostning',
  'fejl-med-oekonomisk-risiko': 'Fejl med økonomisk risiko',
  'ikke-laesbar': 'Ikke læsbar',
  'ukendt-skabelon': 'Ukendt skabelon',
};

export function summarise(results: FileResult[]): Summary {
  const byCategory: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  for (const r of results) {
    byCategory[r.category] = (byCategory[r.category] ?? 0) + 1;
    for (const f of r.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { files: results.length, byCategory, byRule };
}

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
    // Identifiers with their own shape (P-number, EAN, phone …) are shown as they are; free text may hold a CPR number.
    if (text !== null && !showCpr) text = kind === 'cpr' ? maskCpr(text) : kind === 'text' || kind === 'signature' || kind === undefined ? redactCprNumbers(text) : text;
    out[id] = text;
  }
  for (const [id, c] of Object.entries(contract.choices)) out[id] = c.checked.length ? c.checked.join(', ') : null;
  return out;
}

/** A file passes when it is korrekt: recommendations (category null) do not fail it. */
export const exitCodeFor = (results: FileResult[]): 0 | 1 => (results.every((r) => r.category === 'korrekt') ? 0 : 1);
