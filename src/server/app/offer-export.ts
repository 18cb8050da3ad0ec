import { OPERATING_FORM_LABELS } from '../../domain/providers/offer';
import type { ExportRow } from '../../export/columns';
import { toDanishCsvTable } from '../../export/danish-csv';
import { toDanishXlsx } from '../../export/danish-xlsx';
import type { OfferSummary } from './offer-mapping';
import { COLUMNS, type ColumnKey } from './offer-table';

/**
 * One row per offer, typed by COLUMNS (numbers, ISO dates, text); the rate columns carry its first
 * current rate so the file imports again. The shared writers in src/export make it Danish CSV or XLSX.
 */
export function offerToRow(o: OfferSummary): ExportRow<ColumnKey> {
  const rate = o.currentRates[0];
  return {
    id: o.id, name: o.name, providerName: o.providerName, cvr: o.cvr, pNumber: o.pNumber,
    operatingForm: OPERATING_FORM_LABELS[o.operatingForm], address: o.address, postcode: o.postcode, city: o.city,
    municipality: o.municipality, email: o.email, phone: o.phone, sections: o.sections.join(';'),
    targetGroups: o.targetGroups.join(';'), places: o.places, freePlaces: o.freePlaces,
    freePlacesUpdatedAt: o.freePlacesUpdatedAt, supervisionColour: o.supervisionColour,
    supervisionDate: o.supervisionDate, termsAcceptedDate: o.termsAcceptedDate, listStatus: o.listStatus,
    rateSection: rate?.section, rateUnit: rate?.unit, rateAmount: rate?.amount, rateValidFrom: rate?.validFrom,
  };
}

/** Semicolon-separated with a BOM, CRLF and guarded cells: what Danish Excel opens directly. */
export function offersToCsv(offers: OfferSummary[]): Buffer {
  return Buffer.from(toDanishCsvTable(COLUMNS, offers.map(offerToRow)), 'utf8');
}

/** XLSX with numeric and date cells, a header row and frozen panes. */
export async function offersToXlsx(offers: OfferSummary[]): Promise<Buffer> {
  const bytes = await toDanishXlsx([{ name: 'Leverandørliste', columns: COLUMNS, rows: offers.map(offerToRow) }]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
