/**
 * A horizontal bar chart as an SVG string: the project's own small module rather than a charting
 * library, because the audit report must be one self-contained file that draws without JavaScript
 * and without network at view time, prints on A4, and reads the same in the browser page. Colours
 * are CSS classes (`bar-<tone>`) so the report's stylesheet (and forced-colors mode) decides them.
 */
import { esc } from './escape';

export interface Bar { label: string; value: number; valueText: string; tone: BarTone }
export type BarTone = 'ok' | 'choice' | 'error' | 'risk' | 'neutral' | 'accent';

export interface BarChartOptions {
  title: string;
  max?: number;
  width?: number;
  /** 'fit' scales to the container (the printed report); 'natural' keeps 1 unit = 1 px (the page). */
  size?: 'fit' | 'natural';
}

const ROW = 26;
/** Roughly the width of a character at the chart's 12.5 px font: labels get the room their longest needs. */
const CHAR_W = 6.8;
const VALUE_W = 90;

export function barChart(bars: readonly Bar[], opts: BarChartOptions): string {
  const longest = Math.max(0, ...bars.map((b) => b.label.length));
  const LABEL_W = Math.min(380, Math.max(120, Math.ceil(longest * CHAR_W) + 16));
  const width = Math.max(opts.width ?? 680, LABEL_W + VALUE_W + 160);
  const plot = width - LABEL_W - VALUE_W;
  const max = Math.max(opts.max ?? 0, ...bars.map((b) => b.value), 1);
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * plot)) : 0;
    return `<g class="bar-row">`
      + `<text x="${LABEL_W - 8}" y="${y + 17}" text-anchor="end" class="bar-label">${esc(b.label)}</text>`
      + `<rect x="${LABEL_W}" y="${y + 4}" width="${plot}" height="${ROW - 8}" class="bar-track" rx="3"/>`
      + (w ? `<rect x="${LABEL_W}" y="${y + 4}" width="${w}" height="${ROW - 8}" class="bar bar-${b.tone}" rx="3"/>` : '')
      + `<text x="${LABEL_W + plot + 8}" y="${y + 17}" class="bar-value">${esc(b.valueText)}</text>`
      + `</g>`;
  });
  const summary = bars.map((b) => `${b.label}: ${b.valueText}`).join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${opts.size === 'natural' ? width : '100%'}" aria-label="${esc(`${opts.title}. ${summary}`)}">`
    + `<title>${esc(opts.title)}</title>${rows.join('')}</svg>`;
}
