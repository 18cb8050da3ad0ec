import { useEffect, useMemo, useRef, useState } from 'react';
import type { OfferFilters, OfferSort, OfferSummary } from '../../ui/api/types';
import { useSession } from '../session-context';
import { previewRows, withServerRows, type HeldRows } from './offer-preview';

export interface OffersState {
  items: OfferSummary[];
  total: number;
  loading: boolean;
  error: unknown;
}

/**
 * Loads every offer matching the filters, page by page, showing each page as it arrives; a new
 * filter cancels the running load. Only typing is debounced (a search must not fire per keystroke):
 * the first load, a sort and a picked filter ask the server at once. A sort or a narrower filter is
 * shown at once from the rows held when they are every match (./offer-preview), until the server's
 * rows replace them.
 */
export function useOffers(filters: OfferFilters, sort: OfferSort, reloadKey = 0, debounceMs = 250): OffersState {
  const { api } = useSession();
  const key = JSON.stringify([filters, sort, reloadKey]);
  /** `key`: the filters and sort the state answers (it lags one render behind a click). */
  const [state, setState] = useState<OffersState & { key: string }>({ items: [], total: 0, loading: true, error: null, key });
  const lastQuery = useRef<string | undefined>(undefined);
  const held = useRef<HeldRows>({ filters: {}, items: [], complete: false });
  const lastReload = useRef(reloadKey);
  // Computed in the render that follows the click, not in the effect after it: the click's own render
  // shows the new rows (a second render of the whole grid cost as much as the sort itself).
  // A reload asks because the rows held may be out of date: nothing is previewed from them then.
  // (`key` captures filters, sort and reloadKey by value.)
  const preview = useMemo(() => (lastReload.current === reloadKey ? previewRows(held.current, filters, sort) : null), [key]);
  useEffect(() => {
    const ctrl = new AbortController();
    lastReload.current = reloadKey;
    setState((s) => (preview ? { items: preview, total: preview.length, loading: true, error: null, key } : { ...s, loading: true, error: null, key }));
    held.current = { filters, items: [], complete: false };
    const typed = lastQuery.current !== undefined && lastQuery.current !== (filters.q ?? '');
    lastQuery.current = filters.q ?? '';
    const load = () => {
      api.listAllOffers({ ...filters, sort }, (items, total) => {
        if (!ctrl.signal.aborted) setState({ items: preview ? withServerRows(items, preview) : items, total, loading: true, error: null, key });
      }, ctrl.signal)
        .then((items) => {
          if (ctrl.signal.aborted) return;
          held.current = { filters, items, complete: true };
          setState({ items, total: items.length, loading: false, error: null, key });
        })
        .catch((error: unknown) => { if (!ctrl.signal.aborted) setState((s) => ({ ...s, loading: false, error, key })); });
    };
    const t = typed ? setTimeout(load, debounceMs) : undefined;
    if (!typed) load();
    return () => { clearTimeout(t); ctrl.abort(); };
    // `key` captures filters and sort by value, so a new object with the same filters does not reload.
  }, [api, key, debounceMs]);
  if (state.key !== key && preview) return { items: preview, total: preview.length, loading: true, error: null };
  return state;
}
