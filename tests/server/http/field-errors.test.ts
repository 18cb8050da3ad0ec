import { z } from 'zod';
import { offerInputSchema, rateInputSchema } from '../../../src/server/app/offer-mapping';
import { fieldErrorsFromIssues, fieldErrorsSummary, issuesFromFastify, type IssueLike } from '../../../src/server/http/field-errors';
import { validOffer } from '../../integration/helpers/test-app';

/** The field errors the real offer schema yields for a body. */
function errorsFor(schema: z.ZodType, body: unknown) {
  const r = schema.safeParse(body);
  if (r.success) throw new Error('expected the schema to refuse the body');
  return fieldErrorsFromIssues(r.error.issues as unknown as IssueLike[], body);
}
const byPath = (errors: { path: string; message: string }[]) => Object.fromEntries(errors.map((e) => [e.path, e.message]));

// Words of zod's default English messages; none may reach a user.
const ENGLISH = /\b(invalid|expected|received|string|number|must|too (small|big)|unrecognized|input)\b/i;

describe('schema failures as Danish field messages', () => {
  it('names each field in Danish and says what is wrong, without zod\'s English', () => {
    const errors = errorsFor(offerInputSchema, validOffer({
      name: '', cvr: '1234', places: null, freePlaces: 2.5, operatingForm: 'andet', supervisionColour: 'blå',
      supervisionDate: '01-03-2026', email: 'ikke-en-mail', sections: [], listStatus: 42,
    }));
    const m = byPath(errors);
    expect(m).toEqual({
      name: 'Tilbuddets navn skal udfyldes.',
      cvr: 'CVR-nummer skal være 8 cifre.',
      places: 'Pladser mangler.',
      freePlaces: 'Ledige pladser skal være et helt tal.',
      operatingForm: 'Driftsform skal være en af: privat, selvejende, kommunal, regional.',
      supervisionColour: 'Tilsyn skal være en af: grøn, gul, rød.',
      supervisionDate: 'Tilsynsdato skal være en gyldig dato (dd-mm-åååå).',
      email: 'E-mail skal være en gyldig e-mailadresse.',
      sections: 'Paragraffer: angiv mindst én.',
      listStatus: 'Status på listen skal være en af: optaget, suspenderet, fjernet.',
    });
    for (const e of errors) expect(e.message).not.toMatch(ENGLISH);
  });

  it('says "mangler" for a missing field and names the type for a wrong one', () => {
    const body: Record<string, unknown> = validOffer({ places: 'tolv' });
    delete body.city;
    const m = byPath(errorsFor(offerInputSchema, body));
    expect(m.city).toBe('By mangler.');
    expect(m.places).toBe('Pladser skal være et tal.');
  });

  it('gives bounds in Danish number notation and list items their own path', () => {
    const m = byPath(errorsFor(offerInputSchema, validOffer({ places: -1, freePlaces: 250_000, sections: ['107', 'x'] })));
    expect(m.places).toBe('Pladser skal være 0 eller mere.');
    expect(m.freePlaces).toBe('Ledige pladser må højst være 100.000.');
    expect(m['sections.1']).toBe('Paragraffer angives som et tal, fx 107.');
  });

  it('refuses unknown fields one by one, and a rate\'s amount must be above zero', () => {
    expect(errorsFor(offerInputSchema, { ...validOffer(), hacker: true, extra: 1 }).filter((e) => !e.path.includes('.')))
      .toEqual([{ path: 'hacker', message: 'Feltet kendes ikke og må ikke sendes.' }, { path: 'extra', message: 'Feltet kendes ikke og må ikke sendes.' }]);
    const m = byPath(errorsFor(rateInputSchema, { section: '107', unit: 'uge', amount: 0, validFrom: '2026-1-1' }));
    expect(m).toEqual({
      unit: 'Enhed skal være en af: pr. dag, pr. time, pr. måned.',
      amount: 'Takst skal være 0,01 eller mere.',
      validFrom: 'Gælder fra skal være en gyldig dato (dd-mm-åååå).',
    });
  });

  it('keeps a refinement\'s own Danish message, but never zod\'s default', () => {
    const schema = z.object({ a: z.string().refine((v) => v === 'x', 'A skal være x.'), b: z.string().refine((v) => v === 'y') });
    expect(errorsFor(schema, { a: 'q', b: 'q' })).toEqual([{ path: 'a', message: 'A skal være x.' }, { path: 'b', message: 'Feltet b har en ugyldig værdi.' }]);
  });

  it('reads fastify-type-provider-zod\'s validation entries (keyword, JSON pointer, params) and prefixes non-body parts', () => {
    const issues = issuesFromFastify([{ keyword: 'too_small', instancePath: '/rates/0/amount', params: { origin: 'number', minimum: 0, inclusive: false }, message: 'Too small' }]);
    expect(fieldErrorsFromIssues(issues, {})).toEqual([{ path: 'rates.0.amount', message: 'Takst skal være større end 0.' }]);
    expect(fieldErrorsFromIssues([{ code: 'too_big', path: ['limit'], origin: 'number', maximum: 500, inclusive: true }], {}, 'querystring'))
      .toEqual([{ path: 'querystring.limit', message: 'Antal må højst være 500.' }]);
    expect(fieldErrorsSummary(1)).toBe('Forespørgslen blev afvist: 1 felt skal rettes.');
    expect(fieldErrorsSummary(3)).toBe('Forespørgslen blev afvist: 3 felter skal rettes.');
  });
});
