import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PassThrough, Readable } from 'node:stream';
import { OPERATING_FORM_LABELS } from '../../domain/providers/offer';
import type { OfferSummary } from './offer-mapping';
import { COLUMNS, neutraliseCell, type ColumnKey } from './offer-table';

const dkDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '');
const dkAmount = (kr: number) => kr.toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One row per offer; the rate columns carry its first current rate so the file imports again. */
export function offerToCells(o: OfferSummary): Record<ColumnKey, string> {
  const rate = o.currentRates[0];
  return {
    id: o.id, name: o.name, providerName: o.providerName, cvr: o.cvr, pNumber: o.pNumber ?? '',
    operatingForm: OPERATING_FORM_LABELS[o.operatingForm], address: o.address, postcode: o.postcode, city: o.city,
    municipality: o.municipality, email: o.email ?? '', phone: o.phone ?? '', sections: o.sections.join(';'),
    targetGroups: o.targetGroups.join(';'), places: String(o.places), freePlaces: String(o.freePlaces),
    freePlacesUpdatedAt: dkDate(o.freePlacesUpdatedAt), supervisionColour: o.supervisionColour ?? '',
    supervisionDate: dkDate(o.supervisionDate), termsAcceptedDate: dkDate(o.termsAcceptedDate), listStatus: o.listStatus,
    rateSection: rate?.section ?? '', rateUnit: rate?.unit ?? '', rateAmount: rate ? dkAmount(rate.amount) : '', rateValidFrom: dkDate(rate?.validFrom ?? null),
  };
}

/** The offers to export, a page at a time: an export never holds the whole list. */
export type OfferPages = AsyncIterable<OfferSummary[]>;

const csvOptions = { delimiter: ';', newline: '\r\n', escapeFormulae: false } as const;
const neutralRow = (o: OfferSummary) => {
  const cells = offerToCells(o);
  return COLUMNS.map((c) => neutraliseCell(cells[c.key]));
};

/** Semicolon-separated with a BOM: what Danish Excel opens directly. Every cell neutralised. Written as it is read. */
export function offersCsvStream(pages: OfferPages): Readable {
  return Readable.from((async function* () {
    yield `\uFEFF${Papa.unparse([COLUMNS.map((c) => c.header)], csvOptions)}\r\n`;
    for await (const page of pages) {
      if (page.length > 0) yield `${Papa.unparse(page.map(neutralRow), csvOptions)}\r\n`;
    }
  })());
}

/** The same sheet as a streamed workbook: each row is written out (committed) as soon as it is added. */
export function offersXlsxStream(pages: OfferPages): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'KL Kontrakt';
  const ws = wb.addWorksheet('Leverandørliste', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length + 2) }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    for await (const page of pages) {
      // All cells are strings, never formulas: a leading = + - @ is neutralised as in the CSV.
      for (const o of page) {
        const row = neutralRow(o);
        ws.addRow(Object.fromEntries(COLUMNS.map((c, i) => [c.key, row[i]]))).commit();
      }
    }
    ws.commit();
    await wb.commit();
  })().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}
