/** Danish formatting shared by the add-in and the tab: dates dd-mm-åååå, amounts 2.450,00 kr., labels. */
import { CATEGORY_LABELS as DOCUMENT_CATEGORY_LABELS, RECOMMENDATION_LABEL } from '../domain/report/labels';
import { FLAG_STATE_LABELS, type FlagState } from '../domain/flags/flag-state';
import { LIST_STATUS_LABELS, OPERATING_FORM_LABELS, SUPERVISION_LABELS, type OperatingForm } from '../domain/providers/offer';

const pad = (n: number) => String(n).padStart(2, '0');

/** '2026-03-01' or an ISO timestamp → '01-03-2026'; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const kr = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const int = new Intl.NumberFormat('da-DK');

/** 2450 → '2.450,00 kr.' */
export function formatKr(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : `${kr.format(amount)} kr.`;
}

const krWhole = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** 2450.5 → '2.451 kr.': for chart axes, where the øre only crowd the ticks. */
export function formatKrWhole(amount: number): string {
  return `${krWhole.format(amount)} kr.`;
}

/** 5.25 → '5,3 %' (Danish: space before the sign). */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : `${pct.format(value)} %`;
}

export function formatInt(value: number): string {
  return int.format(value);
}

/** How long ago, in words, for "sidst opdateret". */
export function formatAge(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return 'aldrig';
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'i dag';
  if (days === 1) return 'i går';
  if (days < 60) return `for ${days} dage siden`;
  return `for ${Math.round(days / 30)} måneder siden`;
}

export function operatingFormLabel(form: OperatingForm): string {
  return OPERATING_FORM_LABELS[form];
}

export const isPublicForm = (form: OperatingForm): boolean => form === 'municipal' || form === 'regional';

/** The domain's labels, re-exported for the views that import them from here. */
export { LIST_STATUS_LABELS, SUPERVISION_LABELS };

export function flagStateLabel(state: FlagState): string {
  return FLAG_STATE_LABELS[state];
}

/** A category id as the tab shows it, from the one label table in the domain (unknown ids shown as they are). */
export function categoryLabel(category: string | null | undefined): string {
  if (!category) return RECOMMENDATION_LABEL;
  return (DOCUMENT_CATEGORY_LABELS as Record<string, string>)[category] ?? category;
}

/** Section as shown to users: '108' → '§ 108'. */
export const sectionLabel = (s: string): string => `§ ${s}`;
