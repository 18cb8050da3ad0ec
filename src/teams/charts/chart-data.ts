/**
 * What the tab's charts draw, as plain data: the rate history as the points of a step line and the
 * year's increases as one bar each. Pure (no React, no chart library), so the unit tests read it
 * and the chart modules stay thin.
 */
import type { RateIncreaseRow } from '../../ui/api/types';
import { formatDate, formatKr, formatPercent, sectionLabel } from '../../ui/format';

export interface RatePoint { validFrom: string; amount: number }

export interface HistoryPoint {
  x: Date;
  y: number;
  xAxisCalloutData: string;
  yAxisCalloutData: string;
  callOutAccessibilityData: { ariaLabel: string };
}

/** One bar of react-charts' HorizontalBarChart (its ChartProps): the title above, the bar, the limit marker. */
export interface IncreaseRow {
  chartTitle: string;
  chartData: [{
    legend: string;
    horizontalBarChartdata: { x: number; total: number };
    /** Where the benchmark triangle sits: the row's limit. */
    data: number;
    color: string;
    xAxisCalloutData: string;
    yAxisCalloutData: string;
    callOutAccessibilityData: { ariaLabel: string };
  }];
}

/**
 * 'åååå-mm-dd' as midnight UTC. react-charts draws its time axis in UTC unless told otherwise
 * (CartesianChartProps.useUTC, default true), so a date stays on its own day in every time zone.
 */
export const utcDate = (isoDate: string): Date => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);

/** A tick or callout date (UTC, see utcDate) as dd-mm-åååå. */
export const chartDate = (d: Date): string => formatDate(d.toISOString().slice(0, 10));

export const OVER_LIMIT = 'Over grænsen';
export const UNDER_LIMIT = 'Under grænsen';

/**
 * A rate holds from its validFrom until the next one, so the history is a step line ("stepAfter")
 * with a point at each validFrom; the last rate is carried on to today so its step has a length.
 */
export function rateHistoryPoints(points: RatePoint[], today: string): HistoryPoint[] {
  const sorted = [...points].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const out = sorted.map((p) => point(p.validFrom, p.amount, `Gælder fra ${formatDate(p.validFrom)}`));
  const last = sorted[sorted.length - 1];
  if (last && last.validFrom.slice(0, 10) < today) out.push(point(today, last.amount, `I dag, ${formatDate(today)}`));
  return out;
}

function point(date: string, amount: number, when: string): HistoryPoint {
  return {
    x: utcDate(date), y: amount, xAxisCalloutData: when, yAxisCalloutData: formatKr(amount),
    callOutAccessibilityData: { ariaLabel: `${when}: ${formatKr(amount)}` },
  };
}

/** Colours of the bars: Fluent tokens (CSS variables), so the theme in force paints them. */
export interface IncreaseColours { over: string; under: string }

/**
 * One bar per report row, all on one scale (the largest increase or limit, plus a tenth), titled with
 * the offer, section, increase and limit in words; red when the increase is over the row's limit, and
 * then also titled "Over grænsen: …" and so named to screen readers: colour alone is no cue (WCAG
 * 1.4.1), and forced colours repaint it anyway.
 */
export function increaseRows(items: RateIncreaseRow[], colours: IncreaseColours): IncreaseRow[] {
  const total = Math.max(1, ...items.map((r) => Math.max(r.increasePercent, r.thresholdPercent))) * 1.1;
  return items.map((r) => {
    const label = `${r.offerName}, ${sectionLabel(r.section)} pr. ${r.unit}`;
    const value = `${formatPercent(r.increasePercent)} (grænse ${formatPercent(r.thresholdPercent)})${r.toReport ? `, ${OVER_LIMIT.toLowerCase()}` : ''}`;
    return {
      // The cue and the increase first: at 350 px the title is cut at the end (the whole title shows on hover).
      chartTitle: `${r.toReport ? `${OVER_LIMIT}: ` : ''}${formatPercent(r.increasePercent)} – ${label} (grænse ${formatPercent(r.thresholdPercent)})`,
      chartData: [{
        legend: r.toReport ? OVER_LIMIT : UNDER_LIMIT, horizontalBarChartdata: { x: Math.max(0, r.increasePercent), total }, data: r.thresholdPercent,
        color: r.toReport ? colours.over : colours.under, xAxisCalloutData: label, yAxisCalloutData: value, callOutAccessibilityData: { ariaLabel: `${label}: ${value}` },
      }],
    };
  });
}
