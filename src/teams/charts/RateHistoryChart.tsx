/**
 * A section's rate history as a react-charts LineChart (Fluent UI v9 charts, styled with Fluent
 * tokens and forced-colors rules of their own). Loaded lazily (./lazy), so the list's first paint
 * does not wait for d3 and the chart code.
 */
import { LineChart, type ChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { formatKrWhole } from '../../ui/format';
import { chartDate, rateHistoryPoints, type RatePoint } from './chart-data';

export interface RateHistoryChartProps { points: RatePoint[]; title: string; unit: string; today: string; height?: number }

/** Down to a round number of about two significant digits (2.345 → 2.300). */
const floorNice = (v: number) => { const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(v, 1))) - 1); return Math.floor(v / step) * step; };

export default function RateHistoryChart({ points, title, unit, today, height = 180 }: RateHistoryChartProps) {
  const data: ChartProps = {
    chartTitle: title,
    lineChartData: [{
      legend: `Takst pr. ${unit}`,
      data: rateHistoryPoints(points, today),
      color: tokens.colorBrandForeground1,
      // A rate holds from its date until the next one: a step, not a slope (d3 curveStepAfter).
      lineOptions: { curve: 'stepAfter' },
    }],
  };
  return (
    <LineChart
      data={data}
      height={height}
      culture="da-DK"
      hideLegend
      customDateTimeFormatter={chartDate}
      yAxisTickFormat={(v: number) => formatKrWhole(v)}
      yAxisTickCount={3}
      roundedTicks
      xAxisTickCount={4}
      margins={{ left: 80, right: 48, top: 16, bottom: 32 }}
      // Not from 0: the steps are a few per cent of the rate and would be flat lines at the top.
      yMinValue={floorNice(Math.min(...points.map((p) => p.amount)) * 0.9)}
    />
  );
}
