import { checkWith, pairs, setText } from './helpers/korrekt-contract';

describe('payment rules', () => {
  it('payment.prepayment when Forud is chosen', () => {
    const result = checkWith((c) => { c.choices['payment.timing'] = { checked: ['advance'], found: true }; });
    expect(pairs(result)).toEqual([['payment.prepayment', 'payment.timing']]);
    expect(result.category).toBe('uhensigtsmaessige-valg');
  });

  it.each(['14', '10 dage', '29 dage', '14 kalenderdage', '0'])('payment.short-deadline for %j', (text) => {
    const result = checkWith((c) => setText(c, 'payment.deadlineDays', text));
    expect(pairs(result)).toEqual([['payment.short-deadline', 'payment.deadlineDays']]);
    expect(result.category).toBe('uhensigtsmaessige-valg');
  });

  it.each(['30', '30 dage', '30 kalenderdage'])('accepts exactly the limit %j', (text) => {
    expect(checkWith((c) => setText(c, 'payment.deadlineDays', text)).findings).toEqual([]);
  });

  it.each(['31', '45 dage', '60'])('payment.deadline-over-limit for %j', (text) => {
    const result = checkWith((c) => setText(c, 'payment.deadlineDays', text));
    expect(pairs(result)).toEqual([['payment.deadline-over-limit', 'payment.deadlineDays']]);
    expect(result.category).toBe('fejl-uden-meromkostning');
    expect(result.findings[0]?.message).toContain('renteloven § 3 b');
  });

  it('a missing deadline is field.missing only', () => {
    expect(pairs(checkWith((c) => setText(c, 'payment.deadlineDays', null)))).toEqual([['field.missing', 'payment.deadlineDays']]);
  });

  it('says the days in the message', () => {
    expect(checkWith((c) => setText(c, 'payment.deadlineDays', '10 dage')).findings[0]?.message).toMatch(/10 dage.*30 dage/);
  });
});
