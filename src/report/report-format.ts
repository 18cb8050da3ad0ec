/** Numbers and dates as the report shows them, in Danish notation (one place for the HTML report and the page). */
import type { DocumentCategory } from '../domain/report/labels';
import type { BarTone } from './svg-bar-chart';

const pct = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const int = new Intl.NumberFormat('da-DK');

export const formatCount = (n: number): string => int.format(n);
export const formatShare = (share: number): string => pct.format(share).replace(/\u00a0/g, ' ');
export const countAndShare = (count: number, share: number): string => `${formatCount(count)} (${formatShare(share)})`;
export const countOfBase = (count: number, base: number): string => `${formatCount(count)} af ${formatCount(base)}`;

const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO timestamp → 'dd-mm-åååå kl. tt.mm' in local time. */
export function formatGenerated(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

export const CATEGORY_TONE: Record<DocumentCategory, BarTone> = {
  korrekt: 'ok',
  'uhensigtsmaessige-valg': 'choice',
  'fejl-uden-meromkostning': 'error',
  'fejl-med-oekonomisk-risiko': 'risk',
  'ikke-laesbar': 'neutral',
  'ukendt-skabelon': 'neutral',
};
