/** kl-check --report: the audit report as one self-contained HTML file (see src/report/html-report.ts). */
import { writeFileSync } from 'node:fs';
import { buildAuditReport, type ReportFile } from '../domain/report/audit-report';
import { renderHtmlReport } from '../report/html-report';
import { TOOL_VERSION } from '../version';

export function writeHtmlReport(target: string, results: readonly ReportFile[], now: Date = new Date()): void {
  const report = buildAuditReport(results, { generatedAt: now.toISOString(), toolVersion: TOOL_VERSION });
  writeFileSync(target, renderHtmlReport(report), 'utf8');
}
