/**
 * The year's largest rate increases as one horizontal bar each (react-charts HorizontalBarChart): the
 * offer and section above its bar in full (a category axis would cut the long names to a few letters),
 * the bar red and its title opening with "Over grænsen" where the increase is over its limit, and a
 * marker at the limit (5 % private, 8 % public).
 * Loaded lazily (./lazy).
 */
import { HorizontalBarChart } from '@fluentui/react-charts';
import type { RateIncreaseRow } from '../../ui/api/types';
import { increaseRows } from './chart-data';
import { INCREASE_COLOURS } from './increase-colours';

export interface RateIncreaseChartProps { items: RateIncreaseRow[]; title: string }

export default function RateIncreaseChart({ items }: RateIncreaseChartProps) {
  const rows = increaseRows(items, INCREASE_COLOURS);
  return <HorizontalBarChart data={rows} culture="da-DK" chartDataMode="hidden" barHeight={12} />;
}
