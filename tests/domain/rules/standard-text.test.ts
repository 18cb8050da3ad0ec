import { describeChanges } from '../../../src/domain/rules/standard-text';
import { checkWith, pairs, STANDARD_TEXTS } from './helpers/korrekt-contract';

describe('standard-text.altered', () => {
  it('accepts the standard text with other whitespace and line breaks', () => {
    expect(checkWith((c) => {
      c.clauses.priceRegulation = { text: `  ${STANDARD_TEXTS.priceRegulation?.replace(/ /g, '\n  ')}  ` };
    }).findings).toEqual([]);
  });

  it('reports an edited clause and shows the words added and removed', () => {
    const result = checkWith((c) => {
      c.clauses.priceRegulation = { text: STANDARD_TEXTS.priceRegulation?.replace('årligt pr. 1. januar', 'halvårligt pr. 1. januar og 1. juli') ?? '' };
    });
    expect(pairs(result)).toEqual([['standard-text.altered', 'clauses.priceRegulation']]);
    expect(result.category).toBe('fejl-med-oekonomisk-risiko');
    const message = result.findings[0]?.message ?? '';
    expect(message).toContain('afsnit 6 (Regulering af takster)');
    expect(message).toContain('Tilføjet: »halvårligt«, »og 1. juli«');
    expect(message).toContain('Fjernet: »årligt«');
  });

  it('reports a clause that was only added to', () => {
    const result = checkWith((c) => {
      c.clauses.renegotiation = { text: `${STANDARD_TEXTS.renegotiation} Dog tidligst efter et år.` };
    });
    expect(pairs(result)).toEqual([['standard-text.altered', 'clauses.renegotiation']]);
    expect(result.findings[0]?.message).toContain('Tilføjet: »Dog tidligst efter et år.«');
    expect(result.findings[0]?.message).not.toContain('Fjernet');
  });

  it('reports an emptied clause and a missing section', () => {
    expect(pairs(checkWith((c) => { c.clauses.documentation = { text: '' }; }))).toEqual([['standard-text.altered', 'clauses.documentation']]);
    expect(pairs(checkWith((c) => { delete c.clauses.termination; }))).toEqual([['standard-text.altered', 'clauses.termination']]);
    expect(pairs(checkWith((c) => { c.clauses.payment = { text: null }; }))).toEqual([['standard-text.altered', 'clauses.payment']]);
  });

  it('reports each altered clause in template order', () => {
    const result = checkWith((c) => {
      c.clauses.documentation = { text: 'Ingen krav.' };
      c.clauses.payment = { text: 'Betaling forud.' };
    });
    expect(pairs(result)).toEqual([
      ['standard-text.altered', 'clauses.payment'],
      ['standard-text.altered', 'clauses.documentation'],
    ]);
  });

  it('never repeats a CPR number that was typed into a clause', () => {
    const result = checkWith((c) => { c.clauses.documentation = { text: `${STANDARD_TEXTS.documentation} Borger 010190-1234.` }; });
    expect(result.findings[0]?.message).not.toContain('010190-1234');
    expect(result.findings[0]?.message).toContain('010190-xxxx');
  });

  it('keeps long changes short in the message', () => {
    const long = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');
    const text = describeChanges('kort tekst', long);
    expect(text.length).toBeLessThan(400);
    expect(text).toContain('…');
  });
});
