import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDate, formatKr } from '../../ui/format';

export interface RatePoint { validFrom: string; amount: number }

const useStyles = makeStyles({
  svg: { display: 'block', maxWidth: '100%' },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: '2px', fill: 'none' },
  dot: { fill: tokens.colorBrandForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  label: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
});

/**
 * A section's rate history as a step line (a rate holds until the next one). Plain SVG drawn with
 * theme tokens; the values are also in the table beside it, so the chart is decorative for screen readers
 * apart from its title.
 */
export function RateChart({ points, title, width = 360, height = 140 }: { points: RatePoint[]; title: string; width?: number; height?: number }) {
  const styles = useStyles();
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const pad = { l: 8, r: 8, t: 14, b: 18 };
  const times = sorted.map((p) => Date.parse(p.validFrom));
  const t0 = times[0]!;
  const t1 = Math.max(times[times.length - 1]! + 180 * 86_400_000, Date.now());
  const max = Math.max(...sorted.map((p) => p.amount));
  const min = Math.min(...sorted.map((p) => p.amount));
  const span = max - min || max * 0.1 || 1;
  const x = (t: number) => pad.l + ((t - t0) / (t1 - t0)) * (width - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - (min - span * 0.1)) / (span * 1.2)) * (height - pad.t - pad.b);
  let d = '';
  sorted.forEach((p, i) => {
    const px = x(times[i]!);
    const py = y(p.amount);
    d += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
  });
  d += `H${x(t1)}`;
  return (
    <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      <line className={styles.axis} x1={pad.l} x2={width - pad.r} y1={height - pad.b} y2={height - pad.b} />
      <path className={styles.line} d={d} />
      {sorted.map((p, i) => (
        <circle key={`${p.validFrom}-${i}`} className={styles.dot} cx={x(times[i]!)} cy={y(p.amount)} r={3}>
          <title>{`${formatDate(p.validFrom)}: ${formatKr(p.amount)}`}</title>
        </circle>
      ))}
      <text className={styles.label} x={pad.l} y={height - 4}>{sorted[0]!.validFrom.slice(0, 4)}</text>
      <text className={styles.label} x={width - pad.r} y={height - 4} textAnchor="end">{new Date(t1).getFullYear()}</text>
      <text className={styles.label} x={pad.l} y={10}>{formatKr(max)}</text>
    </svg>
  );
}
