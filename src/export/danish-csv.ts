/**
 * The one CSV writer (and reader) for every face (server exports, the Teams tab, the CLI, the
 * Revision page): the format Danish Excel opens with a double click — `;` as separator (Danish
 * Excel's list separator, because `,` is the decimal mark), a UTF-8 BOM (without it Excel reads æøå
 * as Windows-1252), CRLF line ends, and every text cell that a spreadsheet would run as a formula
 * neutralised with a leading apostrophe (OWASP "CSV injection"). papaparse does the quoting; the
 * guard is ours so that the import (parseDanishCsv) can undo it exactly.
 */
import Papa from 'papaparse';
import { danishDate, danishNumber, type ExportColumn, type ExportRow } from './columns';

/**
 * A cell: text (guarded), or a number, written in Danish (decimal comma) and not guarded — its text
 * is only digits, a comma and perhaps a minus, which no spreadsheet runs; `{ number, decimals }`
 * fixes the decimals (amounts: 2).
 */
export type CsvCell = string | number | { number: number; decimals: number } | null | undefined;

/** = + - @ tab CR (and their full-width forms, which Excel also accepts) start a formula. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell that would start a formula gets a leading apostrophe; everything else is unchanged. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse on import: `'+45 12 34 56 78` → `+45 12 34 56 78`; other text is unchanged. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const cellText = (c: CsvCell): string => {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return danishNumber(c);
  if (typeof c === 'object') return danishNumber(c.number, c.decimals);
  return neutraliseCell(c);
};

/** Header + rows as one CSV text for Danish Excel (BOM, `;`, CRLF, guarded cells, final CRLF). */
export function toDanishCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${CSV_BOM}${toDanishCsvChunk([header, ...rows])}`;
}

/** Rows without BOM, each ending in CRLF: for streaming a large export chunk by chunk. */
export function toDanishCsvChunk(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((r) => r.map(cellText));
  return `${Papa.unparse(data, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

/** The BOM that starts a streamed export. */
export const CSV_BOM = '\uFEFF';

/** One typed row as CSV cells: numbers with their decimals, dates as dd-mm-yyyy, text guarded. */
export function csvCells<K extends string>(columns: readonly ExportColumn<K>[], row: ExportRow<K>): CsvCell[] {
  return columns.map((c) => {
    const v = row[c.key];
    if (v === null || v === undefined || v === '') return '';
    const f = c.format ?? { kind: 'text' };
    if (f.kind === 'number' && typeof v === 'number') return { number: v, decimals: f.decimals };
    if (f.kind === 'date' && typeof v === 'string') return danishDate(v);
    return String(v);
  });
}

/** A typed table (the column model of ./columns) as Danish CSV. */
export function toDanishCsvTable<K extends string>(columns: readonly ExportColumn<K>[], rows: Iterable<ExportRow<K>>): string {
  const cells: CsvCell[][] = [];
  for (const r of rows) cells.push(csvCells(columns, r));
  return toDanishCsv(columns.map((c) => c.header), cells);
}

/**
 * The import side: a CSV file (with or without BOM; `;`, `,` or tab, as Excel in any locale saves
 * it) as rows of cells, each guard undone, so that an exported `'+45 12 34 56 78` comes back as
 * `+45 12 34 56 78`.
 */
export function parseDanishCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t'] });
  return parsed.data.map((row) => row.map(restoreCell));
}
