import { isLeapYear } from '../../../src/domain/contract/parsers/calendar';
import { cprCentury } from '../../../src/domain/contract/parsers/cpr';
import { containsCprNumber, findCprNumbers, isCprDigits, maskCpr, redactCprNumbers, removeCprNumbers } from '../../../src/domain/privacy/cpr';

/**
 * Spellings of CPR numbers as people, Word's autocorrect, spreadsheets and URLs write them. Each
 * must be found; each near-miss (numbers that are no CPR number) must not.
 */
const REFUSED: [string, string][] = [
  ['plain ten digits', '1203851234'],
  ['hyphen', '120385-1234'],
  ['space', '120385 1234'],
  ['two spaces', '120385  1234'],
  ['tab', '120385\t1234'],
  ['two tabs', '120385\t\t1234'],
  ['no-break space', '120385\u00a01234'],
  ['narrow no-break space', '120385\u202f1234'],
  ['en dash with spaces (Word autocorrect)', '120385 – 1234'],
  ['em dash', '120385—1234'],
  ['en dash', '120385–1234'],
  ['minus sign', '120385−1234'],
  ['non-breaking hyphen', '120385\u20111234'],
  ['hyphen U+2010', '120385\u20101234'],
  ['figure dash', '120385\u20121234'],
  ['full-width hyphen', '120385\uff0d1234'],
  ['soft hyphen', '120385\u00ad1234'],
  ['dots and hyphen', '12.03.85-1234'],
  ['spaces between every group', '12 03 85 1234'],
  ['slashes', '12/03/85/1234'],
  ['slashes and hyphen', '12/03/85-1234'],
  ['dot groups with space', '12.03.85 1234'],
  ['full-width digits', '１２０３８５－１２３４'],
  ['Arabic-Indic digits', '١٢٠٣٨٥١٢٣٤'],
  ['Devanagari digits', '१२०३८५-१२३४'],
  ['mathematical bold digits', '𝟏𝟐𝟎𝟑𝟖𝟓𝟏𝟐𝟑𝟒'],
  ['zero-width space inside', '1203\u200b85-1234'],
  ['zero-width joiner between all digits', '1\u200d2\u200d0\u200d3\u200d8\u200d5\u200d1\u200d2\u200d3\u200d4'],
  ['byte order mark and bidi marks', '\ufeff120385\u200e-\u200f1234'],
  ['word joiner', '120385\u20601234'],
  ['percent-encoded digits', '%31%32%30%33%38%35%2D%31%32%33%34'],
  ['percent-encoded en dash in a URL', 'https://example.org/?q=120385%E2%80%931234'],
  ['double percent-encoding', '120385%252D1234'],
  ['plus as space in a URL query', 'https://example.org/borger?cpr=120385+1234'],
  ['inside a sentence', 'Borgeren (cpr 120385-1234) bor i Køge.'],
  ['after a label with colon', 'CPR:1203851234'],
  ['letters glued on', 'cpr1203851234nr'],
  ['in a JSON text', '{"borger":"120385-1234"}'],
  ['29 February 2000 (digit 7 = 4 gives 2000, a leap year)', '290200-4000'],
  ['born 1800s (digit 7 = 5, yy 58)', '010158-5000'],
  ['born 2030s (digit 7 = 9, yy 36)', '311236-9999'],
  ['separators mixed', '12 . 03 . 85 – 1234'],
  ['circled digits', '①②⓪③⑧⑤-①②③④'],
  ['combining keycap marks', '1\u20e32\u20e30\u20e33\u20e38\u20e35\u20e3-1234'],
  ['line break between groups', '120385\n1234'],
  ['after an invalid candidate', '99 12 03 85 1234'],
];

const ACCEPTED: [string, string][] = [
  ['phone +45 and 8 digits', '+45 12038512'],
  ['phone +45 in pairs', '+45 12 03 85 12'],
  ['phone +45 glued', '+4512038512'],
  ['phone 0045', '0045 1203 8512'],
  ['phone 8 digits', '12038512'],
  ['two phone numbers in pairs', '12 03 85 12 34 56 78 90'],
  ['ISO date', '2026-01-01'],
  ['ISO timestamp', '2026-03-12T12:03:45.123Z'],
  ['Danish date', '12-03-1985'],
  ['Danish date and a 4-digit number', '12-03-1985 1234'],
  ['short date alone', '12.03.85'],
  ['amount with thousands', '1.203.851.234,00 kr.'],
  ['amount', '2.450,00 kr.'],
  ['decimal comma after six digits', '120385,1234'],
  ['CVR', '12345674'],
  ['EAN', '5798000000001'],
  ['eleven digits', '12038512345'],
  ['embedded in a longer number', '912038512349'],
  ['hyphenated inside a longer number', '9120385-12349'],
  ['UUID with ten digits in its last group', '3f2504e0-4f89-41d3-9a0c-a1203851234b'],
  ['UUID with digit groups', '12038512-3412-4385-8123-120385123412'],
  ['Teams chat id', '19:a1203851234b5c6d7e8f9a0b1c2d3e4f@thread.v2'],
  ['Teams meeting id', '19:meeting_MTIwMzg1MTIzNDU2Nzg5@thread.v2'],
  ['Bot Framework user id', '29:1a2B3c1203851234dEfGhIjKlMnOpQ'],
  ['personal conversation id', 'a:1Xyz1203851234AbcDefGhi'],
  ['Bot id', '28:3f2504e0-4f89-41d3-9a0c-1203851234ab'],
  ['long hex digest', 'sha 5d41402abc4b2a76b9719d911203851234c0'],
  ['day 32', '320185-1234'],
  ['month 13', '121385-1234'],
  ['month 00', '120085-1234'],
  ['29 February 1900 (digit 7 = 0 gives 1900, no leap year)', '290200-1000'],
  ['31 April', '310485-1234'],
  ['P-number-like ten digits with an invalid date', '1000123456'],
  ['2+2+2+2+2 grouping', '12 03 85 12 34'],
  ['4+4 grouping', '1203 8512'],
  ['two dates', '12.03.85 – 13.03.85'],
  ['postcode and house number', 'Vejen 12, 4000 Roskilde'],
  ['version numbers', 'v12.03.85'],
];

describe('CPR finder: spellings that are refused', () => {
  test('the table has at least 30 spellings', () => { expect(REFUSED.length).toBeGreaterThanOrEqual(30); });
  test.each(REFUSED)('%s', (_name, text) => {
    expect(containsCprNumber(text)).toBe(true);
  });
});

describe('CPR finder: near-misses that pass', () => {
  test('the table has at least 30 near-misses', () => { expect(ACCEPTED.length).toBeGreaterThanOrEqual(30); });
  test.each(ACCEPTED)('%s', (_name, text) => {
    expect(containsCprNumber(text)).toBe(false);
  });
});

describe('masking keeps the text around the number', () => {
  test.each([
    ['Borger 120385 – 1234 i Køge', 'Borger 120385-xxxx i Køge'],
    ['a １２０３８５－１２３４ b', 'a 120385-xxxx b'],
    ['x 1203\u200b85-1234', 'x 120385-xxxx'],
    ['12.03.85-1234 og 010190-1234', '120385-xxxx og 010190-xxxx'],
  ])('%j → %j', (text, masked) => {
    expect(redactCprNumbers(text)).toBe(masked);
    expect(containsCprNumber(redactCprNumbers(text))).toBe(false);
  });
  test('removal drops the birth date too', () => {
    expect(removeCprNumbers('cpr: 12.03.85-1234.')).toBe('cpr: [cpr-nr. fjernet].');
  });
  test('a CPR field in any spelling is shown as ddmmyy-xxxx', () => {
    expect(maskCpr('12.03.85 – 1234')).toBe('120385-xxxx');
    expect(maskCpr('１２０３８５１２３４')).toBe('120385-xxxx');
    expect(maskCpr('１２３')).toBe('xxx');
  });
  test('reports where each number is in the original text', () => {
    const text = 'a 12.03.85-1234 b';
    const [m] = findCprNumbers(text);
    expect(m && text.slice(m.start, m.end)).toBe('12.03.85-1234');
  });
});

/** A small deterministic PRNG (mulberry32), so the sample is the same on every run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('rate of uniformly random 10-digit numbers that are refused', () => {
  // Only the first seven digits decide (ddmmyy and the century digit): the exact share is the
  // number of real dates over all (yy, 7th digit) pairs, divided by the 100 × 100 ddmm combinations.
  const daysIn = (year: number) => (isLeapYear(year) ? 366 : 365);
  let days = 0;
  for (let yy = 0; yy < 100; yy++) for (let d7 = 0; d7 < 10; d7++) days += daysIn(cprCentury(yy, d7));
  const exactRate = days / (100 * 10 * 10000);

  test('every ddmm of a year counts once: the finder accepts exactly the real dates (yy 00, each 7th digit)', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let d7 = 0; d7 < 10; d7++) {
      let valid = 0;
      for (let dd = 0; dd < 100; dd++) for (let mm = 0; mm < 100; mm++) if (isCprDigits(`${pad(dd)}${pad(mm)}00`, `${d7}000`)) valid++;
      expect(valid).toBe(daysIn(cprCentury(0, d7)));
    }
  });

  test('is about 3.65 %: the share of ddmmyy that are real dates, whatever the 7th digit', () => {
    // 365.25 real dates per year among 10,000 ddmm combinations, leap days per century rule.
    expect(exactRate).toBeGreaterThan(0.0365);
    expect(exactRate).toBeLessThan(0.03655);
  });

  test('the finder refuses random numbers at that rate (sample of 20,000)', () => {
    const rand = prng(11);
    let refused = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      let digits = '';
      for (let k = 0; k < 10; k++) digits += String(Math.floor(rand() * 10));
      if (containsCprNumber(digits)) refused++;
    }
    const rate = refused / n;
    // Binomial standard deviation at n = 20,000 is about 0.13 %: four of them either side.
    expect(Math.abs(rate - exactRate)).toBeLessThan(0.0053);
  });
});
