import { checkWith, pairs, setText } from './helpers/korrekt-contract';

describe('termination rules', () => {
  it('termination.extended-payment when extended payment after moving out is chosen', () => {
    const result = checkWith((c) => {
      c.choices['termination.paymentPeriod'] = { checked: ['extended'], found: true };
      setText(c, 'termination.extendedDays', '90 dage');
    });
    expect(pairs(result)).toEqual([['termination.extended-payment', 'termination.paymentPeriod']]);
    expect(result.category).toBe('uhensigtsmaessige-valg');
    expect(result.findings[0]?.message).toContain('90 dage');
  });

  it('nothing for the standard choice', () => {
    expect(checkWith((c) => { c.choices['termination.paymentPeriod'] = { checked: ['standard'], found: true }; }).findings).toEqual([]);
  });
});
