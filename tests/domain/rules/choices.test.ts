import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';
import { checkContract } from '../../../src/domain/rules/engine';
import { checkWith, korrektContract, pairs, STANDARD_TEXTS } from './helpers/korrekt-contract';

describe('checkbox groups', () => {
  it('gdpr.undecided when no data-protection role is chosen', () => {
    const result = checkWith((c) => { c.choices['dataProtection.role'] = { checked: [], found: true }; });
    expect(pairs(result)).toEqual([['gdpr.undecided', 'dataProtection.role']]);
    expect(result.category).toBe('fejl-uden-meromkostning');
    expect(result.findings[0]?.message).toMatch(/persondata/i);
  });

  it('operating-form.undecided when no operating form is chosen, also when the group was not found', () => {
    expect(pairs(checkWith((c) => { c.choices['provider.operatingForm'] = { checked: [], found: true }; })))
      .toEqual([['operating-form.undecided', 'provider.operatingForm']]);
    expect(pairs(checkWith((c) => { delete c.choices['provider.operatingForm']; })))
      .toEqual([['operating-form.undecided', 'provider.operatingForm']]);
  });

  it.each(['payment.timing', 'termination.paymentPeriod'])('choice.undecided when nothing is checked in %s', (group) => {
    const result = checkWith((c) => { c.choices[group] = { checked: [], found: true }; });
    expect(pairs(result)).toEqual([['choice.undecided', group]]);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it.each([
    ['provider.operatingForm', ['private', 'municipal']],
    ['payment.timing', ['advance', 'arrears']],
    ['termination.paymentPeriod', ['standard', 'extended']],
    ['dataProtection.role', ['controller', 'processor']],
    ['provider.operatingForm', ['private', 'selfOwning', 'regional']],
  ])('choice.ambiguous when several are checked in %s', (group, checked) => {
    const result = checkWith((c) => { c.choices[group] = { checked, found: true }; });
    // Ambiguous is the group's one finding: no prepayment or extended-payment beside it.
    expect(pairs(result)).toEqual([['choice.ambiguous', group]]);
  });

  it('counts an option checked twice once', () => {
    expect(checkWith((c) => { c.choices['payment.timing'] = { checked: ['arrears', 'arrears'], found: true }; }).findings).toEqual([]);
  });

  it('names the checked options in the ambiguous message', () => {
    const [finding] = checkWith((c) => { c.choices['payment.timing'] = { checked: ['advance', 'arrears'], found: true }; }).findings;
    expect(finding?.message).toContain('»Forud« og »Bagud«');
  });

  it('decides a group that is required only when another group has an option chosen', () => {
    const template = {
      ...klVoksen21,
      checkboxGroups: [
        ...klVoksen21.checkboxGroups,
        {
          id: 'termination.notice', section: 'termination', label: 'Varsel:', synonyms: [], required: false,
          requiredWhen: { group: 'termination.paymentPeriod', option: 'extended' },
          options: [{ id: 'short', text: 'Kort', synonyms: [] }, { id: 'long', text: 'Langt', synonyms: [] }],
        },
      ],
    };
    const check = (period: string) => {
      const contract = korrektContract();
      contract.choices['termination.paymentPeriod'] = { checked: [period], found: true };
      contract.values['termination.extendedDays'] = { text: '30' };
      return pairs(checkContract(contract, { template, standardTexts: STANDARD_TEXTS }));
    };
    expect(check('standard')).toEqual([]);
    expect(check('extended')).toEqual([
      ['termination.extended-payment', 'termination.paymentPeriod'],
      ['choice.undecided', 'termination.notice'],
    ]);
  });
});
