import type { Phone } from '../branded';
import { fail, ok, type ParseResult } from './result';

/** Danish phone number: 8 digits after an optional +45 or 0045, spaces anywhere tolerated. */
export const parsePhone = (raw: string): ParseResult<Phone> => {
  const compact = raw.replace(/[\s\u00a0]+/g, '').replace(/^(\+45|0045)/, '');
  if (!/^\d{8}$/.test(compact)) {
    return fail('phone.invalid', 'Telefonnummeret skal have 8 cifre (evt. med +45 foran).');
  }
  return ok(compact as Phone);
};
