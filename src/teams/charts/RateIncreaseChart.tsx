/**
 * The year's largest rate increases as one horizontal bar each (react-charts HorizontalBarChart): the
 * offer and section above its bar in full (a category axis would cut the long names to a few letters),
 * the bar red where the increase is over its limit, and a marker at the limit (5 % private, 8 % public).
 * Loaded lazily (./lazy).
 */
import { HorizontalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { RateIncreaseRow } from '../../ui/api/types';
import { increaseRows } from './chart-data';

export interface RateIncreaseChartProps { items: RateIncreaseRow[]; title: string }

export default function RateIncreaseChart({ items }: RateIncreaseChartProps) {
  const rows = increaseRows(items, { over: tokens.colorPaletteRedBackground3, under: tokens.colorBrandBackground });
  return <HorizontalBarChart data={rows} culture="da-DK" chartDataMode="hidden" barHeight={12} />;
}
