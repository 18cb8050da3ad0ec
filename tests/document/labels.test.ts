import { findLabelHits, indexText, labelKey, sameLabel, startsWithLabel } from '../../src/domain/contract/labels';

describe('labels', () => {
  it('compares on letters and digits, ignoring case, colons, periods and spacing', () => {
    expect(labelKey('Cpr.nr.:')).toBe('cprnr');
    expect(sameLabel('CPR-nr.', 'cpr nr')).toBe(true);
    expect(sameLabel('Tlf.', 'TLF :')).toBe(true);
    expect(sameLabel('Handelskommune', 'Handlekommune')).toBe(false);
    expect(sameLabel('', '')).toBe(false);
  });

  it('finds labels followed by a colon on word boundaries, with the value offset', () => {
    const text = 'Postnr.: 4700   By: Næstved';
    const hits = findLabelHits(text, 'By:');
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.end).trim()).toBe('Næstved');
    // "By" inside "Bynavn" or "Byen" is not the label.
    expect(findLabelHits('Byen er smuk: ja', 'By')).toEqual([]);
    // Prose that contains a label word without a colon is not a label …
    expect(findLabelHits('Køber kan opsige med 30 dages varsel', 'Dage')).toEqual([]);
    // … but a label at the end of the text (before a control) is.
    expect(findLabelHits('Antal dage ', 'Dage')).toHaveLength(1);
    expect(findLabelHits('Betalingsfrist i dage efter modtagelse af faktura (højst 30): ', 'Betalingsfrist i dage efter modtagelse af faktura (højst 30):')[0]?.hasColon).toBe(true);
  });

  it('matches option texts at the start, with letters beyond ASCII', () => {
    const idx = indexText(' Selvejende tilbud   ');
    expect(startsWithLabel(idx, 'Selvejende tilbud')).toBe(true);
    expect(startsWithLabel(idx, 'Selvejende')).toBe(true);
    expect(startsWithLabel(' Selvejendetilbud', 'Selvejende')).toBe(false);
    expect(startsWithLabel('Længerevarende', 'længere')).toBe(false);
    expect(startsWithLabel('ÆBLE: x', 'æble')).toBe(true);
  });
});
