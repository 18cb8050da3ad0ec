import { addService, checkWith, pairs, setText } from './helpers/korrekt-contract';

describe('service rules', () => {
  it('follow-up.missing when a service has no first follow-up date', () => {
    const result = checkWith((c) => setText(c, 'services[0].firstFollowUpDate', null));
    expect(pairs(result)).toEqual([['follow-up.missing', 'services[0].firstFollowUpDate']]);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it('price.missing when a service has no unit price', () => {
    const result = checkWith((c) => setText(c, 'services[0].unitPrice', null));
    expect(pairs(result)).toEqual([['price.missing', 'services[0].unitPrice']]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
  });

  it('contract.open-ended recommends an end date', () => {
    const result = checkWith((c) => setText(c, 'services[0].endDate', null));
    expect(pairs(result)).toEqual([['contract.open-ended', 'services[0].endDate']]);
    expect(result.category).toBe('korrekt');
  });

  it('dates.end-before-start when the end date is before the start date', () => {
    const result = checkWith((c) => setText(c, 'services[0].endDate', '28-02-2026'));
    expect(pairs(result)).toEqual([['dates.end-before-start', 'services[0].endDate']]);
    expect(result.findings[0]?.message).toContain('28-02-2026');
    expect(result.findings[0]?.message).toContain('01-03-2026');
  });

  it('accepts an end date equal to the start date', () => {
    expect(checkWith((c) => setText(c, 'services[0].endDate', '1. marts 2026')).findings).toEqual([]);
  });

  it('dates.follow-up-before-start when the first follow-up is before the start date', () => {
    const result = checkWith((c) => { c.values['services[0].firstFollowUpDate'] = { text: '15-01-2026', isoDate: '2026-01-15' }; });
    expect(pairs(result)).toEqual([['dates.follow-up-before-start', 'services[0].firstFollowUpDate']]);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it('compares nothing when the start date cannot be read (one finding per value)', () => {
    const result = checkWith((c) => {
      c.values['services[0].startDate'] = { text: 'snarest' };
      setText(c, 'services[0].endDate', '01-01-2020');
    });
    expect(pairs(result)).toEqual([['date.invalid', 'services[0].startDate']]);
  });

  it('checks every service and names its number', () => {
    const result = checkWith((c) => {
      addService(c);
      setText(c, 'services[1].unitPrice', null);
      setText(c, 'services[1].firstFollowUpDate', null);
      setText(c, 'services[1].endDate', null);
    });
    expect(pairs(result)).toEqual([
      ['price.missing', 'services[1].unitPrice'],
      ['contract.open-ended', 'services[1].endDate'],
      ['follow-up.missing', 'services[1].firstFollowUpDate'],
    ]);
    expect(result.findings[0]?.message).toContain('indsats 2');
  });

  it('orders services by number, then by field', () => {
    const result = checkWith((c) => {
      addService(c);
      setText(c, 'services[1].quantity', null);
      setText(c, 'services[0].firstFollowUpDate', null);
    });
    expect(pairs(result)).toEqual([
      ['follow-up.missing', 'services[0].firstFollowUpDate'],
      ['field.missing', 'services[1].quantity'],
    ]);
  });

  it('reports the required fields of a contract without any service block as missing in service 1', () => {
    const result = checkWith((c) => {
      for (const id of Object.keys(c.values)) if (id.startsWith('services[')) delete c.values[id];
      c.serviceCount = 0;
    });
    expect(pairs(result)).toEqual([
      ['field.missing', 'services[0].serviceAndSection'],
      ['field.missing', 'services[0].quantity'],
      ['price.missing', 'services[0].unitPrice'],
      ['field.missing', 'services[0].startDate'],
      ['contract.open-ended', 'services[0].endDate'],
      ['follow-up.missing', 'services[0].firstFollowUpDate'],
    ]);
  });
});
