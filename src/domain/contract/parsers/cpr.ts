import type { Cpr, IsoDate } from '../branded';
import { isRealDate, toIsoString } from './calendar';
import { fail, normaliseDashes, normaliseSpaces, ok, type ParseResult } from './result';

const SHAPE = /^(\d{2})(\d{2})(\d{2})[- ]?(\d{4})$/;

/**
 * Full birth year from the two-digit year and the 7th digit (the first of the serial number), per
 * the CPR office's century rule: 0–3 → 1900s; 4 and 9 → 2000s if yy ≤ 36 else 1900s;
 * 5–8 → 2000s if yy ≤ 57 else 1800s.
 */
export const cprCentury = (yy: number, digit7: number): number => {
  if (digit7 <= 3) return 1900 + yy;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
};

interface CprParts { day: number; month: number; year: number; serial: string; yy: string; dd: string; mm: string }

const splitCpr = (raw: string): CprParts | null => {
  const m = SHAPE.exec(normaliseDashes(normaliseSpaces(raw)));
  if (!m) return null;
  const [, dd = '', mm = '', yy = '', serial = ''] = m;
  return { day: Number(dd), month: Number(mm), year: cprCentury(Number(yy), Number(serial[0])), serial, dd, mm, yy };
};

/**
 * CPR number: 'ddmmyy-ssss', the dash (or a space) optional, and the first six digits a real date
 * in the century given by digit 7. Deliberately no modulus-11 test: numbers issued since 2007 may fail it.
 * Error messages never contain the input.
 */
export const parseCpr = (raw: string): ParseResult<Cpr> => {
  const parts = splitCpr(raw);
  if (!parts) return fail('cpr.invalid', 'Cpr-nummeret skal have 10 cifre på formen ddmmåå-xxxx.');
  if (!isRealDate(parts.year, parts.month, parts.day)) {
    return fail('cpr.invalid', 'Cpr-nummerets første seks cifre er ikke en gyldig fødselsdato (ddmmåå).');
  }
  return ok(`${parts.dd}${parts.mm}${parts.yy}-${parts.serial}` as Cpr);
};

/** The birth date of a valid CPR number. */
export const cprBirthDate = (cpr: Cpr): IsoDate => {
  const parts = splitCpr(cpr);
  // A Cpr is only obtained through parseCpr, so it always splits.
  if (!parts) throw new RangeError('not a parsed CPR number');
  return toIsoString(parts.year, parts.month, parts.day) as IsoDate;
};
