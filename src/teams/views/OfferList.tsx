import {
  Button, Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, Spinner, Text, TableCellLayout, createTableColumn,
  makeStyles, tokens, type TableColumnDefinition, type TableColumnId, type DataGridProps,
} from '@fluentui/react-components';
import { DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow, type RowRenderer } from '@fluentui-contrib/react-data-grid-react-window';
import { ArrowDownloadRegular, ColumnTripleEditRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { OfferFilters, OfferSort, OfferSummary } from '../../ui/api/types';
import { formatDate, formatInt, formatKr, LIST_STATUS_LABELS, operatingFormLabel, sectionLabel } from '../../ui/format';
import { SupervisionBadge } from '../components/Badges';
import { downloadBlob } from '../components/download';
import { ErrorBar } from '../components/ErrorBar';
import { OfferFiltersBar } from '../components/OfferFiltersBar';
import { useAvailableHeight } from '../components/use-height';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useSession } from '../session-context';
import { OfferDetailPane } from './OfferDetailPane';
import { useOffers } from './use-offers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  count: { marginRight: 'auto' },
  row: { cursor: 'pointer' },
});

/** Columns the server can sort by; the grid shows the server's order (compare is neutral). */
const SORTABLE: Record<string, OfferSort> = { name: 'name', municipality: 'municipality', freePlaces: 'freePlaces', updatedAt: 'updatedAt' };

const neutral = () => 0;
const firstRate = (o: OfferSummary) => o.currentRates[0];

const COLUMNS: { id: string; label: string; render: (o: OfferSummary) => React.ReactNode; width: number }[] = [
  // Arrow keys move between cells; Enter on any cell of a row (or a click) opens the detail pane.
  { id: 'name', label: 'Tilbud', width: 240, render: (o) => <TableCellLayout truncate>{o.name}</TableCellLayout> },
  { id: 'providerName', label: 'Leverandør', width: 200, render: (o) => <TableCellLayout truncate>{o.providerName}</TableCellLayout> },
  { id: 'municipality', label: 'Kommune', width: 120, render: (o) => o.municipality },
  { id: 'sections', label: 'Paragraffer', width: 120, render: (o) => o.sections.map(sectionLabel).join(', ') },
  { id: 'operatingForm', label: 'Driftsform', width: 110, render: (o) => operatingFormLabel(o.operatingForm) },
  { id: 'freePlaces', label: 'Ledige', width: 90, render: (o) => `${formatInt(o.freePlaces)} af ${formatInt(o.places)}` },
  { id: 'rate', label: 'Takst', width: 150, render: (o) => { const r = firstRate(o); return r ? `${formatKr(r.amount)}/${r.unit}` : '–'; } },
  { id: 'supervision', label: 'Tilsyn', width: 90, render: (o) => <SupervisionBadge colour={o.supervisionColour} /> },
  { id: 'listStatus', label: 'Status', width: 110, render: (o) => LIST_STATUS_LABELS[o.listStatus] },
  { id: 'targetGroups', label: 'Målgrupper', width: 200, render: (o) => <TableCellLayout truncate>{o.targetGroups.join(', ')}</TableCellLayout> },
  { id: 'cvr', label: 'CVR', width: 100, render: (o) => o.cvr },
  { id: 'updatedAt', label: 'Opdateret', width: 110, render: (o) => formatDate(o.updatedAt) },
];
const DEFAULT_VISIBLE = ['name', 'providerName', 'municipality', 'sections', 'operatingForm', 'freePlaces', 'rate', 'supervision', 'listStatus'];

export const ROW_HEIGHT = 44;

export function OfferList() {
  const styles = useStyles();
  const { api } = useSession();
  const [filters, setFilters] = useState<OfferFilters>({});
  const [sort, setSort] = useState<OfferSort>('name');
  const [visible, setVisible] = useState<string[]>(DEFAULT_VISIBLE);
  const [selected, setSelected] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const { items, total, loading, error } = useOffers(filters, sort);
  const [gridRef, height] = useAvailableHeight<HTMLDivElement>(240);

  const columns: TableColumnDefinition<OfferSummary>[] = useMemo(() => COLUMNS.filter((c) => visible.includes(c.id)).map((c) => createTableColumn<OfferSummary>({
    columnId: c.id,
    compare: SORTABLE[c.id] ? neutral : undefined,
    renderHeaderCell: () => c.label,
    renderCell: c.render,
  })), [visible]);
  const columnSizing = useMemo(() => Object.fromEntries(COLUMNS.map((c) => [c.id, { idealWidth: c.width, minWidth: 60 }])), []);

  const sortState = { sortColumn: sort.replace(/^-/, '') as TableColumnId, sortDirection: sort.startsWith('-') ? 'descending' as const : 'ascending' as const };
  const onSortChange: DataGridProps['onSortChange'] = (_, s) => {
    const key = SORTABLE[String(s.sortColumn)];
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

  const renderRow: RowRenderer<OfferSummary> = ({ item, rowId }, style) => (
    <DataGridRow<OfferSummary>
      key={rowId}
      style={style}
      className={styles.row}
      aria-label={item.name}
      onClick={() => setSelected(item.id)}
      data-offer-id={item.id}
    >
      {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
    </DataGridRow>
  );

  return (
    <section className={styles.root} aria-labelledby="offers-heading">
      <VisuallyHidden as="h2" id="offers-heading">Leverandørliste</VisuallyHidden>
      <OfferFiltersBar filters={filters} onChange={setFilters} />
      <div className={styles.toolbar}>
        <Text className={styles.count} role="status" aria-live="polite" data-testid="offer-count">
          {loading && items.length === 0 ? 'Henter tilbud …' : `${formatInt(items.length)} af ${formatInt(total)} tilbud`}
          {loading && items.length > 0 ? ' (henter flere …)' : ''}
        </Text>
        {loading && <Spinner size="tiny" aria-label="Henter" />}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<ColumnTripleEditRegular />}>Kolonner</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList checkedValues={{ columns: visible }} onCheckedValueChange={(_, d) => setVisible(d.checkedItems.length ? COLUMNS.map((c) => c.id).filter((id) => d.checkedItems.includes(id)) : visible)}>
              {COLUMNS.map((c) => <MenuItemCheckbox key={c.id} name="columns" value={c.id}>{c.label}</MenuItemCheckbox>)}
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportAs('csv')}>Eksportér CSV</Button>
        <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportAs('xlsx')}>Eksportér Excel</Button>
      </div>
      <ErrorBar error={error} title="Tilbuddene kunne ikke hentes" />
      <ErrorBar error={exportError} title="Eksporten mislykkedes" />
      <div ref={gridRef}>
        <DataGrid
          items={items}
          columns={columns}
          getRowId={(o: OfferSummary) => o.id}
          sortable
          sortState={sortState}
          onSortChange={onSortChange}
          resizableColumns
          columnSizingOptions={columnSizing}
          focusMode="cell"
          size="small"
          aria-label="Tilbud på leverandørlisten"
          // Enter on a cell opens its row's offer. preventDefault: otherwise the same keystroke's default
          // action lands on the pane's first button ("Luk") and closes the pane it just opened.
          onKeyDown={(e: React.KeyboardEvent<HTMLElement>) => {
            const id = e.key === 'Enter' ? (e.target as HTMLElement).closest<HTMLElement>('[data-offer-id]')?.dataset.offerId : undefined;
            if (id) { e.preventDefault(); setSelected(id); }
          }}
          aria-rowcount={items.length + 1}
        >
          <DataGridHeader>
            <DataGridRow>
              {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
            </DataGridRow>
          </DataGridHeader>
          <DataGridBody<OfferSummary> itemSize={ROW_HEIGHT} height={height}>
            {renderRow}
          </DataGridBody>
        </DataGrid>
      </div>
      {selected && <OfferDetailPane offerId={selected} onClose={() => setSelected(null)} />}
    </section>
  );
}
