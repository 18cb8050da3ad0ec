import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';
import { TemplateConfigurationError } from '../../../src/domain/errors';
import { checkContract, worstCategory } from '../../../src/domain/rules/engine';
import { checkWith, korrektContract, pairs, setText, STANDARD_TEXTS } from './helpers/korrekt-contract';

describe('checkContract', () => {
  it('finds nothing in a correct contract', () => {
    expect(checkWith()).toEqual({ category: 'korrekt', findings: [] });
  });

  it('reports several findings in one contract, in template order, with the worst category', () => {
    // The combination of the development contract "risiko-flere-fejl": no EAN, prepayment, no unit price.
    const result = checkWith((c) => {
      setText(c, 'buyer.ean', null);
      c.choices['payment.timing'] = { checked: ['advance'], found: true };
      setText(c, 'services[0].unitPrice', null);
    });
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
    expect(pairs(result)).toEqual([
      ['field.missing', 'buyer.ean'],
      ['payment.prepayment', 'payment.timing'],
      ['price.missing', 'services[0].unitPrice'],
    ]);
  });

  it('orders sections, then services, then clauses, then the whole document', () => {
    const result = checkWith((c) => {
      c.hasPendingRevisions = true;
      c.clauses.termination = { text: 'Kontrakten kan ikke opsiges.' };
      c.clauses.payment = { text: null };
      setText(c, 'services[0].firstFollowUpDate', null);
      setText(c, 'services[0].serviceAndSection', null);
      c.choices['dataProtection.role'] = { checked: [], found: true };
      setText(c, 'signatures.provider.signature', null);
      setText(c, 'buyer.phone', '1234');
      c.choices['provider.operatingForm'] = { checked: [], found: false };
      setText(c, 'citizen.name', '');
      setText(c, 'payment.deadlineDays', '14');
      c.choices['payment.timing'] = { checked: ['advance'], found: true };
    });
    expect(pairs(result)).toEqual([
      ['field.missing', 'citizen.name'],
      ['phone.invalid', 'buyer.phone'],
      ['operating-form.undecided', 'provider.operatingForm'],
      ['payment.prepayment', 'payment.timing'],
      ['payment.short-deadline', 'payment.deadlineDays'],
      ['gdpr.undecided', 'dataProtection.role'],
      ['signature.missing', 'signatures.provider'],
      ['field.missing', 'services[0].serviceAndSection'],
      ['follow-up.missing', 'services[0].firstFollowUpDate'],
      ['standard-text.altered', 'clauses.payment'],
      ['standard-text.altered', 'clauses.termination'],
      ['revisions.pending', null],
    ]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
  });

  it('is deterministic', () => {
    const mutate = (c: ReturnType<typeof korrektContract>) => {
      setText(c, 'buyer.ean', '123');
      c.choices['payment.timing'] = { checked: ['advance', 'arrears'], found: true };
      c.hasPendingRevisions = true;
    };
    expect(checkWith(mutate)).toEqual(checkWith(mutate));
  });

  it('refuses to check a contract against another template', () => {
    const contract = korrektContract();
    contract.template = { id: 'kl-boern', version: '1.0' };
    expect(() => checkContract(contract, { template: klVoksen21, standardTexts: STANDARD_TEXTS })).toThrow(TemplateConfigurationError);
  });

  it('refuses a context without a standard text for a clause', () => {
    const { renegotiation: _dropped, ...standardTexts } = STANDARD_TEXTS;
    try {
      checkContract(korrektContract(), { template: klVoksen21, standardTexts });
      throw new Error('expected a TemplateConfigurationError');
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateConfigurationError);
      expect((e as TemplateConfigurationError).code).toBe('template.configuration');
    }
  });

  it('takes the payment deadline from the template and lets config override it', () => {
    const contract = korrektContract();
    contract.values['payment.deadlineDays'] = { text: '20' };
    const stricter = { ...klVoksen21, limits: { paymentDeadlineDays: 20 } };
    expect(checkContract(contract, { template: stricter, standardTexts: STANDARD_TEXTS }).findings).toEqual([]);
    const viaConfig = checkContract(contract, {
      template: klVoksen21,
      standardTexts: STANDARD_TEXTS,
      config: { paymentDeadline: { field: 'payment.deadlineDays', days: 15 } },
    });
    expect(pairs(viaConfig)).toEqual([['payment.deadline-over-limit', 'payment.deadlineDays']]);
  });
});

describe('worstCategory', () => {
  const f = (category: Parameters<typeof worstCategory>[0][number]['category']) => ({ rule: 'r', field: null, message: 'm', category });

  it('is korrekt without findings', () => {
    expect(worstCategory([])).toBe('korrekt');
  });

  it('is the worst finding\'s category whatever the order', () => {
    expect(worstCategory([f('uhensigtsmaessige-valg'), f('fejl-med-oekonomisk-risiko'), f('fejl-uden-meromkostning')])).toBe('fejl-med-oekonomisk-risiko');
    expect(worstCategory([f('fejl-uden-meromkostning'), f('uhensigtsmaessige-valg')])).toBe('fejl-uden-meromkostning');
    expect(worstCategory([f('uhensigtsmaessige-valg')])).toBe('uhensigtsmaessige-valg');
  });

  it('ignores recommendations', () => {
    expect(worstCategory([f(null), f(null)])).toBe('korrekt');
    expect(worstCategory([f(null), f('uhensigtsmaessige-valg')])).toBe('uhensigtsmaessige-valg');
  });
});

describe('recommendations', () => {
  it('never change the category', () => {
    const result = checkWith((c) => {
      c.hasPendingRevisions = true;
      setText(c, 'services[0].endDate', null);
    });
    expect(pairs(result)).toEqual([['contract.open-ended', 'services[0].endDate'], ['revisions.pending', null]]);
    expect(result.findings.every((f) => f.category === null)).toBe(true);
    expect(result.category).toBe('korrekt');
  });

  it('sit beside real findings without raising or lowering the category', () => {
    const result = checkWith((c) => {
      c.hasPendingRevisions = true;
      c.choices['payment.timing'] = { checked: ['advance'], found: true };
    });
    expect(result.category).toBe('uhensigtsmaessige-valg');
  });
});
