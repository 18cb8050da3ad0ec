import { PageCache } from '../../../src/server/http/page-cache';

describe('page cache', () => {
  test('an answer holds only for the generation it was read at', () => {
    const c = new PageCache();
    c.set('a', '5', '{"n":1}');
    expect(c.get('a', '5')).toBe('{"n":1}');
    expect(c.get('a', '6')).toBeUndefined();
    // A miss on a newer generation forgets it: the older one does not come back.
    expect(c.get('a', '5')).toBeUndefined();
  });

  test('bounded by bytes: the least recently used go first; one answer may not fill it', () => {
    const c = new PageCache(800);
    c.set('a', '1', 'a'.repeat(90));
    c.set('b', '1', 'b'.repeat(90));
    expect(c.get('a', '1')).toBeDefined();
    for (let i = 0; i < 7; i++) c.set(`x${i}`, '1', 'x'.repeat(90));
    expect(c.get('a', '1')).toBeDefined();
    expect(c.get('b', '1')).toBeUndefined();
    c.set('big', '1', 'y'.repeat(101));
    expect(c.get('big', '1')).toBeUndefined();
  });
});
