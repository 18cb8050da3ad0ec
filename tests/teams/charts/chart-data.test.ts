import { chartDate, increaseRows, OVER_LIMIT, rateHistoryPoints, UNDER_LIMIT, utcDate } from '../../../src/teams/charts/chart-data';
import type { RateIncreaseRow } from '../../../src/ui/api/types';
import { formatKrWhole } from '../../../src/ui/format';

describe('rate history as a step line', () => {
  it('has a point at each validFrom in date order, and carries the last rate on to today', () => {
    const pts = rateHistoryPoints([{ validFrom: '2026-01-01', amount: 2600 }, { validFrom: '2025-01-01', amount: 2450 }], '2026-12-04');
    expect(pts.map((p) => [chartDate(p.x), p.y])).toEqual([['01-01-2025', 2450], ['01-01-2026', 2600], ['04-12-2026', 2600]]);
    expect(pts.map((p) => p.callOutAccessibilityData.ariaLabel)).toEqual([
      'Gælder fra 01-01-2025: 2.450,00 kr.', 'Gælder fra 01-01-2026: 2.600,00 kr.', 'I dag, 04-12-2026: 2.600,00 kr.',
    ]);
  });

  it('adds no point for today when the last rate starts today or later', () => {
    expect(rateHistoryPoints([{ validFrom: '2027-01-01', amount: 100 }], '2026-12-04')).toHaveLength(1);
    expect(rateHistoryPoints([], '2026-12-04')).toEqual([]);
  });

  it('dates are midnight UTC, so a tick shows the same day in every time zone', () => {
    expect(utcDate('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(chartDate(utcDate('2026-03-01'))).toBe('01-03-2026');
  });

  it('labels the amount axis in whole kroner the Danish way', () => {
    expect(formatKrWhole(12345.6)).toBe('12.346 kr.');
  });
});

describe('the rate report as bars', () => {
  const row = (over: boolean, pct: number, name: string): RateIncreaseRow => ({
    offerId: name, offerName: name, providerName: 'P', cvr: '12345678', municipality: 'Næstved', operatingForm: 'private', public: false,
    section: '108', unit: 'døgn', year: 2026, previous: 100, current: 100 + pct, increasePercent: pct, thresholdPercent: 5, toReport: over, reportStatus: over ? 'ny' : null,
  });

  it('has one bar per row on one scale, titled in words, coloured by whether it is over its limit, marked at the limit', () => {
    const rows = increaseRows([row(true, 7.25, 'Bostedet'), row(false, 3, 'Havhuset')], { over: 'red', under: 'blue' });
    expect(rows.map((r) => r.chartTitle)).toEqual(['Over grænsen: 7,3 % – Bostedet, § 108 pr. døgn (grænse 5,0 %)', '3,0 % – Havhuset, § 108 pr. døgn (grænse 5,0 %)']);
    expect(rows.map((r) => [r.chartData[0].legend, r.chartData[0].color, r.chartData[0].horizontalBarChartdata.x, r.chartData[0].data])).toEqual([
      [OVER_LIMIT, 'red', 7.25, 5], [UNDER_LIMIT, 'blue', 3, 5],
    ]);
    expect(new Set(rows.map((r) => r.chartData[0].horizontalBarChartdata.total))).toEqual(new Set([7.25 * 1.1]));
  });

  it('says "over grænsen" in words, not by colour alone: in the title, the callout and the name a screen reader reads', () => {
    const [over, under] = increaseRows([row(true, 9, 'Bostedet'), row(false, 3, 'Havhuset')], { over: 'red', under: 'blue' });
    expect(over!.chartTitle).toMatch(new RegExp(`^${OVER_LIMIT}: `));
    expect(over!.chartData[0].callOutAccessibilityData.ariaLabel).toBe('Bostedet, § 108 pr. døgn: 9,0 % (grænse 5,0 %), over grænsen');
    expect(over!.chartData[0].yAxisCalloutData).toBe('9,0 % (grænse 5,0 %), over grænsen');
    expect(under!.chartTitle).not.toMatch(/grænsen/i);
    expect(under!.chartData[0].callOutAccessibilityData.ariaLabel).toBe('Havhuset, § 108 pr. døgn: 3,0 % (grænse 5,0 %)');
  });
});
