import { changedFields, displayValue, EMPTY_OFFER_FORM, inputFromForm, reapply } from '../../src/teams/views/offer-form';
import { flagIdFromSubEntity, isViewId } from '../../src/teams/views/view-ids';
import { startState } from '../../src/teams/TabApp';

const base = { ...EMPTY_OFFER_FORM, name: 'Engen', providerName: 'Engen ApS', cvr: '10000009', sections: '108, 107', places: '12', freePlaces: '2', municipality: 'Næstved' };

describe('offer edit form', () => {
  it('converts the typed text to the API body', () => {
    const body = inputFromForm({ ...base, sections: '§ 108, 107', targetGroups: 'autisme, misbrug', email: ' ', supervisionColour: 'gul' });
    expect(body).toMatchObject({ name: 'Engen', sections: ['108', '107'], targetGroups: ['autisme', 'misbrug'], places: 12, freePlaces: 2, email: null, supervisionColour: 'gul' });
  });

  it('reads places in Danish notation and sends what it cannot read as typed, for the server to name', () => {
    expect(inputFromForm({ ...base, places: '1.200', freePlaces: '2,5' })).toMatchObject({ places: 1200, freePlaces: 2.5 });
    expect(inputFromForm({ ...base, places: 'tolv', freePlaces: ' ' })).toMatchObject({ places: 'tolv', freePlaces: null });
  });

  it('shows values as the form does: labels for choices, dd-mm-åååå for dates, a dash for nothing', () => {
    const f = { ...base, operatingForm: 'selfOwning', supervisionColour: '', supervisionDate: '2026-03-01', listStatus: 'suspenderet' };
    expect(displayValue('operatingForm', f)).toBe('Selvejende');
    expect(displayValue('supervisionColour', f)).toBe('Ingen tilsynsstatus');
    expect(displayValue('supervisionDate', f)).toBe('01-03-2026');
    expect(displayValue('termsAcceptedDate', f)).toBe('–');
    expect(displayValue('listStatus', f)).toBe('Suspenderet');
  });

  it('re-applies only my changes on top of a newer version (after a 412)', () => {
    const mine = { ...base, freePlaces: '0' };
    const newer = { ...base, name: 'Engen (ny)', phone: '12345678' };
    expect(changedFields(base, mine)).toEqual(['freePlaces']);
    expect(reapply(newer, base, mine)).toEqual({ ...newer, freePlaces: '0' });
  });
});

describe('which view the tab opens', () => {
  it('follows ?view=, then the Teams entity, and opens Gennemgang for a deep-linked flag', () => {
    expect(startState('?view=takster', { entityId: 'gennemgang', subEntityId: null })).toEqual({ view: 'takster', flagId: null });
    expect(startState('', { entityId: 'gennemgang', subEntityId: 'flag:abc' })).toEqual({ view: 'gennemgang', flagId: 'abc' });
    expect(startState('?flag=xyz', { entityId: null, subEntityId: null })).toEqual({ view: 'gennemgang', flagId: 'xyz' });
    expect(startState('', { entityId: 'ukendt', subEntityId: null })).toEqual({ view: 'leverandorliste', flagId: null });
    expect(flagIdFromSubEntity('plain-id')).toBe('plain-id');
    expect(isViewId('find-plads')).toBe(true);
  });
});

describe('SSO token claims', () => {
  // Imported here (not at the top) to keep teams-js out of the other tests' module graph.
  const { rolesFromToken, tokenExpiry } = require('../../src/teams/host/teams-host') as typeof import('../../src/teams/host/teams-host');
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = `${b64({ alg: 'none' })}.${b64({ roles: ['Leverandoerliste.Admin', 'Kontrakt.Reviewer'], exp: 2_000_000_000 })}.x`;

  it('reads roles (UTF-8, with ø) and expiry; anything unreadable gives no roles', () => {
    expect(rolesFromToken(token)).toEqual(['Leverandoerliste.Admin', 'Kontrakt.Reviewer']);
    expect(tokenExpiry(token)).toBe(2_000_000_000);
    expect(rolesFromToken('not-a-jwt')).toEqual([]);
    expect(rolesFromToken(null)).toBeNull();
  });
});
