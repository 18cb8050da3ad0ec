import { describeField } from '../../../src/domain/contract/field-description';
import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';

describe('a finding\'s place in the template\'s words', () => {
  it('names a field by its label and section, a repeated one with its instance number', () => {
    expect(describeField(klVoksen21, 'citizen.cpr')).toBe('Cpr.nr., afsnit 1. Borger');
    expect(describeField(klVoksen21, 'services[1].endDate')).toMatch(/slutdato \(indsats 2\), afsnit \d+\. /i);
  });

  it('names a checkbox group, a clause and a signature block; an unknown id has no description', () => {
    expect(describeField(klVoksen21, 'payment.timing')).toMatch(/afsnit \d+\. /);
    expect(describeField(klVoksen21, 'clauses.priceRegulation')).toMatch(/^Afsnit \d+\. /);
    expect(describeField(klVoksen21, 'signatures.provider')).toMatch(/afsnit \d+\. /);
    expect(describeField(klVoksen21, 'no.such.field')).toBeNull();
  });
});
