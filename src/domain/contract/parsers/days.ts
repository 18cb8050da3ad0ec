import type { Days } from '../branded';
import { fail, normaliseSpaces, ok, type ParseResult } from './result';

// '30', '10 dage', '30 dage', '14 kalenderdage', '1 dag', '30 dage netto', '30 d.'.
const DAYS = /^(\d{1,4})(?:\s*(?:kalender)?(?:dage|dag|d\.?))?(?:\s+netto)?\.?$/i;

/** A whole number of (calendar) days. Working days ('bankdage') are not calendar days and are refused. */
export const parseDays = (raw: string): ParseResult<Days> => {
  const m = DAYS.exec(normaliseSpaces(raw));
  if (!m) return fail('number.invalid', 'Antallet af dage kan ikke læses; skriv et helt tal, fx 30.');
  return ok(Number(m[1]) as Days);
};
