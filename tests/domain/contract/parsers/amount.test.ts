import { formatAmount, parseAmount } from '../../../../src/domain/contract/parsers';

describe('parseAmount', () => {
  it.each([
    ['2.450,00 kr.', 245000, null],
    ['2450 kr.', 245000, null],
    ['2450 kr', 245000, null],
    ['2450', 245000, null],
    ['2.450', 245000, null],
    ['2 450,00', 245000, null],
    ['kr. 2.450,50', 245050, null],
    ['Kr. 2.450,5', 245050, null],
    ['DKK 2.450,00', 245000, null],
    ['2.450,- kr.', 245000, null],
    ['2.450,-', 245000, null],
    ['1.234.567,89 kr.', 123456789, null],
    ['2450.50', 245050, null],
    ['0 kr.', 0, null],
    ['2.450,00 kr. pr. døgn', 245000, 'pr. døgn'],
    ['2.450,00 kr. pr. døgn inkl. moms', 245000, 'pr. døgn inkl. moms'],
    ['kr. 850,00 pr. time', 85000, 'pr. time'],
    ['2450 kr./døgn', 245000, '/døgn'],
    ['2.450,00 pr. døgn', 245000, 'pr. døgn'],
  ])('reads %j', (raw, ore, unit) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: { ore, kroner: ore / 100, unit } });
  });

  it.each(['', 'kr.', 'efter aftale', 'ca. 2.450 kr.', '2,450.00', '12,345', '2.45.0', '-2.450,00 kr.', '2.450,00 kr. 17', '€ 2.450'])('refuses %j', (raw) => {
    expect(parseAmount(raw)).toMatchObject({ ok: false, error: { code: 'number.invalid' } });
  });
});

describe('formatAmount', () => {
  it.each([
    [245000, '2.450,00 kr.'],
    [245050, '2.450,50 kr.'],
    [5, '0,05 kr.'],
    [123456789, '1.234.567,89 kr.'],
  ])('%i øre → %s', (ore, text) => {
    expect(formatAmount(ore)).toBe(text);
  });

  it('round-trips through parseAmount', () => {
    expect(parseAmount(formatAmount(98765432))).toMatchObject({ ok: true, value: { ore: 98765432 } });
  });
});
