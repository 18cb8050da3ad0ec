import { parseCpr } from '../contract/parsers/cpr';

/**
 * Anything shaped like a CPR number: six digits, an optional dash or space, four digits, not part
 * of a longer run of digits. Whether it is one is then decided by the date in its first six digits.
 * Deliberately broad (a P-number whose first six digits happen to form a date also matches): it is
 * used to refuse and redact, where a false alarm is cheap and a leak is not.
 */
const CPR_SHAPE = /(?<!\d)(\d{6})[-\u2010\u2011\u2013 \u00a0]?(\d{4})(?!\d)/g;

const isCpr = (first6: string, last4: string): boolean => parseCpr(`${first6}-${last4}`).ok;

/** True when the text holds something shaped like a CPR number whose first six digits form a valid date. */
export const containsCprNumber = (text: string): boolean => {
  for (const m of text.matchAll(CPR_SHAPE)) {
    if (isCpr(m[1] ?? '', m[2] ?? '')) return true;
  }
  return false;
};

/**
 * A CPR value for display: 'ddmmyy-xxxx'. A value that is not CPR-shaped (an invalid entry) has
 * every digit replaced by 'x', so nothing of a mistyped number leaks either.
 */
export const maskCpr = (value: string): string => {
  const m = /^\s*(\d{6})[-\u2010\u2011\u2013 \u00a0]?\d{4}\s*$/.exec(value);
  if (m) return `${m[1]}-xxxx`;
  return value.replace(/\d/g, 'x');
};

/** Replaces every CPR number in the text by its mask 'ddmmyy-xxxx'. */
export const redactCprNumbers = (text: string): string =>
  text.replace(CPR_SHAPE, (match: string, first6: string, last4: string) => (isCpr(first6, last4) ? `${first6}-xxxx` : match));
