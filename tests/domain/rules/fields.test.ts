import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';
import { checkWith, pairs, setText } from './helpers/korrekt-contract';

const requiredPlainFields = klVoksen21.fields.filter((f) => f.required && !f.repeat && !f.block).map((f) => f.id);

describe('field.missing', () => {
  it.each(requiredPlainFields)('reports the empty required field %s', (field) => {
    const result = checkWith((c) => setText(c, field, null));
    expect(pairs(result)).toEqual([['field.missing', field]]);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it('treats an absent value, an empty string and blanks alike', () => {
    expect(pairs(checkWith((c) => delete c.values['buyer.city']))).toEqual([['field.missing', 'buyer.city']]);
    expect(pairs(checkWith((c) => setText(c, 'buyer.city', '')))).toEqual([['field.missing', 'buyer.city']]);
    expect(pairs(checkWith((c) => setText(c, 'buyer.city', ' \u00a0 ')))).toEqual([['field.missing', 'buyer.city']]);
  });

  it.each(['serviceAndSection', 'quantity', 'startDate'])('reports the empty service field services[0].%s', (key) => {
    expect(pairs(checkWith((c) => setText(c, `services[0].${key}`, null)))).toEqual([['field.missing', `services[0].${key}`]]);
  });

  it('accepts empty optional fields', () => {
    const result = checkWith((c) => {
      for (const f of ['provider.pNumber', 'provider.cvr', 'provider.departmentUuid', 'services[0].description']) setText(c, f, null);
    });
    expect(result.findings).toEqual([]);
  });

  it('requires termination.extendedDays only when extended payment is chosen', () => {
    expect(checkWith((c) => setText(c, 'termination.extendedDays', null)).findings).toEqual([]);
    const extended = checkWith((c) => {
      c.choices['termination.paymentPeriod'] = { checked: ['extended'], found: true };
      setText(c, 'termination.extendedDays', null);
    });
    expect(pairs(extended)).toEqual([
      ['termination.extended-payment', 'termination.paymentPeriod'],
      ['field.missing', 'termination.extendedDays'],
    ]);
  });

  it('checks an optional days field that is filled even when not required', () => {
    expect(pairs(checkWith((c) => setText(c, 'termination.extendedDays', 'mange')))).toEqual([['number.invalid', 'termination.extendedDays']]);
  });
});

describe('*.invalid', () => {
  it.each([
    ['citizen.cpr', '320185-1234', 'cpr.invalid'],
    ['citizen.cpr', '15038512', 'cpr.invalid'],
    ['buyer.ean', '5798000000002', 'ean.invalid'],
    ['buyer.ean', '57980000', 'ean.invalid'],
    ['buyer.postcode', '400', 'postcode.invalid'],
    ['provider.postcode', '4000 Roskilde', 'postcode.invalid'],
    ['buyer.phone', '4631313', 'phone.invalid'],
    ['provider.phone', '+46 57000000', 'phone.invalid'],
    ['buyer.secureEmail', 'sikkerpost.roskilde.dk', 'email.invalid'],
    ['provider.secureEmail', 'post@aeblegaarden', 'email.invalid'],
    ['provider.pNumber', '100338839', 'pnumber.invalid'],
    ['provider.cvr', '13748137', 'cvr.invalid'],
    ['provider.departmentUuid', 'afdeling 7', 'uuid.invalid'],
    ['services[0].startDate', '31-04-2026', 'date.invalid'],
    ['services[0].endDate', 'ultimo 2027', 'date.invalid'],
    ['services[0].firstFollowUpDate', '29-02-2027', 'date.invalid'],
    ['services[0].unitPrice', 'efter aftale', 'number.invalid'],
    ['payment.deadlineDays', 'løbende måned + 30 dage', 'number.invalid'],
  ])('%s = %j gives only %s', (field, text, rule) => {
    const result = checkWith((c) => setText(c, field, text));
    // One finding per value: never field.missing (or short-deadline etc.) beside the invalid finding.
    expect(pairs(result)).toEqual([[rule, field]]);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it('uses the date control\'s w:fullDate before the text', () => {
    expect(checkWith((c) => {
      c.values['services[0].startDate'] = { text: 'første marts', isoDate: '2026-03-01' };
    }).findings).toEqual([]);
    expect(pairs(checkWith((c) => {
      c.values['services[0].startDate'] = { text: '01-03-2026', isoDate: '2026-02-30' };
    }))).toEqual([['date.invalid', 'services[0].startDate']]);
  });

  it('never puts the CPR value in the message, valid-looking or not', () => {
    for (const cpr of ['320185-1234', '150385-12', '1503851234567', '150385 1234x']) {
      const [finding] = checkWith((c) => setText(c, 'citizen.cpr', cpr)).findings;
      expect(finding?.rule).toBe('cpr.invalid');
      expect(finding?.message).not.toContain(cpr);
      expect(finding?.message).not.toMatch(/1503|3201|1234/);
    }
  });

  it('quotes other invalid values so the user sees what was read', () => {
    const [finding] = checkWith((c) => setText(c, 'buyer.phone', '4631313')).findings;
    expect(finding?.message).toContain('»4631313«');
    expect(finding?.message).toContain('»Tlf« i afsnit 2 (Køber)');
  });
});
