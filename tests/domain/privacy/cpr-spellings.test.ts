import { isLeapYear } from '../../../src/domain/contract/parsers/calendar';
import { cprCentury } from '../../../src/domain/contract/parsers/cpr';
import { ACCEPTED, REFUSED } from './spellings';
import { containsCprNumber, findCprNumbers, isCprDigits, maskCpr, redactCprNumbers, removeCprNumbers } from '../../../src/domain/privacy/cpr';

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
