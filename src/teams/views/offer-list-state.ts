/**
 * What the provider list remembers across a refresh: filters, sort and the open offer in the URL query
 * (so a link shows the same list), the chosen columns in local storage (a personal preference). Both
 * are read through zod: a hand-edited URL or an old stored value falls back to the defaults field by
 * field instead of breaking the tab.
 */
import { z } from 'zod';
import { LIST_STATUSES, OPERATING_FORMS, SUPERVISION_COLOURS } from '../../domain/providers/offer';
import { OFFER_SORTS } from '../../domain/providers/offer-sort';
import type { OfferFilters, OfferSort } from '../../ui/api/types';

export interface OfferListState {
  filters: OfferFilters;
  sort: OfferSort;
  offerId: string | null;
}

const text = z.string().trim().min(1).max(200);
const FIELDS = {
  q: text,
  section: z.string().max(10).min(1),
  targetGroup: text,
  municipality: text,
  operatingForm: z.enum(OPERATING_FORMS),
  hasFreePlaces: z.enum(['true', 'false']).transform((v) => v === 'true'),
  supervision: z.enum(SUPERVISION_COLOURS),
  listStatus: z.enum(LIST_STATUSES),
} as const;
type FilterKey = keyof typeof FIELDS;
const FILTER_KEYS = Object.keys(FIELDS) as FilterKey[];
const sortSchema = z.enum(OFFER_SORTS);
const offerIdSchema = z.string().min(1).max(100);

export const DEFAULT_SORT: OfferSort = 'name';

export function readListState(search: string): OfferListState {
  const p = new URLSearchParams(search);
  const filters: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) {
    const parsed = FIELDS[k].safeParse(p.get(k) ?? undefined);
    if (parsed.success) filters[k] = parsed.data;
  }
  const sort = sortSchema.safeParse(p.get('sort') ?? undefined);
  const offer = offerIdSchema.safeParse(p.get('offer') ?? undefined);
  return { filters: filters as OfferFilters, sort: sort.success ? sort.data : DEFAULT_SORT, offerId: offer.success ? offer.data : null };
}

/** The query string with the list's state written in; other parameters (view, flag, …) are kept. */
export function writeListState(search: string, state: OfferListState): string {
  const p = new URLSearchParams(search);
  for (const k of [...FILTER_KEYS, 'sort', 'offer']) p.delete(k);
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (v !== undefined && v !== '') p.set(k, String(v));
  }
  if (state.sort !== DEFAULT_SORT) p.set('sort', state.sort);
  if (state.offerId) p.set('offer', state.offerId);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const hasFilters = (f: OfferFilters): boolean => FILTER_KEYS.some((k) => f[k] !== undefined);

export const COLUMNS_STORAGE_KEY = 'kl-kontrakt.offer-list.columns';

/** The stored column choice, restricted to columns that still exist; null when nothing usable is stored. */
export function readColumns(raw: string | null, known: readonly string[]): string[] | null {
  if (!raw) return null;
  let json: unknown;
  try { json = JSON.parse(raw); } catch { return null; }
  const parsed = z.array(z.string().max(50)).max(50).safeParse(json);
  if (!parsed.success) return null;
  const cols = known.filter((id) => parsed.data.includes(id));
  return cols.length ? cols : null;
}
