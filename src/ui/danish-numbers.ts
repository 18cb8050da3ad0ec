/**
 * Numbers as Danes write them: '.' groups thousands, ',' is the decimal sign ('1.234,50'). Input is
 * forgiving where it cannot be misread (spaces, a missing grouping, '2.5' with one or two decimals),
 * and refuses what could mean two things.
 */

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

/** '1.234,50' → 1234.5; '' or unreadable → null. A leading minus is allowed. */
export function parseDanishNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/kr\.?$/i, '');
  if (t === '') return null;
  const negative = t.startsWith('-') || t.startsWith('\u2212');
  const body = negative ? t.slice(1) : t;
  let normal: string;
  if (GROUPED.test(body) || PLAIN.test(body)) normal = body.replace(/\./g, '').replace(',', '.');
  // '2.5' or '2450.50' cannot be a grouping (groups have three digits): read the dot as a decimal point.
  else if (DOT_DECIMAL.test(body)) normal = body;
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? (negative ? -n : n) : null;
}

/** A whole number in Danish notation ('1.234' → 1234); decimals or text → null. */
export function parseDanishInteger(text: string): number | null {
  const n = parseDanishNumber(text);
  return n !== null && Number.isInteger(n) ? n : null;
}

const formatters = new Map<number, Intl.NumberFormat>();

/** 1234.5 → '1.234,50' with `decimals` fixed decimals (0 for counts). */
export function formatDanishNumber(n: number, decimals = 0): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(n);
}
