import { gs1CheckDigit, parseEan } from '../../../../src/domain/contract/parsers';

describe('parseEan', () => {
  it.each([
    ['579800000000', 1],
    ['579000000000', 5],
    ['579810541503', 8],
    ['400638133393', 1], // the GS1 textbook example 4006381333931
    ['570000123456', 9],
  ])('check digit of %s is %i', (first12, digit) => {
    expect(gs1CheckDigit(first12)).toBe(digit);
  });

  it.each([
    ['5798000000001', '5798000000001'],
    ['5790000000005', '5790000000005'],
    ['5798105415038', '5798105415038'],
    ['4006381333931', '4006381333931'],
    ['5798 0000 0000 1', '5798000000001'],
    [' 579 800 000 0001 ', '5798000000001'],
  ])('accepts %j', (raw, expected) => {
    expect(parseEan(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['5798000000000', 'wrong check digit'],
    ['5798000000002', 'wrong check digit'],
    ['579800000001', '12 digits'],
    ['57980000000010', '14 digits'],
    ['5798-0000-0000-1', 'dashes'],
    ['579800000000A', 'letter'],
  ])('refuses %j (%s)', (raw) => {
    expect(parseEan(raw)).toMatchObject({ ok: false, error: { code: 'ean.invalid' } });
  });

  it('finds exactly one valid check digit for a 12-digit prefix', () => {
    const valid = Array.from({ length: 10 }, (_, d) => `579810541503${d}`).filter((n) => parseEan(n).ok);
    expect(valid).toEqual(['5798105415038']);
  });
});
