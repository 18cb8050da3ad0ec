/**
 * The one XLSX writer for the exports (ExcelJS): from the typed column model of ./columns, numbers
 * as numeric cells and dates as date cells, a bold header row with a filter, and the header frozen.
 *
 * Number formats are stored in the file's invariant form (`#,##0.00`: `,` groups thousands, `.`
 * marks decimals); Excel shows them with the separators of the user's regional settings, so Danish
 * Excel displays 2.450,00 and sorts and sums the column as numbers
 * (https://learn.microsoft.com/office/vba/api/excel.application.thousandsseparator: the system
 * separators are applied on display). Dates are written as Excel dates with the format dd-mm-yyyy.
 * Text cells are string cells, which a spreadsheet never runs as formulas, so they are written as
 * they are (no apostrophe guard, unlike CSV, where every cell is parsed).
 *
 * ExcelJS is loaded only when a workbook is written (loadExcel): it is a large module, and an idle
 * server or a page that never exports should not hold it. The streamed writer is ./danish-xlsx-stream.
 */
import type ExcelJS from 'exceljs';
import { isoDateParts, type CellFormat, type ExportColumn, type ExportRow } from './columns';

export interface SheetSpec<K extends string> {
  /** Sheet name (Excel allows 31 characters, without : \ / ? * [ ]). */
  name: string;
  columns: readonly ExportColumn<K>[];
  rows: Iterable<ExportRow<K>>;
}

/** The Excel number format of a column; undefined for text. */
export function numFmtOf(format: CellFormat | undefined): string | undefined {
  if (!format || format.kind === 'text') return undefined;
  if (format.kind === 'date') return 'dd-mm-yyyy';
  return format.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(format.decimals)}`;
}

function cellValue(v: ExportRow<string>[string], format: CellFormat | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (format?.kind === 'date' && typeof v === 'string') {
    const p = isoDateParts(v);
    // UTC midnight: ExcelJS turns a Date into a serial day number from its UTC time.
    return p ? new Date(Date.UTC(p[0], p[1] - 1, p[2])) : v;
  }
  return v;
}

export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export const safeSheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/** Every sheet's header row stays in view while scrolling. */
export const FROZEN_HEADER: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] };

export function setUpColumns<K extends string>(ws: ExcelJS.Worksheet, columns: readonly ExportColumn<K>[]): void {
  ws.columns = columns.map((c) => ({
    header: c.header, key: c.key, width: c.width ?? Math.max(10, c.header.length + 2),
    ...(numFmtOf(c.format) ? { style: { numFmt: numFmtOf(c.format) } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export const rowValues = <K extends string>(columns: readonly ExportColumn<K>[], row: ExportRow<K>) =>
  Object.fromEntries(columns.map((c) => [c.key, cellValue(row[c.key], c.format)]));

/** Adds one sheet to a workbook (for workbooks with further sheets of their own). */
export function addDanishSheet<K extends string>(wb: ExcelJS.Workbook, spec: SheetSpec<K>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(safeSheetName(spec.name), FROZEN_HEADER);
  setUpColumns(ws, spec.columns);
  for (const row of spec.rows) ws.addRow(rowValues(spec.columns, row));
  return ws;
}

/** A workbook of the given sheets as XLSX bytes. */
export async function toDanishXlsx(sheets: readonly SheetSpec<string>[]): Promise<Uint8Array> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'KL Kontrakt';
  for (const s of sheets) addDanishSheet(wb, s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
