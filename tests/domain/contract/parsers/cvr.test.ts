import { cvrWeightedSum, parseCvr } from '../../../../src/domain/contract/parsers';

describe('parseCvr', () => {
  it('computes the weighted sum 2,7,6,5,4,3,2,1', () => {
    // 1·2 + 3·7 + 7·6 + 4·5 + 8·4 + 1·3 + 3·2 + 6·1 = 132 = 12·11
    expect(cvrWeightedSum('13748136')).toBe(132);
  });

  it.each([
    ['13748136', '13748136'],
    ['DK13748136', '13748136'],
    ['dk 13748136', '13748136'],
    ['DK-13748136', '13748136'],
    ['13 74 81 36', '13748136'],
    ['1374 8136', '13748136'],
    ['25712366', '25712366'],
    ['30705874', '30705874'],
    ['10000009', '10000009'],
    ['44000008', '44000008'],
  ])('accepts %j', (raw, expected) => {
    expect(parseCvr(raw)).toEqual({ ok: true, value: expected });
  });

  it('accepts every 8-digit number whose weighted sum divides by 11 and refuses the others', () => {
    // All ten last digits after 1374813: exactly one gives a sum divisible by 11 (the weight of the last digit is 1).
    const valid = Array.from({ length: 10 }, (_, d) => `1374813${d}`).filter((n) => parseCvr(n).ok);
    expect(valid).toEqual(['13748136']);
  });

  it.each([
    ['', 'empty'],
    ['1374813', 'seven digits'],
    ['137481360', 'nine digits'],
    ['13748137', 'wrong check digit'],
    ['13748135', 'wrong check digit'],
    ['03748136', 'leading zero'],
    ['00000000', 'all zeros'],
    ['1374-8136', 'dash'],
    ['SE13748136', 'other country prefix'],
  ])('refuses %j (%s)', (raw) => {
    const result = parseCvr(raw);
    expect(result).toMatchObject({ ok: false, error: { code: 'cvr.invalid' } });
  });
});
