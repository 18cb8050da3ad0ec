import { checkWith, pairs } from './helpers/korrekt-contract';

describe('revisions.pending', () => {
  it('recommends settling tracked changes without changing the category', () => {
    const result = checkWith((c) => { c.hasPendingRevisions = true; });
    expect(pairs(result)).toEqual([['revisions.pending', null]]);
    expect(result.findings[0]?.category).toBeNull();
    expect(result.category).toBe('korrekt');
  });
});
