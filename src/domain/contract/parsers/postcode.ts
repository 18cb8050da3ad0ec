import type { Postcode } from '../branded';
import { fail, normaliseSpaces, ok, type ParseResult } from './result';

/** Danish postcode: exactly 4 digits (leading 0 allowed, e.g. 0800). */
export const parsePostcode = (raw: string): ParseResult<Postcode> => {
  const value = normaliseSpaces(raw);
  if (!/^\d{4}$/.test(value)) return fail('postcode.invalid', 'Postnummeret skal have 4 cifre.');
  return ok(value as Postcode);
};
