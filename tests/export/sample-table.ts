import ExcelJS from 'exceljs';
import { AMOUNT, DATE, INTEGER, type ExportColumn } from '../../src/export/columns';

/** The export tests' table: text, a phone to guard, an integer, an amount and a date column. */
export const SAMPLE_COLUMNS = [
  { key: 'name', header: 'Navn' },
  { key: 'phone', header: 'Telefon' },
  { key: 'places', header: 'Pladser', format: INTEGER },
  { key: 'amount', header: 'Takst (kr.)', format: AMOUNT },
  { key: 'from', header: 'Gyldig fra', format: DATE },
] as const satisfies readonly ExportColumn[];

/** The first sheet of a written workbook, read back with ExcelJS as Excel would open it. */
export async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets[0] as ExcelJS.Worksheet;
}
