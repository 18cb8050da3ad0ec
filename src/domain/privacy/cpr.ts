import { findCprNumbers, replaceCprNumbers } from './cpr-finder';

export { findCprNumbers, isCprDigits, replaceCprNumbers, type CprMatch } from './cpr-finder';
export { normaliseForCpr } from './cpr-text';

/**
 * The one place that decides what counts as a CPR number in free text (cpr-finder.ts): ten digits
 * in any spelling (full-width or other Unicode digits, zero-width characters, dashes, dots,
 * slashes or spaces between the groups, percent-encoded), whose first six digits are a real date
 * in the century the 7th digit gives. Used to refuse and redact, where a false alarm is cheap and
 * a leak is not.
 */

/** What replaces a CPR number where even the birth date must not show (logs, Teams cards). */
export const CPR_REMOVED = '[cpr-nr. fjernet]';

/** True when the text holds a CPR number in any spelling. */
export const containsCprNumber = (text: string): boolean => findCprNumbers(text).length > 0;

/**
 * A CPR value for display: 'ddmmyy-xxxx'. A value that is not one CPR number (an invalid entry)
 * has every digit replaced by 'x', so nothing of a mistyped number leaks either.
 */
export const maskCpr = (value: string): string => {
  const found = findCprNumbers(value);
  const only = found.length === 1 ? found[0] : undefined;
  if (only && value.slice(0, only.start).trim() === '' && value.slice(only.end).trim() === '') return `${only.birth}-xxxx`;
  return value.replace(/\p{Nd}/gu, 'x');
};

/** Replaces every CPR number in the text by its mask 'ddmmyy-xxxx'. */
export const redactCprNumbers = (text: string): string => replaceCprNumbers(text, (m) => `${m.birth}-xxxx`);

/** Replaces every CPR number in the text, birth date included, by a fixed marker. */
export const removeCprNumbers = (text: string, marker: string = CPR_REMOVED): string => replaceCprNumbers(text, () => marker);
