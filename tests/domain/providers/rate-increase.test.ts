import { currentRates, rateForYear, rateIncreases, thresholdFor } from '../../../src/domain/providers/rate-increase';
import type { Rate } from '../../../src/domain/providers/offer';

const t = { privatePercent: 5, publicPercent: 8 };
const r = (validFrom: string, kr: number, section = '107', unit: Rate['unit'] = 'dag'): Rate => ({ section, unit, amountOre: kr * 100, validFrom });

describe('rate increases', () => {
  test('thresholds: private and self-owning 5 %, municipal and regional 8 %', () => {
    expect(thresholdFor('private', t)).toBe(5);
    expect(thresholdFor('selfOwning', t)).toBe(5);
    expect(thresholdFor('municipal', t)).toBe(8);
    expect(thresholdFor('regional', t)).toBe(8);
  });

  test('the rate of a year is the latest valid on or before 31 December', () => {
    const h = [r('2024-01-01', 1000), r('2025-01-01', 1040), r('2025-07-01', 1060), r('2026-02-01', 1100)];
    expect(rateForYear(h, '107', 'dag', 2025)?.amountOre).toBe(106000);
    expect(rateForYear(h, '107', 'dag', 2023)).toBeNull();
  });

  test('increase over the threshold is to report; exactly the threshold is not', () => {
    const h = [r('2025-01-01', 1000), r('2026-01-01', 1050), r('2025-01-01', 500, '85', 'time'), r('2026-01-01', 530, '85', 'time')];
    const inc = rateIncreases(h, 2026, 'private', t);
    expect(inc).toEqual([
      expect.objectContaining({ section: '107', increasePercent: 5, toReport: false }),
      expect.objectContaining({ section: '85', unit: 'time', increasePercent: 6, toReport: true }),
    ]);
    expect(rateIncreases([r('2025-01-01', 1000), r('2026-01-01', 1070)], 2026, 'municipal', t)[0]).toMatchObject({ increasePercent: 7, toReport: false, thresholdPercent: 8 });
    expect(rateIncreases([r('2025-01-01', 1000), r('2026-01-01', 1081)], 2026, 'regional', t)[0]).toMatchObject({ toReport: true });
  });

  test('no line without both years; no change gives no line; decreases are negative', () => {
    expect(rateIncreases([r('2026-01-01', 1000)], 2026, 'private', t)).toEqual([]);
    expect(rateIncreases([r('2024-01-01', 1000)], 2026, 'private', t)).toEqual([]);
    expect(rateIncreases([r('2025-01-01', 1000), r('2026-01-01', 950)], 2026, 'private', t)[0]).toMatchObject({ increasePercent: -5, toReport: false });
  });

  test('current rates per section and unit as of a date', () => {
    const h = [r('2025-01-01', 1000), r('2026-01-01', 1100), r('2027-01-01', 1200), r('2026-01-01', 500, '85', 'time')];
    expect(currentRates(h, '2026-06-01').map((x) => x.amountOre)).toEqual([110000, 50000]);
  });
});
