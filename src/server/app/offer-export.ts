import type { Readable } from 'node:stream';
import { OPERATING_FORM_LABELS } from '../../domain/providers/offer';
import type { ExportRow } from '../../export/columns';
import { danishCsvStream } from '../../export/danish-csv-stream';
import { danishXlsxStream } from '../../export/danish-xlsx-stream';
import { AppError } from '../errors';
import type { OfferSummary } from './offer-mapping';
import type { OfferQuery } from './offers';
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

/** Rows per page read for an export: one keyset query each, so no connection is held between pages. */
export const EXPORT_PAGE_SIZE = 500;

type ListPage = (q: OfferQuery) => Promise<{ items: OfferSummary[]; nextCursor: string | null }>;

/**
 * The filtered list page by page (keyset, in the list's order). Each page is its own short query;
 * when the export stops (the client left, a failure) the generator is ended and reads no further page.
 */
export async function* offerPages(list: ListPage, filters: Omit<OfferQuery, 'cursor' | 'limit'>, pageSize = EXPORT_PAGE_SIZE): OfferPages {
  let cursor: string | undefined;
  do {
    const page = await list({ ...filters, cursor, limit: pageSize });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** An export cut off by a failure after its first bytes were sent; the cause is logged, not sent. */
export class ExportInterrupted extends AppError {
  constructor() { super('export.interrupted', 'Eksporten blev afbrudt af en fejl på serveren. Hent filen igen.'); }
}

/**
 * Told of a failure while reading the rows, after `rowsWritten` of them; returns the error that ends
 * the stream (the route: the cause itself while nothing has been sent, so the error handler answers
 * with its status; else, logged, ExportInterrupted).
 */
export type ExportFailure = (error: unknown, rowsWritten: number) => unknown;

async function* rows(pages: OfferPages, onFailure: ExportFailure): AsyncIterable<ExportRow<ColumnKey>[]> {
  let written = 0;
  try {
    for await (const page of pages) {
      yield page.map(offerToRow);
      written += page.length;
    }
  } catch (e) {
    throw onFailure(e, written);
  }
}

const asIs: ExportFailure = (e) => e;

/** Semicolon-separated with a BOM, CRLF and guarded cells (what Danish Excel opens), written as it is read. */
export function offersCsvStream(pages: OfferPages, onFailure: ExportFailure = asIs): Readable {
  return danishCsvStream(COLUMNS, rows(pages, onFailure));
}

/** XLSX with numeric and date cells, a header row and frozen panes, each row written out as it is added. */
export function offersXlsxStream(pages: OfferPages, onFailure: ExportFailure = asIs): Readable {
  return danishXlsxStream({ name: 'Leverandørliste', columns: COLUMNS, rows: rows(pages, onFailure) });
}
