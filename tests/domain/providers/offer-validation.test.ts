import { isValidCvr, isValidPNumber } from '../../../src/domain/providers/cvr';
import { isIsoDate, validateOffer } from '../../../src/domain/providers/offer-validation';
import type { OfferFields } from '../../../src/domain/providers/offer';
import { supervisionStatus, supervisoryAuthority } from '../../../src/domain/providers/supervision';

const offer = (over: Partial<OfferFields> = {}): OfferFields => ({
  name: 'Bostedet Eksempelhøj (fiktivt)', providerName: 'Eksempel ApS', cvr: '12345674', pNumber: null, operatingForm: 'private',
  address: 'Vej 1', postcode: '4000', city: 'Roskilde', municipality: 'Roskilde', email: null, phone: null, sections: ['107'],
  targetGroups: [], places: 10, freePlaces: 2, freePlacesUpdatedAt: null, supervisionColour: 'grøn', supervisionDate: '2026-01-01',
  termsAcceptedDate: '2024-01-01', listStatus: 'optaget', ...over,
});
const municipalities = ['Roskilde', 'Holbæk'];

describe('offer validation', () => {
  test('CVR: 8 digits, weights 2765432 1, mod 11; P-number 10 digits', () => {
    expect(isValidCvr('12345674')).toBe(true);
    expect(isValidCvr('12345678')).toBe(false);
    expect(isValidCvr('02345674')).toBe(false);
    expect(isValidCvr('1234567')).toBe(false);
    expect(isValidPNumber('1012345678')).toBe(true);
    expect(isValidPNumber('101234567')).toBe(false);
  });
  test('dates must exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('29-02-2024')).toBe(false);
  });
  test('a valid offer has no problems', () => {
    expect(validateOffer(offer(), municipalities)).toEqual([]);
  });
  test('each rule gives a Danish message on its field', () => {
    const problems = validateOffer(offer({ cvr: '11111111', freePlaces: 11, municipality: 'Aarhus', sections: [], supervisionDate: '2025-13-01', termsAcceptedDate: null }), municipalities);
    expect(problems.map((p) => p.field).sort()).toEqual(['cvr', 'freePlaces', 'municipality', 'sections', 'supervisionDate', 'termsAcceptedDate']);
    expect(problems.find((p) => p.field === 'freePlaces')?.message).toMatch(/kan ikke overstige/);
  });
  test('a suspended offer need not have accepted terms', () => {
    expect(validateOffer(offer({ listStatus: 'suspenderet', termsAcceptedDate: null }), municipalities)).toEqual([]);
  });
});

describe('supervision', () => {
  const mapping = { default: 'Socialtilsyn Øst', byOperatorMunicipality: { Holbæk: 'Socialtilsyn Hovedstaden' } };
  test('a municipality\'s own offers can be supervised by another authority (configuration)', () => {
    expect(supervisoryAuthority({ operatingForm: 'municipal', municipality: 'Holbæk' }, mapping)).toBe('Socialtilsyn Hovedstaden');
    expect(supervisoryAuthority({ operatingForm: 'private', municipality: 'Holbæk' }, mapping)).toBe('Socialtilsyn Øst');
    expect(supervisoryAuthority({ operatingForm: 'municipal', municipality: 'Roskilde' }, mapping)).toBe('Socialtilsyn Øst');
  });
  test('yellow and red need attention; labels explain the risk model', () => {
    const s = (c: 'grøn' | 'gul' | 'rød' | null) => supervisionStatus({ operatingForm: 'private', municipality: 'Roskilde', supervisionColour: c, supervisionDate: null }, mapping);
    expect(s('grøn').needsAttention).toBe(false);
    expect(s('gul')).toMatchObject({ needsAttention: true, label: expect.stringMatching(/undersøgelse/) });
    expect(s('rød')).toMatchObject({ needsAttention: true, label: expect.stringMatching(/sanktioner/) });
    expect(s(null).label).toMatch(/Ingen/);
  });
});
