import { DEFAULT_SORT, hasFilters, readColumns, readListState, writeListState } from '../../src/teams/views/offer-list-state';

describe('the provider list remembers its state in the URL query', () => {
  it('writes filters, sort and the open offer and reads them back, keeping other parameters', () => {
    const state = { filters: { municipality: 'Næstved', hasFreePlaces: false, listStatus: 'suspenderet' as const, q: 'engen' }, sort: '-freePlaces' as const, offerId: 'o-1' };
    const search = writeListState('?view=leverandorliste', state);
    expect(new URLSearchParams(search).get('view')).toBe('leverandorliste');
    expect(readListState(search)).toEqual(state);
  });

  it('leaves the defaults out of the URL and drops cleared filters', () => {
    expect(writeListState('?municipality=Faxe&sort=-name', { filters: {}, sort: DEFAULT_SORT, offerId: null })).toBe('');
  });

  it('ignores a hand-edited value field by field instead of failing', () => {
    expect(readListState('?sort=price&operatingForm=ukendt&municipality=Sor%C3%B8&hasFreePlaces=ja')).toEqual({ filters: { municipality: 'Sorø' }, sort: DEFAULT_SORT, offerId: null });
  });

  it('knows when any filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ hasFreePlaces: false })).toBe(true);
  });
});

describe('the column choice in local storage', () => {
  const known = ['name', 'cvr', 'listStatus'];
  it('keeps only columns that still exist, in the grid order', () => {
    expect(readColumns(JSON.stringify(['listStatus', 'gone', 'name']), known)).toEqual(['name', 'listStatus']);
  });
  it('falls back (null) on nothing, garbage or no known column', () => {
    expect(readColumns(null, known)).toBeNull();
    expect(readColumns('{not json', known)).toBeNull();
    expect(readColumns(JSON.stringify({ a: 1 }), known)).toBeNull();
    expect(readColumns(JSON.stringify(['gone']), known)).toBeNull();
  });
});
