/**
 * The typed column model every export shares (CSV and XLSX, server, tab and CLI): a column says
 * whether its cells are text, numbers (with how many decimals) or dates, so that the CSV writer can
 * write Danish number text and the XLSX writer real numeric and date cells from the same rows.
 */

export type CellFormat =
  | { kind: 'text' }
  | { kind: 'number'; decimals: number }
  /** Values are ISO dates (yyyy-mm-dd, or a timestamp whose date part is used). */
  | { kind: 'date' };

export const TEXT: CellFormat = { kind: 'text' };
export const INTEGER: CellFormat = { kind: 'number', decimals: 0 };
export const AMOUNT: CellFormat = { kind: 'number', decimals: 2 };
export const DATE: CellFormat = { kind: 'date' };
export const decimals = (n: number): CellFormat => ({ kind: 'number', decimals: n });

export interface ExportColumn<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** Text when absent. */
  readonly format?: CellFormat;
  /** Width in characters for XLSX; from the header when absent. */
  readonly width?: number;
}

export type ExportValue = string | number | null | undefined;

export type ExportRow<K extends string> = Readonly<Record<K, ExportValue>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The date part of an ISO date or timestamp as [year, month, day]; null when it is not one. */
export function isoDateParts(v: string): [number, number, number] | null {
  const m = ISO_DATE.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** dd-mm-yyyy, the form Danish Excel reads as a date (and the import reads back). */
export function danishDate(v: string): string {
  const p = isoDateParts(v);
  return p ? `${String(p[2]).padStart(2, '0')}-${String(p[1]).padStart(2, '0')}-${p[0]}` : v;
}

/** A number as Danish CSV text: decimal comma, no thousands separator (Excel parses both, import too). */
export function danishNumber(n: number, places?: number): string {
  if (!Number.isFinite(n)) return '';
  return (places === undefined ? String(n) : n.toFixed(places)).replace('.', ',');
}
