/** kl-check's three outputs: JSON (contract-checks.md), CSV (one row per finding) and a Danish table. */
import { toDanishCsv } from '../export/danish-csv';
import { buildAuditReport } from '../domain/report/audit-report';
import { ORDER_MEASURE_LABELS, isAuditCategory, ruleLabel } from '../domain/report/labels';
import { CATEGORY_LABEL, CATEGORY_ORDER, summarise, type CheckedFile, type FileResult } from './report';

export function toJson(results: CheckedFile[]): string {
  const files: FileResult[] = results.map(({ municipality: _m, ...r }) => r);
  return `${JSON.stringify({ files, summary: summarise(files) }, null, 2)}\n`;
}

export const CSV_HEADER = ['fil', 'skabelon', 'dokumentkategori', 'regel', 'kategori', 'felt', 'besked'] as const;

/**
 * One row per finding, in the format Danish Excel opens with a double click (the shared writer:
 * BOM, `;`, CRLF, and every cell — file names too — guarded against running as a formula).
 */
export function toCsv(results: FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.findings.map((f) => [
      r.file,
      r.template ? `${r.template.id} ${r.template.version}` : '',
      r.category,
      f.rule,
      f.category ?? 'anbefaling',
      f.field ?? '',
      f.message,
    ]),
  );
  return toDanishCsv(CSV_HEADER, rows);
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function toTable(results: CheckedFile[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.file}`);
    lines.push(`  ${CATEGORY_LABEL[r.category]}${r.template ? ` · ${r.template.id} ${r.template.version}` : ''}`);
    for (const f of r.findings) {
      const kind = f.category === null ? 'anbefaling' : f.rule;
      lines.push(`  - ${kind}${f.field ? ` (${f.field})` : ''}: ${f.message}`);
    }
  }
  // The summary comes from the domain's report model: the same numbers as --json, --report and the Revision page.
  const report = buildAuditReport(results, { generatedAt: '', toolVersion: '' });
  const s = report.summary;
  lines.push('', `Opsummering: ${s.files} ${s.files === 1 ? 'dokument' : 'dokumenter'} gennemgået`);
  for (const c of CATEGORY_ORDER) {
    const n = s.byCategory[c] ?? 0;
    if (n > 0 || isAuditCategory(c)) lines.push(`  ${pad(CATEGORY_LABEL[c], 28)} ${String(n).padStart(5)}`);
  }
  const top = report.topFindings.slice(0, 10);
  if (top.length) {
    lines.push('', 'Hyppigste fund:');
    for (const t of top) lines.push(`  ${pad(ruleLabel(t.rule), 44)} ${String(t.documents).padStart(5)} dok.  (${t.rule})`);
  }
  if (report.orderMeasures) {
    lines.push('', 'Bestillinger:');
    for (const m of report.orderMeasures) lines.push(`  ${pad(ORDER_MEASURE_LABELS[m.id], 56)} ${m.count} af ${m.base}`);
  }
  if (report.perMunicipality.length) {
    lines.push('', 'Pr. kommune:');
    for (const m of report.perMunicipality) {
      const parts = CATEGORY_ORDER.filter((c) => m.byCategory[c]).map((c) => `${CATEGORY_LABEL[c].toLowerCase()} ${m.byCategory[c]}`);
      lines.push(`  ${pad(m.municipality, 28)} ${parts.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
