import { formatDanishNumber, parseDanishInteger, parseDanishNumber } from '../../src/ui/danish-numbers';

describe('numbers in Danish notation', () => {
  it('reads thousands dots and the decimal comma', () => {
    expect(parseDanishNumber('1.234,50')).toBe(1234.5);
    expect(parseDanishNumber('1234,5')).toBe(1234.5);
    expect(parseDanishNumber(' 2.450 kr.')).toBe(2450);
    expect(parseDanishNumber('1.234.567')).toBe(1234567);
    expect(parseDanishNumber('12')).toBe(12);
    expect(parseDanishNumber('-3,5')).toBe(-3.5);
  });

  it('reads a dot with one or two decimals as a decimal point, since it cannot be a grouping', () => {
    expect(parseDanishNumber('2.5')).toBe(2.5);
    expect(parseDanishNumber('2450.50')).toBe(2450.5);
  });

  it('refuses what is not a number or could mean two things', () => {
    for (const t of ['', 'tolv', '1,234,5', '12.34.5', '1.23,4', '1e3', '12abc']) expect(parseDanishNumber(t)).toBeNull();
  });

  it('takes whole numbers only where a count is asked for', () => {
    expect(parseDanishInteger('1.200')).toBe(1200);
    expect(parseDanishInteger('2,5')).toBeNull();
    expect(parseDanishInteger('tolv')).toBeNull();
  });

  it('writes numbers the Danish way', () => {
    expect(formatDanishNumber(1234.5, 2)).toBe('1.234,50');
    expect(formatDanishNumber(12000)).toBe('12.000');
  });
});
