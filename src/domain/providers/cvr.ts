import { parseCvr } from '../contract/parsers/cvr';
import { parsePNumber } from '../contract/parsers/pnumber';

/** CVR as the provider list stores it: exactly 8 digits with a valid check digit (no spaces or prefix). */
export function isValidCvr(value: string): boolean {
  const r = parseCvr(value);
  return r.ok && r.value === value;
}

/** P-number (production unit): exactly 10 digits. */
export function isValidPNumber(value: string): boolean {
  const r = parsePNumber(value);
  return r.ok && r.value === value;
}
