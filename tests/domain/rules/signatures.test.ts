import { checkWith, pairs, setText } from './helpers/korrekt-contract';

describe('signature rules', () => {
  it.each(['buyer', 'provider'] as const)('signature.missing once for %s when the Underskrift line is empty', (party) => {
    const result = checkWith((c) => { c.values[`signatures.${party}.signature`] = { text: null, hasPicture: false }; });
    expect(pairs(result)).toEqual([['signature.missing', `signatures.${party}`]]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
  });

  it('does not report the name and date of a party that has not signed', () => {
    const result = checkWith((c) => {
      setText(c, 'signatures.provider.signature', null);
      setText(c, 'signatures.provider.name', null);
      setText(c, 'signatures.provider.date', 'i går');
    });
    expect(pairs(result)).toEqual([['signature.missing', 'signatures.provider']]);
  });

  it('reports both parties when neither has signed, buyer first', () => {
    const result = checkWith((c) => {
      delete c.values['signatures.provider.signature'];
      setText(c, 'signatures.buyer.signature', '  ');
    });
    expect(pairs(result)).toEqual([
      ['signature.missing', 'signatures.buyer'],
      ['signature.missing', 'signatures.provider'],
    ]);
  });

  it('counts a picture (a scanned signature) or text as a signature', () => {
    expect(checkWith((c) => { c.values['signatures.buyer.signature'] = { text: null, hasPicture: true }; }).findings).toEqual([]);
    expect(checkWith((c) => { c.values['signatures.provider.signature'] = { text: 'P. Berg' }; }).findings).toEqual([]);
  });

  it('reports the missing name and date of a party that has signed as field.missing', () => {
    const result = checkWith((c) => {
      setText(c, 'signatures.buyer.name', null);
      setText(c, 'signatures.buyer.date', null);
    });
    expect(pairs(result)).toEqual([
      ['field.missing', 'signatures.buyer.date'],
      ['field.missing', 'signatures.buyer.name'],
    ]);
    expect(result.category).toBe('fejl-uden-meromkostning');
  });

  it('reports an unreadable signature date as date.invalid', () => {
    const result = checkWith((c) => setText(c, 'signatures.provider.date', '31-06-2026'));
    expect(pairs(result)).toEqual([['date.invalid', 'signatures.provider.date']]);
  });

  it('names the party in the message', () => {
    const result = checkWith((c) => setText(c, 'signatures.provider.signature', null));
    expect(result.findings[0]?.message).toMatch(/^Leverandøren har ikke underskrevet/);
  });
});
