import { unicodeRegExp as re } from './unicode-regexp';

/**
 * The extent of an ordered service (domain.md: "extent as average hours per week or intensity").
 *
 * - Hours: a number (or a range, taken at its midpoint) of hours with a period. Per week is the
 *   template's unit; per day (×7), per month (×12/52) and per year (/52) are converted, so that
 *   '2 timer dagligt' and '14 timer pr. uge' compare equal. 'støttetimer', 'bostøttetimer', 't.' count
 *   as hours.
 * - Intensity, for services that are not counted in hours: round-the-clock cover ('døgndækning',
 *   'hele døgnet', '24/7'), night watch ('vågen nattevagt', 'sovende nattevagt'), a staffing ratio
 *   ('normering 1-2/3', '1:1', 'en-til-en').
 * - Anything else ('efter behov', 'som aftalt', 'fleksibelt') is unclear: neither the provider can
 *   price it nor the buyer check it.
 */
export type Extent =
  | { kind: 'hoursPerWeek'; hours: number }
  | { kind: 'intensity' }
  | { kind: 'unclear' };

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const HOURS = String.raw`(?:\w*timer|time|t\.?)(?!\p{L})`;
const PER = String.raw`(?:pr\.?|per|om|i|hver|/|a)`;

const UNITS: ReadonlyArray<readonly [string, number]> = [
  [String.raw`(?:uge|ugen|ugentligt?)`, 1],
  [String.raw`(?:dag|dagen|døgn|døgnet|dagligt?)`, 7],
  [String.raw`(?:måned|måneden|md\.?|mdr\.?|månedligt?)`, 12 / 52],
  [String.raw`(?:år|året|årligt?)`, 1 / 52],
];

const toNumber = (s: string): number => Number(s.replace(',', '.'));

/** '12', '10-14' (midpoint), '3,5'. */
const amount = (from: string, to: string | undefined): number => (to === undefined ? toNumber(from) : (toNumber(from) + toNumber(to)) / 2);

interface HourPattern {
  pattern: RegExp;
  factor: number;
}

const HOUR_PATTERNS: HourPattern[] = UNITS.flatMap(([unit, factor]) => [
  // '12 timer pr. uge', '10-12 støttetimer om ugen', '3,5 t/uge', '2 timer dagligt'.
  { pattern: re(String.raw`(${NUM})(?:\s*[-–]\s*(${NUM}))?\s*${HOURS}\s*(?:i\s+gennemsnit\s+|gennemsnitligt\s+)?(?:${PER}\s*)?${unit}\b`), factor },
  // 'ugentligt 12 timer', 'ugentlig 12 støttetimer'.
  { pattern: re(String.raw`\b${unit}\s+(${NUM})(?:\s*[-–]\s*(${NUM}))?\s*${HOURS}\b`), factor },
]);

/** '12 ugentlige timer', '2 daglige støttetimer'. */
const ADJECTIVES: ReadonlyArray<readonly [string, number]> = [['ugentlige', 1], ['daglige', 7], ['månedlige', 12 / 52], ['årlige', 1 / 52]];
HOUR_PATTERNS.push(
  ...ADJECTIVES.map(([adjective, factor]) => ({
    pattern: re(String.raw`(${NUM})(?:\s*[-–]\s*(${NUM}))?\s*${adjective}\s+${HOURS}`),
    factor,
  })),
);

const INTENSITY: RegExp[] = [
  re(String.raw`\bdøgn(?:dækning|dækket|bemanding|bemandet|støtte|tilbud|ophold)`),
  re(String.raw`\bhele\s+døgnet\b`),
  re(String.raw`\b24\s*(?:/\s*7|timer\s+(?:i|pr\.?|om)\s+døgnet)`),
  re(String.raw`\b(?:vågen|sovende|rådighed\w*)\s+nat\w*`),
  re(String.raw`\bnattevagt\w*`),
  re(String.raw`\bnormering\w*`),
  // Staffing ratios: 1:1, 1-2/3, 2:3, '1 til 1', 'en-til-en', 'én til én'.
  re(String.raw`\b\d\s*:\s*\d\b`),
  re(String.raw`\b\d\s*[-–]\s*\d\s*/\s*\d\b`),
  re(String.raw`\b(?:1|en|én)[\s-]+til[\s-]+(?:1|en|én)\b`),
];

const SPACES = re(String.raw`[\s\u00a0]+`, 'g');

export const parseExtent = (text: string): Extent => {
  const t = text.toLowerCase().replace(SPACES, ' ').trim();
  for (const { pattern, factor } of HOUR_PATTERNS) {
    const m = pattern.exec(t);
    if (m?.[1] !== undefined) {
      const hours = amount(m[1], m[2]) * factor;
      if (Number.isFinite(hours) && hours > 0) return { kind: 'hoursPerWeek', hours: Math.round(hours * 100) / 100 };
    }
  }
  if (INTENSITY.some((p) => p.test(t))) return { kind: 'intensity' };
  return { kind: 'unclear' };
};

/** Hours per week as Danish text: 12,5 → '12,5'. */
export const formatHours = (hours: number): string => String(Math.round(hours * 10) / 10).replace('.', ',');
