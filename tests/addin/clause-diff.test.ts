import { joinWords, spaceBetween } from '../../src/addin/components/ClauseDiff';
import { words } from '../../src/domain/rules/word-diff';

describe('clause diff text', () => {
  it('joins the diff\'s words back into readable text', () => {
    const text = 'Taksten reguleres hvert år pr. 1. januar (jf. punkt 7), se »bilag«.';
    expect(joinWords(words(text))).toBe(text);
  });

  it('puts no space before closing or after opening punctuation', () => {
    expect(spaceBetween('år', '.')).toBe(false);
    expect(spaceBetween('(', 'jf')).toBe(false);
    expect(spaceBetween('pr', 'januar')).toBe(true);
    expect(spaceBetween(undefined, 'x')).toBe(false);
  });
});
