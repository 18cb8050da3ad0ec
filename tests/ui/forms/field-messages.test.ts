import { formMessages } from '../../../src/ui/forms/field-messages';

const KEYS = ['name', 'sections', 'places'] as const;

describe('the server\'s field errors on a form', () => {
  it('gives each field its first message, in the form\'s order, a list item\'s error to its list', () => {
    const m = formMessages([
      { path: 'places', message: 'Pladser mangler.' },
      { path: 'sections.1', message: 'Paragraffer angives som et tal, fx 107.' },
      { path: 'places', message: 'Pladser skal være et helt tal.' },
      { path: 'name', message: 'Tilbuddets navn skal udfyldes.' },
    ], KEYS);
    expect(m.byField).toEqual({ places: 'Pladser mangler.', sections: 'Paragraffer angives som et tal, fx 107.', name: 'Tilbuddets navn skal udfyldes.' });
    expect(m.ordered.map((o) => o.key)).toEqual(['name', 'sections', 'places']);
    expect(m.other).toEqual([]);
  });

  it('keeps messages that name no field of the form, so they are still said', () => {
    const m = formMessages([{ path: 'hacker', message: 'Feltet kendes ikke og må ikke sendes.' }, { path: 'rates.0.places', message: 'x' }], KEYS, 'rates.0');
    expect(m.other).toEqual(['Feltet kendes ikke og må ikke sendes.']);
    expect(m.byField).toEqual({ places: 'x' });
  });
});
