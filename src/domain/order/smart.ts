import { unicodeRegExp as re } from './unicode-regexp';

/**
 * SMART heuristics for Danish goal sentences (indsatsmål). A goal is judged on the two parts of
 * SMART that text can show: **measurable** (M) and **time-bound** (T). Specific, achievable and
 * relevant need professional judgement and are left to the caseworker.
 *
 * Time-bound — the sentence names when the goal is to be reached:
 *   - a date: '1. juni 2026', '01-06-2026', '1.6.2026', '2026-06-01', 'juni 2026', 'udgangen af 2026',
 *     or a year after a time word ('inden 2027', 'i løbet af 2026');
 *   - a period: 'inden for 3 måneder', 'i løbet af et halvt år', 'om 6 uger', 'efter 3 måneder',
 *     'senest om et år', 'de næste 6 måneder';
 *   - a follow-up as deadline: 'inden/ved/til (næste|første) opfølgning'.
 * Time phrases are removed before looking for a measure, so that '3' in 'inden for 3 måneder' or
 * '2026' in a date never counts as one.
 *
 * Measurable — the sentence names something that can be counted or observed as done / not done:
 *   - a figure left after removing time phrases and § references ('2 gange', '30 minutter', '4 ud af 5');
 *   - a number word before a unit ('to gange', 'tre dage', 'én aktivitet');
 *   - a frequency ('dagligt', 'ugentligt', 'hver morgen', 'hver tirsdag', 'om ugen', 'pr. måned',
 *     'alle hverdage', 'alle lægeaftaler');
 *   - a score on the FFB scale ('score', 'FFB', 'fra 3 til 2');
 *   - an observable absence of help ('uden hjælp', 'uden påmindelse', 'uden støtte', 'uden guidning',
 *     'uden følgeskab'): done or not done.
 * Vague change words alone ('mere', 'bedre', 'øget', 'styrke', 'udvikle') measure nothing.
 *
 * Measured on realistic goal sentences in tests/domain/order/smart.test.ts.
 */

export interface SmartAssessment {
  measurable: boolean;
  timeBound: boolean;
}

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec';
const NUMBER_WORDS = 'et halvt|en halv|halvandet|halvt|halv|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|tredive';
const PERIOD_UNITS = String.raw`dage|dag|døgn|uger|uge|måneder|måned|mdr\.?|md\.|år|kvartaler|kvartal|halvår`;
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|${NUMBER_WORDS})`;

/** Phrases that make a goal time-bound. Every match is removed before the search for a measure. */
const TIME_PATTERNS: RegExp[] = [
  // Dates in figures: 01-06-2026, 1.6.2026, 1/6/26, 2026-06-01.
  re(String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`, 'g'),
  re(String.raw`\b\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:\d{4}|\d{2})\b`, 'g'),
  // '1. juni 2026', '1 juni', 'juni 2026', '1. jun. 2026' (a bare month name also counts: 'inden juni').
  re(String.raw`(?:\b\d{1,2}\.?\s*)?\b(?:${MONTHS})\b\.?(?:\s+\d{4}\b)?`, 'g'),
  // 'udgangen af 2026', 'udgangen af året', 'slutningen af juni'.
  re(String.raw`\b(?:udgangen|slutningen|begyndelsen|starten)\s+af\s+(?:\d{4}|året|måneden|kvartalet|sommeren|foråret|efteråret|vinteren)\b`, 'g'),
  // A year after a time word: 'inden 2027', 'i 2026', 'i løbet af 2026', 'senest 2027'.
  re(String.raw`\b(?:inden|før|senest|i\s+løbet\s+af|i|til|ultimo|medio|primo)\s+(?:år\s+)?20\d{2}\b`, 'g'),
  // Periods: 'inden for 3 måneder', 'i løbet af et halvt år', 'om 6 uger', 'efter 3 mdr.', 'de næste 6 måneder'.
  re(
    String.raw`\b(?:inden\s+for|indenfor|inden|i\s+løbet\s+af|senest\s+om|senest\s+efter|om|efter|de\s+(?:næste|kommende)|over|på)\s+(?:${NUMBER}(?:\s*[-–]\s*\d+)?\s+)?(?:${PERIOD_UNITS})(?=$|[^\p{L}\p{N}])`,
    'g',
  ),
  // 'inden næste opfølgning', 'ved første opfølgning', 'til opfølgningen', 'inden opfølgningsmødet'.
  re(String.raw`\b(?:inden|ved|til|før|senest\s+ved|senest\s+til)\s+(?:den\s+)?(?:(?:næste|første|kommende|førstkommende)\s+)?opfølgning\w*`, 'g'),
  // Seasons with a time word: 'i løbet af foråret 2026', 'inden sommeren'.
  re(String.raw`\b(?:inden|før|i\s+løbet\s+af|i|til|senest\s+i)\s+(?:foråret|sommeren|efteråret|vinteren)(?:\s+20\d{2})?\b`, 'g'),
  // Holidays with a time word: 'inden sommerferien', 'før jul'.
  re(String.raw`\b(?:inden|før|senest\s+ved|til)\s+(?:sommerferien|jul|julen|påske|påsken|nytår|efterårsferien|vinterferien)\b`, 'g'),
];

/** Figures that are not measures of the goal: legal references. */
const NOT_A_MEASURE: RegExp[] = [re(String.raw`§§?\s*\d+\s*[a-z]?\b`, 'g'), re(String.raw`\b(?:stk|nr)\.\s*\d+\b`, 'g')];

const FREQUENCY = re(
  String.raw`\b(?:dagligt?|ugentligt?|ugentlige|månedligt?|hver(?:t)?\s+(?:dag|uge|måned|morgen|aften|formiddag|eftermiddag|nat|hverdag|weekend|gang|måltid|anden|tredje|fjerde|uges|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|alle\s+(?:hverdage|dage|ugens|morgener|aftener|måltider|\w*aftaler|\w*møder|vagter)|om\s+(?:dagen|ugen|måneden|året)|pr\.?\s+(?:dag|uge|måned|gang)|per\s+(?:dag|uge|måned)|gange)\b`,
);

const UNIT_NOUNS = String.raw`gang|gange|dage|dag|timer|time|minutter|minut|aktiviteter|aktivitet|måltider|måltid|ture|tur|aftaler|aftale|km|kilometer|kilo|kg|skridt|samtaler|samtale|retter|ret|indkøb|besøg|opgaver|opgave|personer|venner|fritidsaktiviteter|fritidsaktivitet|nætter|kroner`;

const NUMBER_WORD_MEASURE = re(String.raw`\b(?:en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve)\s+(?:\w+\s+)?(?:${UNIT_NOUNS})\b`);

const SCORE = re(String.raw`\b(?:score|ffb|funktionsniveau\s+\d|niveau\s+\d|fra\s+\d\s+til\s+\d)\b`);

const WITHOUT_HELP = re(String.raw`\buden\s+(?:\w+\s+)?(?:hjælp|påmindelse|påmindelser|støtte|guidning|følgeskab|personale|assistance|opfordring)\b`);

const SPACES = re(String.raw`[\s\u00a0]+`, 'g');
const normalise = (text: string): string => text.toLowerCase().replace(SPACES, ' ').trim();

/** Text with time phrases removed, and whether any was found. */
const stripTime = (text: string): { rest: string; found: boolean } => {
  let rest = text;
  let found = false;
  for (const pattern of TIME_PATTERNS) {
    rest = rest.replace(pattern, () => {
      found = true;
      return ' ';
    });
  }
  return { rest, found };
};

export const assessGoal = (goal: string): SmartAssessment => {
  const { rest, found: timeBound } = stripTime(normalise(goal));
  let measureText = rest;
  for (const pattern of NOT_A_MEASURE) measureText = measureText.replace(pattern, ' ');
  const measurable =
    /\d/.test(measureText) ||
    FREQUENCY.test(measureText) ||
    NUMBER_WORD_MEASURE.test(measureText) ||
    SCORE.test(measureText) ||
    WITHOUT_HELP.test(measureText);
  return { measurable, timeBound };
};

/** A bare period as a time horizon field holds it: '12 måneder', 'et år', '6 mdr.', '1-2 år'. */
const BARE_PERIOD = re(String.raw`(?:^|\s)${NUMBER}(?:\s*[-–]\s*\d+)?\s*(?:${PERIOD_UNITS})(?=$|[^\p{L}\p{N}])`);

/** True when a text names a period or a date (the ordered service's time horizon). */
export const namesTimeFrame = (text: string): boolean => {
  const t = normalise(text);
  return stripTime(t).found || BARE_PERIOD.test(t);
};
