import type { Uuid } from '../branded';
import { fail, ok, type ParseResult } from './result';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UUID 8-4-4-4-12 hexadecimal digits (any version), optionally in braces; normalised to lower case. */
export const parseUuid = (raw: string): ParseResult<Uuid> => {
  const value = raw.trim().replace(/^\{(.*)\}$/, '$1');
  if (!UUID.test(value)) {
    return fail('uuid.invalid', 'UUID skal have formen xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hexadecimale cifre).');
  }
  return ok(value.toLowerCase() as Uuid);
};
