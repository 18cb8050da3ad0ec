/**
 * One row per finding, the columns of kl-check --csv (README): the same table for the CLI's CSV and
 * the Revision page's CSV and XLSX exports. A file without findings gets one row with empty rule
 * columns so that every file is listed.
 */
import type { ReportFile } from '../domain/report/audit-report';

export const FINDING_COLUMNS = ['fil', 'skabelon', 'dokumentkategori', 'regel', 'kategori', 'felt', 'besked'] as const;

export type FindingRow = Record<(typeof FINDING_COLUMNS)[number], string>;

export function findingRows(files: readonly ReportFile[], opts: { includeFilesWithoutFindings: boolean }): FindingRow[] {
  return files.flatMap((r) => {
    const base = { fil: r.file, skabelon: r.template ? `${r.template.id} ${r.template.version}` : '', dokumentkategori: r.category };
    if (r.findings.length === 0) return opts.includeFilesWithoutFindings ? [{ ...base, regel: '', kategori: '', felt: '', besked: '' }] : [];
    return r.findings.map((f) => ({ ...base, regel: f.rule, kategori: f.category ?? 'anbefaling', felt: f.field ?? '', besked: f.message }));
  });
}
