/**
 * The Revision page's exports, built in the browser from the same model: the HTML report (the same
 * file as kl-check --report), CSV in Danish Excel's format (src/export/danish-csv.ts) and XLSX with
 * numeric cells (ExcelJS, loaded only when asked for).
 */
import type { AuditReport } from '../domain/report/audit-report';
import { CATEGORY_LABELS, ruleLabel } from '../domain/report/labels';
import { toDanishCsv } from '../export/danish-csv';
import { FINDING_COLUMNS, findingRows } from '../report/finding-rows';
import { renderHtmlReport } from '../report/html-report';

export const htmlReportBlob = (r: AuditReport): Blob => new Blob([renderHtmlReport(r)], { type: 'text/html;charset=utf-8' });

export function csvBlob(r: AuditReport): Blob {
  const rows = findingRows(r.files, { includeFilesWithoutFindings: true }).map((row) => FINDING_COLUMNS.map((c) => row[c]));
  return new Blob([toDanishCsv(FINDING_COLUMNS, rows)], { type: 'text/csv;charset=utf-8' });
}

export async function xlsxBlob(r: AuditReport): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KL Kontrakt';
  const summary = wb.addWorksheet('Opsummering');
  summary.columns = [{ header: 'Kategori', key: 'label', width: 32 }, { header: 'Antal', key: 'count', width: 10 }, { header: 'Andel', key: 'share', width: 10 }];
  for (const c of r.categories) summary.addRow({ label: CATEGORY_LABELS[c.category], count: c.count, share: c.share });
  summary.getColumn('share').numFmt = '0%';
  summary.addRow({});
  summary.addRow({ label: 'Hyppigste fund', count: 'Dokumenter' });
  for (const t of r.topFindings) summary.addRow({ label: ruleLabel(t.rule), count: t.documents });
  const sheet = wb.addWorksheet('Fund');
  sheet.columns = FINDING_COLUMNS.map((c) => ({ header: c, key: c, width: c === 'besked' ? 80 : 24 }));
  for (const row of findingRows(r.files, { includeFilesWithoutFindings: true })) sheet.addRow(row);
  for (const ws of [summary, sheet]) {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
