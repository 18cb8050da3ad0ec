import { useEffect, useState } from 'react';
import type { OfferFilters, OfferSort, OfferSummary } from '../../ui/api/types';
import { useSession } from '../session-context';

export interface OffersState {
  items: OfferSummary[];
  total: number;
  loading: boolean;
  error: unknown;
}

/**
 * Loads every offer matching the filters, page by page, showing each page as it arrives; a new
 * filter cancels the running load. Typing is debounced so a search does not fire per keystroke.
 */
export function useOffers(filters: OfferFilters, sort: OfferSort, reloadKey = 0, debounceMs = 250): OffersState {
  const { api } = useSession();
  const [state, setState] = useState<OffersState>({ items: [], total: 0, loading: true, error: null });
  const key = JSON.stringify([filters, sort, reloadKey]);
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    const t = setTimeout(() => {
      api.listAllOffers({ ...filters, sort }, (items, total) => {
        if (!ctrl.signal.aborted) setState({ items, total, loading: true, error: null });
      }, ctrl.signal)
        .then((items) => { if (!ctrl.signal.aborted) setState({ items, total: items.length, loading: false, error: null }); })
        .catch((error: unknown) => { if (!ctrl.signal.aborted) setState((s) => ({ ...s, loading: false, error })); });
    }, debounceMs);
    return () => { clearTimeout(t); ctrl.abort(); };
    // `key` captures filters and sort by value, so a new object with the same filters does not reload.
  }, [api, key, debounceMs]);
  return state;
}
