import type { Readable } from 'node:stream';
import { OPERATING_FORM_LABELS } from '../../domain/providers/offer';
import type { ExportRow } from '../../export/columns';
import { danishCsvStream } from '../../export/danish-csv-stream';
import { danishXlsxStream } from '../../export/danish-xlsx';
import type { OfferSummary } from './offer-mapping';
import { COLUMNS, type ColumnKey } from './offer-table';

/**
 * One row per offer, typed by COLUMNS (numbers, ISO dates, text); the rate columns carry its first
 * current rate so the file imports again. The shared writers in src/export make it Danish CSV or XLSX.
 */
export function offerToRow(o: OfferSummary): ExportRow<ColumnKey> {
  const rate = o.currentRates[0];
  return {
    id: o.id, version: o.version, name: o.name, providerName: o.providerName, cvr: o.cvr, pNumber: o.pNumber,
    operatingForm: OPERATING_FORM_LABELS[o.operatingForm], address: o.address, postcode: o.postcode, city: o.city,
    municipality: o.municipality, email: o.email, phone: o.phone, sections: o.sections.join(';'),
    targetGroups: o.targetGroups.join(';'), places: o.places, freePlaces: o.freePlaces,
    freePlacesUpdatedAt: o.freePlacesUpdatedAt, supervisionColour: o.supervisionColour,
    supervisionDate: o.supervisionDate, termsAcceptedDate: o.termsAcceptedDate, listStatus: o.listStatus,
    rateSection: rate?.section, rateUnit: rate?.unit, rateAmount: rate?.amount, rateValidFrom: rate?.validFrom,
  };
}

/** The offers to export, a page at a time: an export never holds the whole list. */
export type OfferPages = AsyncIterable<OfferSummary[]>;

async function* rows(pages: OfferPages): AsyncIterable<ExportRow<ColumnKey>[]> {
  for await (const page of pages) yield page.map(offerToRow);
}

/** Semicolon-separated with a BOM, CRLF and guarded cells (what Danish Excel opens), written as it is read. */
export function offersCsvStream(pages: OfferPages): Readable {
  return danishCsvStream(COLUMNS, rows(pages));
}

/** XLSX with numeric and date cells, a header row and frozen panes, each row written out as it is added. */
export function offersXlsxStream(pages: OfferPages): Readable {
  return danishXlsxStream({ name: 'Leverandørliste', columns: COLUMNS, rows: rows(pages) });
}
