import type { Cvr } from '../branded';
import { fail, ok, type ParseResult } from './result';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Sum of the CVR digits times the weights 2,7,6,5,4,3,2,1 (valid when divisible by 11). */
export const cvrWeightedSum = (digits: string): number =>
  [...digits].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] ?? 0), 0);

/** CVR number: 8 digits, the first not 0, weighted sum divisible by 11. Spaces and a 'DK' prefix are tolerated. */
export const parseCvr = (raw: string): ParseResult<Cvr> => {
  const compact = raw.replace(/[\s\u00a0]+/g, '').replace(/^DK-?/i, '');
  if (!/^\d{8}$/.test(compact)) return fail('cvr.invalid', 'Cvr-nummeret skal have 8 cifre.');
  if (compact.startsWith('0')) return fail('cvr.invalid', 'Et cvr-nummer kan ikke begynde med 0.');
  if (cvrWeightedSum(compact) % 11 !== 0) {
    return fail('cvr.invalid', 'Cvr-nummerets kontrolciffer passer ikke; tjek nummeret i CVR-registret.');
  }
  return ok(compact as Cvr);
};
