import { cprBirthDate, cprCentury, parseCpr } from '../../../../src/domain/contract/parsers';

describe('parseCpr', () => {
  it.each([
    ['010190-1234', '010190-1234'],
    ['0101901234', '010190-1234'],
    ['010190 1234', '010190-1234'],
    ['  010190-1234  ', '010190-1234'],
    ['010190\u20111234', '010190-1234'], // Word's non-breaking hyphen
    ['010190\u20131234', '010190-1234'],
    // Fails modulus 11 on purpose: numbers issued since 2007 need not pass it.
    ['010190-1235', '010190-1235'],
    ['311299-0001', '311299-0001'],
  ])('accepts %j', (raw, expected) => {
    expect(parseCpr(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['010190-123', 'nine digits'],
    ['010190-12345', 'eleven digits'],
    ['01019O-1234', 'letter O'],
    ['010190--1234', 'double dash'],
    ['01-01-90-1234', 'dashes in the date'],
    ['320190-1234', 'day 32'],
    ['001090-1234', 'day 0'],
    ['011390-1234', 'month 13'],
    ['310490-1234', '31 April'],
  ])('refuses %j (%s)', (raw) => {
    const result = parseCpr(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('cpr.invalid');
  });

  describe('29 February and the century from digit 7', () => {
    it.each([
      // 2000 is a leap year, 1900 is not: the same ddmmyy is valid or not by the 7th digit.
      ['290200-0000', false], // 1900
      ['290200-3999', false], // 1900
      ['290200-4000', true], // 2000 (yy 00 ≤ 36)
      ['290200-9000', true], // 2000
      ['290200-5000', true], // 2000 (yy 00 ≤ 57)
      ['290200-8000', true], // 2000
      ['290296-1000', true], // 1996 leap
      ['290297-1000', false], // 1997 not leap
      ['290236-4000', true], // 2036 leap (yy 36 ≤ 36)
      ['290256-5000', true], // 2056 leap
      ['290296-6000', true], // 1896 leap (yy 96 > 57)
      ['290204-2000', true], // 1904 leap
    ])('%s valid: %s', (raw, valid) => {
      expect(parseCpr(raw).ok).toBe(valid);
    });
  });

  it.each([
    // [yy, digit7, year]
    [0, 0, 1900], [99, 3, 1999], [36, 4, 2036], [37, 4, 1937], [36, 9, 2036], [37, 9, 1937],
    [57, 5, 2057], [58, 5, 1858], [57, 8, 2057], [58, 8, 1858], [0, 6, 2000], [99, 7, 1899],
    [10, 1, 1910], [10, 2, 1910],
  ])('century rule: yy %i with digit 7 = %i is %i', (yy, digit7, year) => {
    expect(cprCentury(yy, digit7)).toBe(year);
  });

  it('gives the birth date with its century', () => {
    const cpr = parseCpr('150337-4321');
    expect(cpr.ok && cprBirthDate(cpr.value)).toBe('1937-03-15');
    const young = parseCpr('150336-4321');
    expect(young.ok && cprBirthDate(young.value)).toBe('2036-03-15');
  });

  it('never repeats the input in its error message', () => {
    for (const raw of ['320190-1234', '12345', '290200-1000']) {
      const result = parseCpr(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).not.toContain(raw);
        expect(result.error.message).not.toMatch(/\d{4}/);
      }
    }
  });
});
