/**
 * The list's preview from the rows it holds: only where the rows held are every match of a filter
 * set the new one narrows; the server's rows take over as they come.
 */
import { compareFor, matchesFilters, narrows, previewRows, withServerRows } from '../../../src/teams/views/offer-preview';
import type { OfferSummary } from '../../../src/ui/api/types';

const offer = (id: string, over: Partial<OfferSummary> = {}): OfferSummary => ({
  id, name: `Bosted ${id}`, providerName: 'Leverandør A/S', cvr: '12345678', pNumber: null, operatingForm: 'private', address: 'Vejen 1',
  postcode: '4000', city: 'Roskilde', municipality: 'Roskilde', email: null, phone: null, sections: ['107'], targetGroups: ['autisme'],
  places: 10, freePlaces: 2, freePlacesUpdatedAt: null, supervisionColour: 'grøn', supervisionDate: null, termsAcceptedDate: null,
  listStatus: 'optaget', version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', currentRates: [], ...over,
});

describe('narrows', () => {
  it('holds when the new filters keep every old one and may add more or lengthen the search', () => {
    expect(narrows({}, { municipality: 'Faxe' })).toBe(true);
    expect(narrows({ municipality: 'Faxe' }, { municipality: 'Faxe', hasFreePlaces: true })).toBe(true);
    expect(narrows({ q: 'bo' }, { q: 'Bost' })).toBe(true);
    expect(narrows({}, {})).toBe(true);
  });
  it('fails when a filter is dropped, changed or the search shortened', () => {
    expect(narrows({ municipality: 'Faxe' }, {})).toBe(false);
    expect(narrows({ municipality: 'Faxe' }, { municipality: 'Køge' })).toBe(false);
    expect(narrows({ hasFreePlaces: true }, { hasFreePlaces: false })).toBe(false);
    expect(narrows({ q: 'bost' }, { q: 'bo' })).toBe(false);
    expect(narrows({ q: 'bo' }, { q: 'ab' })).toBe(false);
  });
});

describe('matchesFilters', () => {
  it('searches name, provider, CVR, address, postcode and city without case, not e-mail', () => {
    const o = offer('1', { name: 'Æblehaven', email: 'kontakt@skjult.dk' });
    for (const q of ['æble', 'ÆBLEHAVEN', 'leverandør', '3456', 'vejen 1', '4000', 'roskilde', ' æble ']) expect(matchesFilters(o, { q })).toBe(true);
    expect(matchesFilters(o, { q: 'skjult' })).toBe(false);
  });
  it('matches arrays by containment and free places by the sign', () => {
    const o = offer('1', { sections: ['107', '108'], freePlaces: 0 });
    expect(matchesFilters(o, { section: '108' })).toBe(true);
    expect(matchesFilters(o, { section: '85' })).toBe(false);
    expect(matchesFilters(o, { hasFreePlaces: false })).toBe(true);
    expect(matchesFilters(o, { hasFreePlaces: true })).toBe(false);
  });
});

describe('compareFor', () => {
  it('orders by the column, then by id, both reversed for a descending sort', () => {
    const rows = [offer('b', { municipality: 'Køge' }), offer('a', { municipality: 'Køge' }), offer('c', { municipality: 'Faxe' })];
    expect([...rows].sort(compareFor('municipality')).map((o) => o.id)).toEqual(['c', 'a', 'b']);
    expect([...rows].sort(compareFor('-municipality')).map((o) => o.id)).toEqual(['b', 'a', 'c']);
    const free = [offer('x', { freePlaces: 10 }), offer('y', { freePlaces: 9 })];
    expect(free.sort(compareFor('freePlaces')).map((o) => o.id)).toEqual(['y', 'x']);
  });
});

describe('previewRows', () => {
  const items = [offer('1', { municipality: 'Faxe' }), offer('2', { municipality: 'Køge', freePlaces: 0 }), offer('3', { municipality: 'Faxe', freePlaces: 0 })];
  it('filters and sorts the rows held when they are complete and the filters narrow', () => {
    expect(previewRows({ filters: {}, items, complete: true }, { municipality: 'Faxe' }, '-name')!.map((o) => o.id)).toEqual(['3', '1']);
  });
  it('says nothing from an incomplete list or for wider filters', () => {
    expect(previewRows({ filters: {}, items, complete: false }, { municipality: 'Faxe' }, 'name')).toBeNull();
    expect(previewRows({ filters: { municipality: 'Faxe' }, items, complete: true }, {}, 'name')).toBeNull();
  });
});

describe('withServerRows', () => {
  it('puts the server rows first and keeps the preview rows it has not sent yet', () => {
    const preview = [offer('1'), offer('2'), offer('3')];
    expect(withServerRows([offer('2')], preview).map((o) => o.id)).toEqual(['2', '1', '3']);
    expect(withServerRows([offer('2'), offer('1'), offer('3'), offer('4')], preview).map((o) => o.id)).toEqual(['2', '1', '3', '4']);
  });
});
