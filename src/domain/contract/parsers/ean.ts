import type { Ean } from '../branded';
import { fail, ok, type ParseResult } from './result';

/** GS1 modulus-10 check digit for the first 12 digits of an EAN-13/GLN. */
export const gs1CheckDigit = (first12: string): number => {
  // Weights alternate 1,3,1,3,… from the left for a 13-digit number (3 on the digit next to the check digit).
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
};

/** EAN/GLN location number: 13 digits with a valid GS1 check digit; spaces tolerated. */
export const parseEan = (raw: string): ParseResult<Ean> => {
  const compact = raw.replace(/[\s\u00a0]+/g, '');
  if (!/^\d{13}$/.test(compact)) return fail('ean.invalid', 'EAN-nummeret skal have 13 cifre.');
  if (gs1CheckDigit(compact.slice(0, 12)) !== Number(compact[12])) {
    return fail('ean.invalid', 'EAN-nummerets kontrolciffer passer ikke; tjek nummeret i NemHandel/EAN-registret.');
  }
  return ok(compact as Ean);
};
