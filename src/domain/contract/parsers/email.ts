import type { Email } from '../branded';
import { fail, ok, type ParseResult } from './result';

// local@domain.tld: no spaces, one @, a domain of dot-separated labels ending in a letters-only TLD.
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[a-z]{2,}$/i;

/** E-mail address on the form local@domain.tld; surrounding spaces and a 'mailto:' prefix are tolerated. */
export const parseEmail = (raw: string): ParseResult<Email> => {
  const value = raw.trim().replace(/^mailto:/i, '');
  if (!EMAIL.test(value) || value.includes('..')) {
    return fail('email.invalid', 'E-mailadressen skal have formen navn@domæne.dk.');
  }
  return ok(value as Email);
};
