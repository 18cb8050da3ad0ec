/**
 * The provider list's columns: label, width and cell. Widths are content widths (each cell adds 16 px
 * padding); the defaults add up to 1055 + 9 × 16 = 1199 px, so Status and the rate fit a 1280 px tab
 * (1248 px inside its padding) without wrapping (cells truncate with the full text
 * on hover); sortable columns name the server's sort key (the server sorts every row, not a page).
 */
import { TableCellLayout } from '@fluentui/react-components';
import type { OfferSortKey } from '../../domain/providers/offer-sort';
import type { OfferSummary } from '../../ui/api/types';
import { formatDate, formatInt, formatKr, LIST_STATUS_LABELS, operatingFormLabel, sectionLabel } from '../../ui/format';
import { SupervisionBadge } from '../components/Badges';

export interface OfferColumn {
  id: string;
  label: string;
  width: number;
  sortKey?: OfferSortKey;
  /** Plain text of the cell (shown in full on hover when truncated); omitted for badge cells. */
  text?: (o: OfferSummary) => string;
  render?: (o: OfferSummary) => React.ReactNode;
}

const rateText = (o: OfferSummary) => {
  const r = o.currentRates[0];
  return r ? `${formatKr(r.amount)}/${r.unit}` : '–';
};

export const OFFER_COLUMNS: OfferColumn[] = [
  { id: 'name', label: 'Tilbud', width: 210, sortKey: 'name', text: (o) => o.name },
  { id: 'providerName', label: 'Leverandør', width: 165, sortKey: 'providerName', text: (o) => o.providerName },
  { id: 'municipality', label: 'Kommune', width: 105, sortKey: 'municipality', text: (o) => o.municipality },
  { id: 'sections', label: 'Paragraffer', width: 95, text: (o) => o.sections.map(sectionLabel).join(', ') },
  { id: 'operatingForm', label: 'Driftsform', width: 90, text: (o) => operatingFormLabel(o.operatingForm) },
  { id: 'freePlaces', label: 'Ledige', width: 75, sortKey: 'freePlaces', text: (o) => `${formatInt(o.freePlaces)} af ${formatInt(o.places)}` },
  { id: 'rate', label: 'Takst', width: 135, text: rateText },
  { id: 'supervision', label: 'Tilsyn', width: 70, render: (o) => <SupervisionBadge colour={o.supervisionColour} /> },
  { id: 'listStatus', label: 'Status', width: 110, sortKey: 'listStatus', text: (o) => LIST_STATUS_LABELS[o.listStatus] },
  { id: 'targetGroups', label: 'Målgrupper', width: 200, text: (o) => o.targetGroups.join(', ') },
  { id: 'cvr', label: 'CVR', width: 95, text: (o) => o.cvr },
  { id: 'updatedAt', label: 'Opdateret', width: 105, sortKey: 'updatedAt', text: (o) => formatDate(o.updatedAt) },
];

export const DEFAULT_COLUMNS = ['name', 'providerName', 'municipality', 'sections', 'operatingForm', 'freePlaces', 'rate', 'supervision', 'listStatus'];

/** One line per cell: long text ends in an ellipsis and the title attribute gives it in full. */
export function renderOfferCell(c: OfferColumn, o: OfferSummary): React.ReactNode {
  if (c.render) return c.render(o);
  const t = c.text!(o);
  return <TableCellLayout truncate title={t}>{t}</TableCellLayout>;
}
