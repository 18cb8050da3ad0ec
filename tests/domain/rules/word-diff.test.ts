import { diffWords, joinWords, sameWords, words } from '../../../src/domain/rules/word-diff';

describe('diffWords', () => {
  it('is all equal for the same words with other whitespace', () => {
    expect(diffWords('Taksten  reguleres\nårligt.', ' Taksten reguleres\u00a0årligt. ')).toEqual([
      { op: 'equal', words: ['Taksten', 'reguleres', 'årligt', '.'] },
    ]);
  });

  it('splits punctuation off the edges of words, so an insertion before a comma is only an insertion', () => {
    expect(diffWords('med lønfremskrivning, og', 'med lønfremskrivning tillagt 2 procentpoint, og')).toEqual([
      { op: 'equal', words: ['med', 'lønfremskrivning'] },
      { op: 'added', words: ['tillagt', '2', 'procentpoint'] },
      { op: 'equal', words: [',', 'og'] },
    ]);
  });

  it('keeps punctuation inside words and numbers', () => {
    expect(words('(pris- og lønskøn) 2.450,00 kr. §108.')).toEqual(['(', 'pris-', 'og', 'lønskøn', ')', '2.450,00', 'kr', '.', '§108', '.']);
    expect(words('... »citat«, [note]')).toEqual(['...', '»citat«', ',', '[', 'note', ']']);
  });

  it('joins words back into readable text', () => {
    expect(joinWords(words(' Taksten ( jf.  afsnit 7 ) reguleres , årligt . '))).toBe('Taksten (jf. afsnit 7) reguleres, årligt.');
    expect(joinWords([])).toBe('');
  });

  it('finds an edited word as removed then added', () => {
    expect(diffWords('med tre måneders varsel', 'med seks måneders varsel')).toEqual([
      { op: 'equal', words: ['med'] },
      { op: 'removed', words: ['tre'] },
      { op: 'added', words: ['seks'] },
      { op: 'equal', words: ['måneders', 'varsel'] },
    ]);
  });

  it('finds additions at the start, middle and end', () => {
    expect(diffWords('a b c', 'x a b y c z')).toEqual([
      { op: 'added', words: ['x'] },
      { op: 'equal', words: ['a', 'b'] },
      { op: 'added', words: ['y'] },
      { op: 'equal', words: ['c'] },
      { op: 'added', words: ['z'] },
    ]);
  });

  it('finds removals', () => {
    expect(diffWords('a b c d', 'a d')).toEqual([
      { op: 'equal', words: ['a'] },
      { op: 'removed', words: ['b', 'c'] },
      { op: 'equal', words: ['d'] },
    ]);
  });

  it('handles empty texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('a b', '')).toEqual([{ op: 'removed', words: ['a', 'b'] }]);
    expect(diffWords('', 'a b')).toEqual([{ op: 'added', words: ['a', 'b'] }]);
  });

  it('keeps a longest common subsequence', () => {
    const ops = diffWords('a b c a b b a', 'c b a b a c');
    const equal = ops.filter((o) => o.op === 'equal').flatMap((o) => o.words);
    expect(equal).toHaveLength(4); // LCS length of the classic example
    // Rebuilding both texts from the ops gives the inputs back.
    expect(ops.filter((o) => o.op !== 'added').flatMap((o) => o.words)).toEqual(words('a b c a b b a'));
    expect(ops.filter((o) => o.op !== 'removed').flatMap((o) => o.words)).toEqual(words('c b a b a c'));
  });

  it('is case- and punctuation-sensitive (a changed word is a change)', () => {
    expect(sameWords('KL\'s pris- og lønskøn.', 'KL\'s pris- og lønskøn')).toBe(false);
    expect(sameWords('Taksten', 'taksten')).toBe(false);
  });

  it('ignores how the words are spaced: runs of any whitespace, edges, and space before punctuation', () => {
    expect(sameWords('Taksten reguleres årligt.', '  Taksten\t\treguleres\u00a0 årligt. ')).toBe(true);
    expect(sameWords('Taksten reguleres årligt.', 'Taksten reguleres årligt .')).toBe(true);
    expect(sameWords('Taksten reguleres årligt.', 'Taksten  reguleres')).toBe(false);
  });

  it('ignores soft hyphens, zero-width characters and typographic variants of quotes and dashes', () => {
    expect(sameWords('KL\'s pris- og løn\u00adskøn – "årligt"', 'KL\u2019s pris\u2011 og lønskøn\u200b \u2013 \u201cårligt\u201d')).toBe(true);
  });

  it('stays fast and exact on long clauses', () => {
    const base = Array.from({ length: 1500 }, (_, i) => `ord${i % 97}`);
    const edited = [...base];
    edited.splice(700, 3, 'nyt', 'indhold');
    const ops = diffWords(base.join(' '), edited.join(' '));
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'removed', words: base.slice(700, 703) },
      { op: 'added', words: ['nyt', 'indhold'] },
    ]);
  });
});
