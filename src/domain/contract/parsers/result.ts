/** Result of parsing a raw value: a branded value, or an error with a stable code and a Danish message. */
export interface ParseError {
  /** Rule-style code, e.g. 'cpr.invalid', 'date.invalid', 'number.invalid'. */
  code: string;
  /** Danish; says what is wrong and what is expected. Never repeats the input (it may be a CPR number). */
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T>(code: string, message: string): ParseResult<T> => ({ ok: false, error: { code, message } });

/** Trims and collapses every kind of whitespace (incl. no-break space) to single spaces. */
export const normaliseSpaces = (raw: string): string => raw.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();

/** Word's non-breaking and typographic hyphens and dashes (U+2010–U+2015, U+2212) become '-'. */
export const normaliseDashes = (raw: string): string => raw.replace(/[\u2010-\u2015\u2212]/g, '-');
