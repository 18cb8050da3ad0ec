import { LIST_STATUSES, OPERATING_FORMS, OPERATING_FORM_LABELS, SUPERVISION_COLOURS } from '../../src/domain/providers/offer';
import {
  choiceLabel, LIST_STATUS_CHOICES, NO_SUPERVISION, OPERATING_FORM_CHOICES, RATE_UNIT_CHOICES, SUPERVISION_CHOICES,
} from '../../src/ui/offer-vocabulary';

describe('the offer forms\' choices', () => {
  it('offer every domain value, in the domain\'s order, with its Danish label', () => {
    expect(OPERATING_FORM_CHOICES.map((c) => c.value)).toEqual([...OPERATING_FORMS]);
    expect(OPERATING_FORM_CHOICES.map((c) => c.label)).toEqual(OPERATING_FORMS.map((f) => OPERATING_FORM_LABELS[f].replace(/^./, (x) => x.toUpperCase())));
    expect(LIST_STATUS_CHOICES.map((c) => c.label)).toEqual(['Optaget', 'Suspenderet', 'Fjernet']);
    expect(LIST_STATUS_CHOICES.map((c) => c.value)).toEqual([...LIST_STATUSES]);
    expect(RATE_UNIT_CHOICES.map((c) => c.label)).toEqual(['Pr. dag', 'Pr. time', 'Pr. måned']);
  });

  it('let supervision be unregistered as well as one of the colours', () => {
    expect(SUPERVISION_CHOICES.map((c) => c.value)).toEqual([NO_SUPERVISION, ...SUPERVISION_COLOURS]);
    expect(choiceLabel(SUPERVISION_CHOICES, '')).toBe('Ingen tilsynsstatus');
    expect(choiceLabel(SUPERVISION_CHOICES, 'rød')).toBe('Rød');
    expect(choiceLabel(OPERATING_FORM_CHOICES, 'ukendt')).toBe('ukendt');
  });
});
