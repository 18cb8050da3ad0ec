import { useEffect, useRef, useState } from 'react';
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
  const [state, setState] = useState<OffersState>({ items: [], total: 0, loading: true, error: null });
  const key = JSON.stringify([filters, sort, reloadKey]);
  const lastQuery = useRef<string | undefined>(undefined);
  const held = useRef<HeldRows>({ filters: {}, items: [], complete: false });
  const lastReload = useRef(reloadKey);
  useEffect(() => {
    const ctrl = new AbortController();
    // A reload asks because the rows held may be out of date: nothing is previewed from them then.
    const preview = lastReload.current === reloadKey ? previewRows(held.current, filters, sort) : null;
    lastReload.current = reloadKey;
    setState((s) => (preview ? { items: preview, total: preview.length, loading: true, error: null } : { ...s, loading: true, error: null }));
    held.current = { filters, items: preview ?? [], complete: false };
    const typed = lastQuery.current !== undefined && lastQuery.current !== (filters.q ?? '');
    lastQuery.current = filters.q ?? '';
    const load = () => {
      api.listAllOffers({ ...filters, sort }, (items, total) => {
        if (!ctrl.signal.aborted) setState({ items: preview ? withServerRows(items, preview) : items, total, loading: true, error: null });
      }, ctrl.signal)
        .then((items) => {
          if (ctrl.signal.aborted) return;
          held.current = { filters, items, complete: true };
          setState({ items, total: items.length, loading: false, error: null });
        })
        .catch((error: unknown) => { if (!ctrl.signal.aborted) setState((s) => ({ ...s, loading: false, error })); });
    };
    const t = typed ? setTimeout(load, debounceMs) : undefined;
    if (!typed) load();
    return () => { clearTimeout(t); ctrl.abort(); };
    // `key` captures filters and sort by value, so a new object with the same filters does not reload.
  }, [api, key, debounceMs]);
  return state;
}
