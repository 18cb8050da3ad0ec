/** kl-check --report: the audit report as one self-contained HTML file (see src/report/html-report.ts). */
import { writeFileSync } from 'node:fs';
import { buildAuditReport, type ReportFile } from '../domain/report/audit-report';
import { renderHtmlReport } from '../report/html-report';
import { TOOL_VERSION } from '../version';

export class ReportNotWritten extends Error {
  readonly code = 'cli.report-not-written';
}

export function writeHtmlReport(target: string, results: readonly ReportFile[], now: Date = new Date()): void {
  const report = buildAuditReport(results, { generatedAt: now.toISOString(), toolVersion: TOOL_VERSION });
  try {
    writeFileSync(target, renderHtmlReport(report), 'utf8');
  } catch (e) {
    throw new ReportNotWritten(`rapporten kunne ikke skrives til ${target} (${(e as { code?: string }).code ?? 'ukendt fejl'}).`);
  }
  if (process.stderr.isTTY) process.stderr.write(`Rapporten er skrevet til ${target}\n`);
}
