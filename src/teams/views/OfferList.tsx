import {
  Button, Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, Spinner, Text, createTableColumn,
  makeStyles, tokens, type TableColumnDefinition, type TableColumnId, type DataGridProps,
} from '@fluentui/react-components';
import { DataGrid, DataGridBody, DataGridHeader, DataGridHeaderCell, DataGridRow } from '@fluentui-contrib/react-data-grid-react-window';
import { ArrowDownloadRegular, ColumnTripleEditRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import type { OfferFilters, OfferSort, OfferSummary } from '../../ui/api/types';
import { formatInt } from '../../ui/format';
import { downloadBlob } from '../components/download';
import { ErrorBar } from '../components/ErrorBar';
import { GridEmpty, GridSkeleton } from '../components/GridPlaceholders';
import { OfferFiltersBar } from '../components/OfferFiltersBar';
import { useAvailableHeight } from '../components/use-height';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useSession } from '../session-context';
import { DEFAULT_COLUMNS, OFFER_COLUMNS, renderOfferCell } from './offer-columns';
import { COLUMNS_STORAGE_KEY, hasFilters, readColumns, readListState, writeListState } from './offer-list-state';
import { RowSelection, renderOfferRow } from './OfferRow';
import { useOffers } from './use-offers';

// Loaded when an offer is first opened: the pane's chart and badges are not needed for the list itself.
const OfferDetailPane = lazy(() => import(/* webpackChunkName: "offer-detail" */ './OfferDetailPane').then((m) => ({ default: m.OfferDetailPane })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  count: { marginRight: 'auto' },
  header: { backgroundColor: tokens.colorNeutralBackground2 },
  gridBox: { minWidth: 0, maxWidth: '100%', overflowX: 'hidden' },
});

/**
 * The client compare is neutral (the server has sorted every row). It must declare its two arguments:
 * Fluent counts a column as sortable only when `compare.length > 0` (react-table isColumnSortable),
 * so a `() => 0` left every header inert.
 */
const neutral = (_a: OfferSummary, _b: OfferSummary) => 0;
export const ROW_HEIGHT = 44;


function storedColumns(): string[] {
  try { return readColumns(window.localStorage.getItem(COLUMNS_STORAGE_KEY), OFFER_COLUMNS.map((c) => c.id)) ?? DEFAULT_COLUMNS; } catch { return DEFAULT_COLUMNS; }
}

export function OfferList() {
  const styles = useStyles();
  const { api } = useSession();
  // Filters, sort and the open offer live in the URL (a refresh or a shared link shows the same list).
  const [initial] = useState(() => readListState(window.location.search));
  const [filters, setFiltersState] = useState<OfferFilters>(initial.filters);
  const [sort, setSortState] = useState<OfferSort>(initial.sort);
  // A picked filter or sort sends its first page at once, from the click, while React re-renders the old rows
  // (useOffers takes the request over). Typing is debounced there instead, so a keystroke sends nothing here.
  const setFilters = (f: OfferFilters) => {
    if ((f.q ?? '') === (filters.q ?? '') && JSON.stringify(f) !== JSON.stringify(filters)) api.primeOfferList({ ...f, sort });
    setFiltersState(f);
  };
  const setSort = (s: OfferSort) => {
    if (s !== sort) api.primeOfferList({ ...filters, sort: s });
    setSortState(s);
  };
  const [visible, setVisible] = useState<string[]>(storedColumns);
  const [selected, setSelectedState] = useState<string | null>(initial.offerId);
  // The drawer unmounts on close, so Fluent has nothing to restore focus to: the list gives it back to
  // the cell that opened it (or that row's first cell, if virtualisation replaced the element).
  const opener = useRef<{ el: HTMLElement | null; id: string } | null>(null);
  const setSelected = (id: string | null) => {
    if (id) opener.current = { el: document.activeElement instanceof HTMLElement ? document.activeElement : null, id };
    setSelectedState(id);
  };
  const closeDetail = () => {
    const from = opener.current;
    setSelected(null);
    requestAnimationFrame(() => {
      const target = from?.el?.isConnected ? from.el : document.querySelector<HTMLElement>(`[data-offer-id="${from?.id ?? ''}"] [role="gridcell"]`);
      target?.focus();
    });
  };
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const { items, total, loading, error } = useOffers(filters, sort);
  const [gridRef, height] = useAvailableHeight<HTMLDivElement>(240);
  // After a refresh the offer in the URL may be far down the list, where the virtualised body has not
  // drawn its row: once the row has loaded, the body's scroller is moved to put it in the middle
  // (react-window follows its outer element's scroll events and draws the rows there).
  const scrollPending = useRef(initial.offerId);
  useEffect(() => {
    if (!scrollPending.current) return;
    const index = items.findIndex((o) => o.id === scrollPending.current);
    const scroller = gridRef.current?.querySelector<HTMLElement>('.fui-DataGridBody > div');
    if (index < 0 || !scroller || scroller.clientHeight === 0) return;
    // On the next frame: set in the same commit as the rows, the offset was reset to the top again.
    const top = Math.max(0, index * ROW_HEIGHT - (scroller.clientHeight - ROW_HEIGHT) / 2);
    const frame = requestAnimationFrame(() => {
      scroller.scrollTop = top;
      scrollPending.current = null;
    });
    return () => cancelAnimationFrame(frame);
  }, [items, height, gridRef]);

  useEffect(() => {
    const search = writeListState(window.location.search, { filters, sort, offerId: selected });
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [filters, sort, selected]);
  useEffect(() => {
    try { window.localStorage.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(visible)); } catch { /* storage off: the choice lasts this visit */ }
  }, [visible]);

  const columns: TableColumnDefinition<OfferSummary>[] = useMemo(() => OFFER_COLUMNS.filter((c) => visible.includes(c.id)).map((c) => createTableColumn<OfferSummary>({
    columnId: c.id,
    // The server sorts; a column is sortable when it names a server sort key (the client compare is neutral).
    compare: c.sortKey ? neutral : undefined,
    renderHeaderCell: () => c.label,
    renderCell: (o) => renderOfferCell(c, o),
  })), [visible]);
  const columnSizing = useMemo(() => Object.fromEntries(OFFER_COLUMNS.map((c) => [c.id, { idealWidth: c.width, defaultWidth: c.width, minWidth: 60 }])), []);

  const sortKey = sort.replace(/^-/, '');
  const sortState = { sortColumn: (OFFER_COLUMNS.find((c) => c.sortKey === sortKey)?.id ?? 'name') as TableColumnId, sortDirection: sort.startsWith('-') ? 'descending' as const : 'ascending' as const };
  const onSortChange: DataGridProps['onSortChange'] = (_, s) => {
    const key = OFFER_COLUMNS.find((c) => c.id === s.sortColumn)?.sortKey;
    if (key) setSort((s.sortDirection === 'descending' ? `-${key}` : key) as OfferSort);
  };

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    setExportError(null);
    try {
      const { blob, filename } = await api.exportOffers(format, { ...filters, sort });
      downloadBlob(blob, filename);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  };

  const rowSelection = useMemo(() => ({ selected, select: setSelected }), [selected]);
  const firstLoad = loading && items.length === 0;
  const empty = !loading && !error && items.length === 0;
  return (
    <section className={styles.root} aria-labelledby="offers-heading">
      <VisuallyHidden as="h2" id="offers-heading">Leverandørliste</VisuallyHidden>
      <OfferFiltersBar filters={filters} onChange={setFilters} />
      <div className={styles.toolbar}>
        <Text className={styles.count} role="status" aria-live="polite" data-testid="offer-count">
          {firstLoad ? 'Henter tilbud …' : `${formatInt(items.length)} af ${formatInt(total)} tilbud`}
          {loading && items.length > 0 ? ' (henter flere …)' : ''}
        </Text>
        {loading && <Spinner size="tiny" aria-label="Henter" />}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<ColumnTripleEditRegular />}>Kolonner</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList checkedValues={{ columns: visible }} onCheckedValueChange={(_, d) => setVisible(d.checkedItems.length ? OFFER_COLUMNS.map((c) => c.id).filter((id) => d.checkedItems.includes(id)) : visible)}>
              {OFFER_COLUMNS.map((c) => <MenuItemCheckbox key={c.id} name="columns" value={c.id}>{c.label}</MenuItemCheckbox>)}
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportAs('csv')}>Eksportér CSV</Button>
        <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportAs('xlsx')}>Eksportér Excel</Button>
      </div>
      <ErrorBar error={error} title="Tilbuddene kunne ikke hentes" />
      <ErrorBar error={exportError} title="Eksporten mislykkedes" />
      <div ref={gridRef} className={styles.gridBox}>
        <DataGrid
          items={items}
          columns={columns}
          getRowId={(o: OfferSummary) => o.id}
          sortable
          sortState={sortState}
          onSortChange={onSortChange}
          resizableColumns
          // Columns keep their widths instead of being squeezed to the container: with many columns
          // switched on (or at 350 px) the body scrolls sideways and the header follows it (the
          // react-window DataGrid syncs them), while the page itself never gets wider.
          resizableColumnsOptions={{ autoFitColumns: false }}
          columnSizingOptions={columnSizing}
          focusMode="cell"
          size="small"
          aria-label="Tilbud på leverandørlisten"
          aria-busy={loading}
          // Enter on a cell opens its row's offer. preventDefault: otherwise the same keystroke's default
          // action lands on the pane's first button ("Luk") and closes the pane it just opened.
          onKeyDown={(e: React.KeyboardEvent<HTMLElement>) => {
            const id = e.key === 'Enter' ? (e.target as HTMLElement).closest<HTMLElement>('[data-offer-id]')?.dataset.offerId : undefined;
            if (id) { e.preventDefault(); setSelected(id); }
          }}
          aria-rowcount={items.length + 1}
        >
          {/* The header sits outside the virtualised body, which scrolls on its own: it stays in view. */}
          <DataGridHeader className={styles.header}>
            <DataGridRow>
              {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
            </DataGridRow>
          </DataGridHeader>
          <RowSelection.Provider value={rowSelection}>
            <DataGridBody<OfferSummary> itemSize={ROW_HEIGHT} height={firstLoad || empty ? 0 : height}>
              {renderOfferRow}
            </DataGridBody>
          </RowSelection.Provider>
        </DataGrid>
        {firstLoad && <GridSkeleton />}
        {empty && <GridEmpty filtered={hasFilters(filters)} onReset={() => setFilters({})} />}
      </div>
      {selected && <Suspense fallback={null}><OfferDetailPane offerId={selected} onClose={closeDetail} /></Suspense>}
    </section>
  );
}
