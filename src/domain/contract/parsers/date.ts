import type { IsoDate } from '../branded';
import { isRealDate, toIsoString } from './calendar';
import { fail, normaliseDashes, normaliseSpaces, ok, type ParseResult } from './result';

/** Danish month names and their usual abbreviations (lower case, without a trailing period). */
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['januar', 'jan']],
  [2, ['februar', 'feb', 'febr']],
  [3, ['marts', 'mar', 'mrt']],
  [4, ['april', 'apr']],
  [5, ['maj']],
  [6, ['juni', 'jun']],
  [7, ['juli', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'okt']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];
const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap(([n, names]) => names.map((name) => [name, n] as const)));

/** ISO, optionally with a time part as in w:fullDate ('2026-03-01T00:00:00Z'). */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Day first with -, . or / between the parts: 01-03-2026, 1.3.2026, 1/3/2026, 01.03.26. */
const NUMERIC = /^(\d{1,2})\s?[-./]\s?(\d{1,2})\s?[-./]\s?(\d{4}|\d{2})$/;
/** Day, month name: '1. marts 2026', '1. mar. 2026', '1 marts 2026', '1.marts 2026'. */
const NAMED = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$/i;

const INVALID_MESSAGE = 'Datoen kan ikke læses; skriv den som dd-mm-åååå, fx 01-03-2026.';

const build = (year: number, month: number, day: number): ParseResult<IsoDate> =>
  isRealDate(year, month, day)
    ? ok(toIsoString(year, month, day) as IsoDate)
    : fail('date.invalid', 'Datoen findes ikke i kalenderen (fx 30. februar eller 29. februar uden for et skudår).');

/**
 * A date written the ways Danish documents write it → 'yyyy-mm-dd'. Accepts dd-mm-yyyy, d.m.yyyy,
 * d/m/yyyy, ISO (with an optional time part), '1. marts 2026', '1. mar. 2026', '1 marts 2026'
 * (month names and abbreviations in any case), an optional leading 'den' and a weekday before it
 * ('mandag den 2. marts 2026'), and a place before a comma as signature lines write it
 * ('Næstved, den 20. februar 2026'; letters only, so no date part can be mistaken for a place). A two-digit year means 20yy: contract dates are of this century.
 * Only real calendar dates pass (29 February only in leap years).
 */
export const parseDate = (raw: string): ParseResult<IsoDate> => {
  const text = normaliseDashes(normaliseSpaces(raw))
    .replace(/^[\p{L}][\p{L} .'-]*,\s+(?=\S)/u, '')
    .replace(/^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+)?(?:den\s+)?/i, '');
  const iso = ISO.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, d = '', m = '', y = ''] = numeric;
    return build(y.length === 2 ? 2000 + Number(y) : Number(y), Number(m), Number(d));
  }
  const named = NAMED.exec(text);
  if (named) {
    const month = MONTH_BY_NAME.get((named[2] ?? '').toLowerCase());
    if (month !== undefined) return build(Number(named[3]), month, Number(named[1]));
  }
  return fail('date.invalid', INVALID_MESSAGE);
};

/** 'yyyy-mm-dd' → 'dd-mm-yyyy', the way dates are shown in Danish documents and UI. */
export const formatDate = (iso: IsoDate | string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
};

/** Negative when a is before b, 0 when equal, positive after. IsoDate strings order lexically. */
export const compareIsoDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);
