import { compareIsoDates, formatDate, isLeapYear, parseDate } from '../../../../src/domain/contract/parsers';
import type { IsoDate } from '../../../../src/domain/contract/parsers';

describe('parseDate', () => {
  it.each([
    ['01-03-2026', '2026-03-01'],
    ['1-3-2026', '2026-03-01'],
    ['1.3.2026', '2026-03-01'],
    ['01.03.2026', '2026-03-01'],
    ['1/3/2026', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['2026-03-01T00:00:00Z', '2026-03-01'],
    ['2026-03-01T00:00:00+01:00', '2026-03-01'],
    ['01.03.26', '2026-03-01'],
    ['1. marts 2026', '2026-03-01'],
    ['1. mar. 2026', '2026-03-01'],
    ['1 marts 2026', '2026-03-01'],
    ['1.marts 2026', '2026-03-01'],
    ['1. MARTS 2026', '2026-03-01'],
    ['Næstved, 20-02-2026', '2026-02-20'],
    ['Næstved, den 20. februar 2026', '2026-02-20'],
    ['Nykøbing F., 1.3.2026', '2026-03-01'],
    ['1. Marts 2026', '2026-03-01'],
    ['den 1. marts 2026', '2026-03-01'],
    ['søndag den 1. marts 2026', '2026-03-01'],
    [' 1.\u00a0marts\u00a02026 ', '2026-03-01'],
    ['15. januar 2026', '2026-01-15'],
    ['15. jan. 2026', '2026-01-15'],
    ['15. februar 2026', '2026-02-15'],
    ['15. feb 2026', '2026-02-15'],
    ['15. april 2026', '2026-04-15'],
    ['15. apr. 2026', '2026-04-15'],
    ['15. maj 2026', '2026-05-15'],
    ['15. juni 2026', '2026-06-15'],
    ['15. jun. 2026', '2026-06-15'],
    ['15. juli 2026', '2026-07-15'],
    ['15. jul. 2026', '2026-07-15'],
    ['15. august 2026', '2026-08-15'],
    ['15. aug. 2026', '2026-08-15'],
    ['15. september 2026', '2026-09-15'],
    ['15. sep. 2026', '2026-09-15'],
    ['15. sept. 2026', '2026-09-15'],
    ['15. oktober 2026', '2026-10-15'],
    ['15. okt. 2026', '2026-10-15'],
    ['15. november 2026', '2026-11-15'],
    ['15. nov. 2026', '2026-11-15'],
    ['15. december 2026', '2026-12-15'],
    ['15. dec. 2026', '2026-12-15'],
    ['31-12-2026', '2026-12-31'],
    ['01\u201103\u20112026', '2026-03-01'], // Word's non-breaking hyphen
  ])('reads %j as %s', (raw, expected) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['29-02-2024', true],
    ['29-02-2025', false],
    ['29-02-2000', true], // divisible by 400
    ['29-02-1900', false], // divisible by 100, not 400
    ['29-02-2100', false],
    ['29. februar 2028', true],
    ['29. feb. 2027', false],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['31-04-2026', false],
    ['31-06-2026', false],
    ['31-09-2026', false],
    ['31-11-2026', false],
    ['31-05-2026', true],
    ['30-02-2024', false],
    ['00-01-2026', false],
    ['01-00-2026', false],
    ['01-13-2026', false],
    ['32-01-2026', false],
  ])('%s is a real date: %s', (raw, valid) => {
    const result = parseDate(raw);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.error.code).toBe('date.invalid');
  });

  it.each(['', 'Vælg en dato', 'Næstved, ', 'Næstved, i morgen', '1. marts', 'marts 2026', '1. martz 2026', '2026/03/01', '01-03-20266', '1-3', 'i morgen', '01 03 2026 12'])(
    'refuses %j',
    (raw) => {
      expect(parseDate(raw)).toMatchObject({ ok: false, error: { code: 'date.invalid' } });
    },
  );

  it('knows the leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-03-01', '01-03-2026'],
    ['2024-02-29', '29-02-2024'],
    ['1999-12-31', '31-12-1999'],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });

  it('round-trips through parseDate', () => {
    const parsed = parseDate('1. mar. 2026');
    expect(parsed.ok && parseDate(formatDate(parsed.value))).toEqual(parsed);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    const d = (s: string) => s as IsoDate;
    expect(compareIsoDates(d('2026-03-01'), d('2026-02-28'))).toBeGreaterThan(0);
    expect(compareIsoDates(d('2025-12-31'), d('2026-01-01'))).toBeLessThan(0);
    expect(compareIsoDates(d('2026-01-01'), d('2026-01-01'))).toBe(0);
  });
});
