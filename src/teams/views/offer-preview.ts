/**
 * The provider list's answer to a sort or filter click, computed from the rows the tab already
 * holds, so the click shows its result on the next frame while the server's answer is on its way
 * (issue 16: a round trip and a re-render took 150–250 ms). Only where that is exact: the rows held
 * must be every match of a filter set that the new one narrows (same filters plus more, or a longer
 * search text). The server stays the authority: its rows replace the preview as they arrive.
 *
 * The predicates and the order mirror the server's query (src/server/app/offers.ts): the search
 * text is the lower-cased name, provider, CVR, address, postcode and city (migration
 * 2026-11-01-002), arrays match by containment, and ties are broken by id in the sort's direction.
 * Text is compared by code point, as PostgreSQL's C collation orders (CI's and PGlite's databases);
 * under another collation the server's order replaces the preview's when it arrives.
 * tests/integration/offer-preview.test.ts holds the two to the same answers on both databases.
 */
import type { OfferFilters, OfferSort, OfferSummary } from '../../ui/api/types';

/** What the list holds: all matches of `filters` when `complete`. */
export interface HeldRows {
  filters: OfferFilters;
  items: OfferSummary[];
  complete: boolean;
}

const searchText = (o: OfferSummary): string => `${o.name} ${o.providerName} ${o.cvr} ${o.address} ${o.postcode} ${o.city}`.toLowerCase();
const needle = (q: string | undefined): string => (q ?? '').trim().toLowerCase();

/** Whether an offer matches the filters, as the server's WHERE clause decides. */
export function matchesFilters(o: OfferSummary, f: OfferFilters): boolean {
  const q = needle(f.q);
  if (q !== '' && !searchText(o).includes(q)) return false;
  if (f.section && !o.sections.includes(f.section)) return false;
  if (f.targetGroup && !o.targetGroups.includes(f.targetGroup)) return false;
  if (f.municipality && o.municipality !== f.municipality) return false;
  if (f.operatingForm && o.operatingForm !== f.operatingForm) return false;
  if (f.hasFreePlaces === true && !(o.freePlaces > 0)) return false;
  if (f.hasFreePlaces === false && o.freePlaces !== 0) return false;
  if (f.supervision && o.supervisionColour !== f.supervision) return false;
  if (f.listStatus && o.listStatus !== f.listStatus) return false;
  return true;
}

const EXACT_KEYS = ['section', 'targetGroup', 'municipality', 'operatingForm', 'hasFreePlaces', 'supervision', 'listStatus'] as const;

/** Whether every match of `next` is among the matches of `held` (next adds filters or lengthens the search). */
export function narrows(held: OfferFilters, next: OfferFilters): boolean {
  if (!needle(next.q).includes(needle(held.q))) return false;
  return EXACT_KEYS.every((k) => held[k] === undefined || held[k] === next[k]);
}

const SORT_VALUE: Record<string, (o: OfferSummary) => string | number> = {
  name: (o) => o.name,
  providerName: (o) => o.providerName,
  municipality: (o) => o.municipality,
  freePlaces: (o) => o.freePlaces,
  listStatus: (o) => o.listStatus,
  updatedAt: (o) => o.updatedAt,
};

/** JavaScript's `<` on strings compares UTF-16 code units: code-point order for the letters offers are named with. */
const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The server's order for a sort: the column, then id, both in the sort's direction. */
export function compareFor(sort: OfferSort): (a: OfferSummary, b: OfferSummary) => number {
  const desc = sort.startsWith('-');
  const value = SORT_VALUE[sort.replace(/^-/, '')]!;
  return (a, b) => {
    const c = cmp(value(a), value(b)) || cmp(a.id, b.id);
    return desc ? -c : c;
  };
}

/** The rows the list will show for `filters` and `sort`, or null when the rows held cannot tell. */
export function previewRows(held: HeldRows, filters: OfferFilters, sort: OfferSort): OfferSummary[] | null {
  if (!held.complete || !narrows(held.filters, filters)) return null;
  return held.items.filter((o) => matchesFilters(o, filters)).sort(compareFor(sort));
}

/**
 * The server's rows so far, then the preview's rows it has not sent yet: the list keeps its length
 * (and the scroll position its meaning) while the pages come in.
 */
export function withServerRows(server: OfferSummary[], preview: OfferSummary[]): OfferSummary[] {
  if (server.length >= preview.length) return server;
  const seen = new Set(server.map((o) => o.id));
  return [...server, ...preview.filter((o) => !seen.has(o.id))];
}
