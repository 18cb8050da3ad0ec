import { OfferCountCache } from '../../../src/server/app/offer-count-cache';

describe('offer count cache', () => {
  test('a total holds for its generation only; knows() tells whether any is kept', () => {
    const c = new OfferCountCache();
    expect(c.knows('k')).toBe(false);
    c.set('k', '3', 120);
    expect(c.knows('k')).toBe(true);
    expect(c.get('k', '3')).toBe(120);
    expect(c.get('k', '4')).toBeUndefined();
    expect(c.knows('k')).toBe(false);
  });

  test('keeps at most the given number of filter sets, forgetting the least recently used', () => {
    const c = new OfferCountCache(2);
    c.set('a', '1', 1);
    c.set('b', '1', 2);
    expect(c.get('a', '1')).toBe(1);
    c.set('c', '1', 3);
    expect(c.get('b', '1')).toBeUndefined();
    expect(c.get('a', '1')).toBe(1);
    expect(c.get('c', '1')).toBe(3);
  });
});
