import { toDanishCsvTable } from '../../export/danish-csv';
import { toDanishXlsx } from '../../export/danish-xlsx';
import { rateReportColumns, rateReportRow, rateReportSheetName } from '../../export/rate-report-table';
import type { RateIncreaseRow } from './rate-increases';

/** The report to the supervisory authority (src/export/rate-report-table.ts) in the shared Danish CSV format. */
export function rateIncreasesToCsv(year: number, items: RateIncreaseRow[]): Buffer {
  return Buffer.from(toDanishCsvTable(rateReportColumns(year), items.map(rateReportRow)), 'utf8');
}

/** The same table as XLSX: amounts and percentages as numbers, header row frozen. */
export async function rateIncreasesToXlsx(year: number, items: RateIncreaseRow[]): Promise<Buffer> {
  const bytes = await toDanishXlsx([{ name: rateReportSheetName(year), columns: rateReportColumns(year), rows: items.map(rateReportRow) }]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
