import type { Amount, AmountValue } from '../branded';
import { fail, normaliseSpaces, ok, type ParseResult } from './result';

const CURRENCY = String.raw`(?:kr\.?|dkk)`;
/**
 * Danish notation: thousands '.' (or a space) in groups of three, decimals ',' ('2.450,00', '2450,5',
 * '2.450,-'). An English decimal point with one or two decimals ('2450.50') is tolerated because
 * mail-merge tools write it; '2.450' stays two thousand four hundred and fifty.
 */
const AMOUNT = new RegExp(
  String.raw`^(?:${CURRENCY}\s*)?` +
    String.raw`(?:(\d+)\.(\d{1,2})(?!\d)|(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?)` +
    String.raw`(?:\s*(?:${CURRENCY}|,-))?` +
    String.raw`(?:(?:\s+|(?=\/))(.*\S))?$`,
  'i',
);

const INVALID = 'Beløbet kan ikke læses; skriv det i kroner, fx 2.450,00 kr.';

/**
 * An amount in Danish notation with an optional 'kr.'/'DKK' before or after and an optional unit
 * after it: '2.450,00 kr.', '2450 kr.', 'kr. 2.450,50', '2.450,00 kr. pr. døgn' (unit 'pr. døgn').
 */
export const parseAmount = (raw: string): ParseResult<Amount> => {
  const m = AMOUNT.exec(normaliseSpaces(raw));
  if (!m) return fail('number.invalid', INVALID);
  const [, engInt, engDec, daInt, daDec, unitText] = m;
  const integer = (engInt ?? daInt ?? '').replace(/[. ]/g, '');
  const decimals = engDec ?? (daDec && !daDec.startsWith('-') ? daDec : '');
  const unit = unitText?.trim() ?? '';
  // A unit must say something ('pr. døgn', '/time'); trailing digits or punctuation are a misread number.
  if (unit !== '' && !/\p{L}/u.test(unit)) return fail('number.invalid', INVALID);
  const ore = Number(integer) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return fail('number.invalid', INVALID);
  const value: AmountValue = { ore, kroner: ore / 100, unit: unit === '' ? null : unit };
  return ok(value as Amount);
};

/** øre → Danish notation with two decimals and 'kr.', e.g. 245000 → '2.450,00 kr.'. */
export const formatAmount = (ore: number): string => {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(Math.round(ore));
  const kroner = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${kroner},${String(abs % 100).padStart(2, '0')} kr.`;
};
