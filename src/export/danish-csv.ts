/**
 * The one CSV writer for every face (server exports, the Teams tab, the CLI): the format Danish Excel
 * opens with a double click — `;` as separator (Danish Excel's list separator, because `,` is the
 * decimal mark), a UTF-8 BOM (without it Excel reads æøå as Windows-1252), CRLF line ends, and every
 * cell that a spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP "CSV
 * injection"). papaparse does the quoting; the guard is ours so that import can undo it exactly.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell that would start a formula gets a leading apostrophe; everything else is unchanged. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse on import: `'+45 12 34 56 78` → `+45 12 34 56 78`; other text is unchanged. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const cellText = (c: CsvCell): string => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c);

/** Header + rows as one CSV text for Danish Excel (BOM, `;`, CRLF, guarded cells, final CRLF). */
export function toDanishCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${toDanishCsvChunk([header, ...rows])}`;
}

/** Rows without BOM, each ending in CRLF: for streaming a large export chunk by chunk. */
export function toDanishCsvChunk(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((r) => r.map((c) => neutraliseCell(cellText(c))));
  return `${Papa.unparse(data, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

/** The BOM that starts a streamed export. */
export const CSV_BOM = '\uFEFF';
