import { isValidCvr } from '../../src/domain/providers/cvr';
import { validateOffer } from '../../src/domain/providers/offer-validation';
import { rateIncreases } from '../../src/domain/providers/rate-increase';
import { DEFAULT_MUNICIPALITIES } from '../../src/server/config';
import { generateDemoFlags, generateDemoOffers } from '../../src/server/demo/generate';
import { valueContainsCpr } from '../../src/server/http/cpr-guard';

describe('demo data', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  const offers = generateDemoOffers(400, { today, seed: 1 });
  test('seeded and deterministic', () => {
    expect(generateDemoOffers(400, { today, seed: 1 })).toEqual(offers);
    expect(generateDemoOffers(5, { today, seed: 2 })[0]!.id).not.toBe(offers[0]!.id);
  });
  test('fictional, valid, spread over the 17 municipalities, several years of history, some above threshold', () => {
    expect(offers.every((o) => o.name.includes('(fiktivt)'))).toBe(true);
    expect(offers.every((o) => isValidCvr(o.cvr))).toBe(true);
    expect(offers.every((o) => validateOffer({ ...o, pNumber: o.pNumber, email: o.email, phone: o.phone }, DEFAULT_MUNICIPALITIES).length === 0)).toBe(true);
    expect(new Set(offers.map((o) => o.municipality)).size).toBe(17);
    expect(new Set(offers.flatMap((o) => o.sections))).toEqual(new Set(['85', '105', '107', '108']));
    expect(new Set(offers.map((o) => o.supervisionColour))).toEqual(new Set(['grøn', 'gul', 'rød']));
    expect(Math.min(...offers.map((o) => new Set(o.rates.map((r) => r.validFrom)).size))).toBeGreaterThanOrEqual(4);
    const toReport = offers.filter((o) => rateIncreases(o.rates, 2026, o.operatingForm, { privatePercent: 5, publicPercent: 8 }).some((i) => i.toReport));
    expect(toReport.length).toBeGreaterThan(10);
    expect(toReport.length).toBeLessThan(offers.length / 2);
  });
  test('never anything shaped like a CPR number', () => {
    expect(valueContainsCpr(offers.map(({ pNumber: _p, ...o }) => o))).toBe(false);
    expect(valueContainsCpr(generateDemoFlags(offers, 20))).toBe(false);
  });
});
