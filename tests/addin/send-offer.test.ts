import { identifiersOf, matchOffer } from '../../src/addin/views/send-offer';
import { targetOf } from '../../src/addin/views/SendView';

const offers = [
  { id: 'a', name: 'Bostedet Engen', cvr: '12345674', pNumber: '1099123456' },
  { id: 'b', name: 'Bostedet Skoven', cvr: '12345674', pNumber: '1099654321' },
  { id: 'c', name: 'Solsikken', cvr: '87654321', pNumber: null },
];

describe('the offer a flag names', () => {
  it('reads CVR and P-number from the document however they were spaced', () => {
    expect(identifiersOf({ 'provider.cvr': { text: '12 34 56 74' }, 'provider.pNumber': { text: '1099-123456' } })).toEqual({ cvr: '12345674', pNumber: '1099123456' });
    expect(identifiersOf({ 'provider.cvr': { text: '1234' } })).toEqual({ cvr: null, pNumber: null });
    expect(identifiersOf(undefined)).toEqual({ cvr: null, pNumber: null });
  });

  it('a P-number picks the place among the provider\'s offers; a CVR alone only when it names one offer', () => {
    expect(matchOffer({ cvr: '12345674', pNumber: '1099654321' }, offers)).toEqual({ id: 'b', name: 'Bostedet Skoven' });
    expect(matchOffer({ cvr: '12345674', pNumber: null }, offers)).toBeNull();
    expect(matchOffer({ cvr: '87654321', pNumber: null }, offers)).toEqual({ id: 'c', name: 'Solsikken' });
    expect(matchOffer({ cvr: '11111111', pNumber: null }, offers)).toBeNull();
    expect(matchOffer({ cvr: null, pNumber: null }, offers)).toBeNull();
  });
});

describe('where the card goes', () => {
  it('is a review target by id, the webhook, or nothing — never a typed Teams id', () => {
    expect(targetOf('target:7f0c')).toEqual({ kind: 'review-target', targetId: '7f0c' });
    expect(targetOf('webhook')).toEqual({ kind: 'webhook' });
    expect(targetOf('none')).toBeNull();
  });
});
