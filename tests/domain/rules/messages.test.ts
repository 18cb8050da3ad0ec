import { RULE_CATEGORIES } from '../../../src/domain/rules/catalogue';
import type { Finding } from '../../../src/domain/contract/finding';
import { addService, checkWith, CPR, setText } from './helpers/korrekt-contract';

/** One contract per rule that fires it, so every rule's message is exercised. */
const scenarios: Record<string, Parameters<typeof checkWith>[0]> = {
  'payment.prepayment': (c) => { c.choices['payment.timing'] = { checked: ['advance'], found: true }; },
  'payment.short-deadline': (c) => setText(c, 'payment.deadlineDays', '14'),
  'termination.extended-payment': (c) => { c.choices['termination.paymentPeriod'] = { checked: ['extended'], found: true }; setText(c, 'termination.extendedDays', '60'); },
  'payment.deadline-over-limit': (c) => setText(c, 'payment.deadlineDays', '45'),
  'gdpr.undecided': (c) => { c.choices['dataProtection.role'] = { checked: [], found: false }; },
  'operating-form.undecided': (c) => { c.choices['provider.operatingForm'] = { checked: [], found: true }; },
  'choice.undecided': (c) => { c.choices['payment.timing'] = { checked: [], found: true }; },
  'choice.ambiguous': (c) => { c.choices['dataProtection.role'] = { checked: ['controller', 'processor'], found: true }; },
  'follow-up.missing': (c) => setText(c, 'services[0].firstFollowUpDate', null),
  'field.missing': (c) => setText(c, 'citizen.name', null),
  'cpr.invalid': (c) => setText(c, 'citizen.cpr', CPR.replace(/^15/, '35')),
  'cvr.invalid': (c) => setText(c, 'provider.cvr', '13748130'),
  'pnumber.invalid': (c) => setText(c, 'provider.pNumber', '123'),
  'ean.invalid': (c) => setText(c, 'buyer.ean', '5798000000000'),
  'postcode.invalid': (c) => setText(c, 'buyer.postcode', '40000'),
  'phone.invalid': (c) => setText(c, 'buyer.phone', '123'),
  'email.invalid': (c) => setText(c, 'buyer.secureEmail', 'roskilde.dk'),
  'uuid.invalid': (c) => setText(c, 'provider.departmentUuid', 'x'),
  'date.invalid': (c) => setText(c, 'services[0].startDate', '30-02-2026'),
  'number.invalid': (c) => setText(c, 'services[0].unitPrice', 'gratis'),
  'dates.end-before-start': (c) => setText(c, 'services[0].endDate', '01-01-2026'),
  'dates.follow-up-before-start': (c) => { c.values['services[0].firstFollowUpDate'] = { text: '01-02-2026' }; },
  'signature.missing': (c) => setText(c, 'signatures.buyer.signature', null),
  'standard-text.altered': (c) => { c.clauses.payment = { text: 'Betaling aftales.' }; },
  'price.missing': (c) => setText(c, 'services[0].unitPrice', null),
  'contract.open-ended': (c) => setText(c, 'services[0].endDate', null),
  'revisions.pending': (c) => { c.hasPendingRevisions = true; },
};

const DANISH_WORD = /(^|[\s(»])(er|ikke|og|har|af|i|på|til|en|et|den|det|ved|skal|så)(?=[\s.,:;)«]|$)/;

describe('messages', () => {
  it('has a scenario for every rule in the catalogue', () => {
    expect(Object.keys(scenarios).sort()).toEqual(Object.keys(RULE_CATEGORIES).sort());
  });

  const all: Finding[] = [];
  it.each(Object.keys(scenarios))('%s: the rule fires with its catalogue category and a Danish message', (rule) => {
    const result = checkWith(scenarios[rule]);
    const found = result.findings.find((f) => f.rule === rule);
    expect(found).toBeDefined();
    if (!found) return;
    all.push(found);
    expect(found.category).toBe(RULE_CATEGORIES[rule as keyof typeof RULE_CATEGORIES]);
    expect(found.message.trim().length).toBeGreaterThan(30);
    expect(found.message).toMatch(/^[A-ZÆØÅ»]/);
    expect(found.message).toMatch(/[.!]$/);
    expect(found.message).toMatch(DANISH_WORD);
    // Messages say what to do, not only what is wrong.
    expect(found.message).toMatch(/(?<!\p{L})(Udfyld|Ret|Angiv|Vælg|Sæt|Fjern|Få|Brug|Aftal|aftal|godkend|overvej|Anbefaling)(?!\p{L})/u);
  });

  it('never contains the CPR number, in any rule, even with every error at once', () => {
    const digits = CPR.replace('-', '');
    const result = checkWith((c) => {
      for (const mutate of Object.values(scenarios)) mutate?.(c);
      addService(c);
    });
    for (const f of [...all, ...result.findings]) {
      expect(f.message).not.toContain(CPR);
      expect(f.message.replace(/\D/g, '')).not.toContain(digits);
      expect(f.message).not.toContain(CPR.slice(7));
    }
  });

  it('never contains an invalid CPR value either', () => {
    for (const cpr of ['350385-1234', '1513851234', '150385-123', '1503-85-1234']) {
      const result = checkWith((c) => setText(c, 'citizen.cpr', cpr));
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]?.message.replace(/\D/g, '')).not.toMatch(/1234|0385/);
    }
  });
});
