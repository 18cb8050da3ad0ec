import { klVoksen21 } from '../../src/domain/contract/kl-voksen-2.1';
import { parseEan, parseEmail, parsePhone, parsePostcode } from '../../src/domain/contract/parsers';
import { crossFieldWarnings, emptyInput, formSections, toFillInput, validateForm } from '../../src/addin/form/form-model';
import { MUNICIPALITY_PRESETS, agreementMunicipality, presetFields } from '../../src/addin/presets/municipalities';
import { sampleInput } from '../document/word/helpers';

describe('fill form model', () => {
  it('builds its sections from the template definition, services repeated', () => {
    const sections = formSections(klVoksen21);
    expect(sections.map((s) => s.section.id)).toEqual(['citizen', 'buyer', 'provider', 'services', 'payment', 'termination', 'dataProtection', 'signatures']);
    const services = sections.find((s) => s.section.id === 'services')!;
    expect(services.serviceFields.map((f) => f.id)).toContain('services[].unitPrice');
    expect(sections.find((s) => s.section.id === 'provider')!.groups.map((g) => g.id)).toEqual(['provider.operatingForm']);
  });

  it('validates as the checker does: required fields, domain parsers, conditional requirements', () => {
    const empty = validateForm(klVoksen21, emptyInput());
    expect(empty.fields['citizen.cpr']).toBe('Skal udfyldes.');
    expect(empty.fields['provider.cvr']).toBeUndefined(); // optional and empty is fine
    expect(empty.choices['payment.timing']).toBe('Vælg en mulighed.');
    expect(empty.services[0]!.unitPrice).toBe('Skal udfyldes.');

    const input = sampleInput(1);
    expect(validateForm(klVoksen21, input).count).toBe(0);
    const bad = { ...input, fields: { ...input.fields, 'citizen.cpr': '3213', 'provider.cvr': '12345678', 'buyer.ean': '5798000000002' } };
    const errors = validateForm(klVoksen21, bad);
    expect(Object.keys(errors.fields).sort()).toEqual(['buyer.ean', 'citizen.cpr', 'provider.cvr']);
    expect(errors.fields['citizen.cpr']).not.toContain('3213'); // never repeats a CPR number
    const extended = { ...input, choices: { ...input.choices, 'termination.paymentPeriod': 'extended' } };
    expect(validateForm(klVoksen21, extended).fields['termination.extendedDays']).toBe('Skal udfyldes.');
  });

  it('writes only what was filled in', () => {
    const out = toFillInput({ fields: { 'citizen.name': 'A', 'citizen.cpr': '  ' }, choices: { 'payment.timing': '' }, services: [{ quantity: '1', unitPrice: '' }] });
    expect(out).toEqual({ fields: { 'citizen.name': 'A' }, choices: {}, services: [{ quantity: '1' }] });
  });

  it('carries the services removed since the last insert, and nothing when none were', () => {
    const input = { fields: {}, choices: {}, services: [{ quantity: '1' }, { quantity: '3' }] };
    expect(toFillInput(input, { services: [1] }).removeInstances).toEqual({ services: [1] });
    expect(toFillInput(input, { services: [] })).not.toHaveProperty('removeInstances');
  });
});

describe('municipality presets', () => {
  it('has the 17 municipalities, each with values the checker accepts, marked fictional', () => {
    expect(MUNICIPALITY_PRESETS).toHaveLength(17);
    expect(new Set(MUNICIPALITY_PRESETS.map((p) => p.municipality)).size).toBe(17);
    for (const p of MUNICIPALITY_PRESETS) {
      expect(p.fictional).toBe(true);
      expect(parseEan(p.ean).ok).toBe(true);
      expect(parsePostcode(p.postcode).ok).toBe(true);
      expect(parsePhone(p.phone).ok).toBe(true);
      expect(parseEmail(p.secureEmail).ok).toBe(true);
      expect(Object.keys(presetFields(p)).every((k) => k.startsWith('buyer.'))).toBe(true);
    }
  });
});

describe('agreement municipality names', () => {
  it('maps a document\'s Handelskommune to the agreement\'s short name, else null', () => {
    expect(agreementMunicipality('Næstved Kommune')).toBe('Næstved');
    expect(agreementMunicipality(' solrød kommune ')).toBe('Solrød');
    expect(agreementMunicipality('Holbæk')).toBe('Holbæk');
    expect(agreementMunicipality('Aarhus Kommune')).toBeNull();
    expect(agreementMunicipality(null)).toBeNull();
  });
});

describe('fill form cross-field warnings', () => {
  it('warns across fields as the user types: end or follow-up before start, payment deadline against 30 days, extended payment', () => {
    const input = sampleInput(1);
    expect(crossFieldWarnings(klVoksen21, input)).toEqual({});
    const svc = { ...input.services[0]!, startDate: '01-03-2026', endDate: '01-02-2026', firstFollowUpDate: '15-02-2026' };
    const warned = crossFieldWarnings(klVoksen21, {
      ...input, services: [svc],
      fields: { ...input.fields, 'payment.deadlineDays': '45', 'termination.extendedDays': '90' },
      choices: { ...input.choices, 'termination.paymentPeriod': 'extended' },
    });
    expect(Object.keys(warned).sort()).toEqual(['payment.deadlineDays', 'services[0].endDate', 'services[0].firstFollowUpDate', 'termination.paymentPeriod']);
    expect(warned['services[0].endDate']).toMatch(/^[A-ZÆØÅ]/);
    // A half-typed date is not read, so no warning until both dates are whole.
    expect(crossFieldWarnings(klVoksen21, { ...input, services: [{ ...svc, endDate: '01-0' , firstFollowUpDate: '' }] })).toEqual({});
  });
});
