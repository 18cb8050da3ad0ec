import type { PNumber } from '../branded';
import { fail, ok, type ParseResult } from './result';

/** P-number (production unit in the CVR register): 10 digits; spaces tolerated. */
export const parsePNumber = (raw: string): ParseResult<PNumber> => {
  const compact = raw.replace(/[\s\u00a0]+/g, '');
  if (!/^\d{10}$/.test(compact)) return fail('pnumber.invalid', 'P-nummeret skal have 10 cifre.');
  return ok(compact as PNumber);
};
