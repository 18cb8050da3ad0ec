import ExcelJS from 'exceljs';
import Papa from 'papaparse';
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

/** Semicolon-separated with a BOM: what Danish Excel opens directly. Every cell neutralised. */
export function offersToCsv(offers: OfferSummary[]): Buffer {
  const rows = offers.map((o) => {
    const cells = offerToCells(o);
    return COLUMNS.map((c) => neutraliseCell(cells[c.key]));
  });
  const csv = Papa.unparse({ fields: COLUMNS.map((c) => c.header), data: rows }, { delimiter: ';', newline: '\r\n', escapeFormulae: false });
  return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
}

export async function offersToXlsx(offers: OfferSummary[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KL Kontrakt';
  const ws = wb.addWorksheet('Leverandørliste');
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const o of offers) {
    const cells = offerToCells(o);
    // All cells are strings, never formulas: a leading = + - @ is neutralised as in the CSV.
    ws.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, neutraliseCell(cells[c.key])])));
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
