import { backoffDelay } from '../../src/server/notify/outbox-worker';

describe('outbox backoff', () => {
  const o = { backoffMs: 1000, backoffMaxMs: 60_000 };
  test('doubles per attempt up to the cap', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, o))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(20, o)).toBe(60_000);
  });
  test('a longer Retry-After from the adapter wins; a shorter one does not shorten the backoff', () => {
    expect(backoffDelay(1, o, 30_000)).toBe(30_000);
    expect(backoffDelay(3, o, 10)).toBe(4000);
  });
});
