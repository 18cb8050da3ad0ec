import ExcelJS from 'exceljs';
import { parseDanishCsv, restoreCell } from '../../export/danish-csv';
import { validateOffer } from '../../domain/providers/offer-validation';
import { LIST_STATUSES, RATE_UNITS, SUPERVISION_COLOURS } from '../../domain/providers/offer';
import { AppError, CprRefused, InvalidCharacters } from '../errors';
import { hasForbiddenCharacters } from '../http/input-integrity';
import { valueContainsCpr } from '../http/cpr-guard';
import { containsCprNumber } from '../../domain/privacy/cpr';
import { isRealDate } from '../../domain/contract/parsers/calendar';
import { inputToFields, offerInputSchema, type OfferInput, type RateInput } from './offer-mapping';
import { amountFromText, columnForHeader, dateFromText, operatingFormFromText, type ColumnKey } from './offer-table';

/**
 * Reading and checking an import file: no database, no I/O, so that a large file is checked in a
 * worker thread (offer-import-pool.ts) while the server answers other requests (issue 16.4).
 */
export type ImportFormat = 'csv' | 'xlsx';

export interface ImportRowError { row: number; field: string | null; message: string }

interface ParsedRow { row: number; cells: Partial<Record<ColumnKey, string>> }

export interface ValidRow { row: number; id: string | null; version: number | null; input: OfferInput; rate: RateInput | null }

/** A valid row as a dry run needs it: the preview names the offer; the fields stay in the worker. */
export interface PreviewRow { row: number; id: string | null; version: number | null; name: string }

export interface ImportCheck { total: number; errors: ImportRowError[]; valid: ValidRow[] }

export class ImportUnreadable extends AppError {
  constructor(message: string) { super('input.invalid', message); }
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v);
}

async function readRows(format: ImportFormat, data: Buffer): Promise<{ rows: ParsedRow[]; unknownHeaders: string[] }> {
  let matrix: { row: number; values: string[] }[] = [];
  if (format === 'csv') {
    // The shared reader (src/export) undoes the export's formula guard: '+45 … comes back as +45 ….
    // Row numbers as a spreadsheet shows the file (header = row 1); blank rows keep their number.
    matrix = parseDanishCsv(data.toString('utf8')).map((values, i) => ({ row: i + 1, values }))
      .filter((r) => r.values.some((v) => v.trim() !== ''));
  } else {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new ImportUnreadable('Filen kunne ikke læses som et Excel-regneark (.xlsx).');
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new ImportUnreadable('Regnearket har ingen faner.');
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const values: string[] = [];
      // A guarded value pasted from a CSV export ('+45 …) is restored as in a CSV import.
      for (let c = 1; c <= r.cellCount; c++) values.push(restoreCell(cellText(r.getCell(c).value)));
      if (values.some((v) => v.trim() !== '')) matrix.push({ row: rowNumber, values });
    });
  }
  const header = matrix.shift();
  if (!header) throw new ImportUnreadable('Filen er tom: der mangler en overskriftsrække.');
  const keys = header.values.map((h) => columnForHeader(h));
  refuseCprCells(header.values, keys, matrix);
  const unknownHeaders = header.values.filter((h, i) => h.trim() !== '' && keys[i] === undefined);
  if (!keys.includes('name')) throw new ImportUnreadable('Overskriftsrækken mangler kolonnen "Navn". Brug eksportens kolonner som skabelon.');
  const rows = matrix.map(({ row, values }) => {
    const cells: Partial<Record<ColumnKey, string>> = {};
    keys.forEach((k, i) => { if (k) cells[k] = (values[i] ?? '').trim(); });
    return { row, cells };
  });
  return { rows, unknownHeaders };
}

/**
 * A CPR number in any cell refuses the file as a whole (nothing is parsed further or stored):
 * the header, columns the import does not know and cells it would drop included. Only a bare
 * 10-digit P-number in the P-number column is exempt, as in the request guard.
 */
function refuseCprCells(header: string[], keys: (ColumnKey | undefined)[], matrix: { values: string[] }[]): void {
  if (header.some((h) => hasForbiddenCharacters(h))) throw new InvalidCharacters();
  if (header.some((h) => containsCprNumber(h))) throw new CprRefused();
  for (const { values } of matrix) {
    values.forEach((v, i) => {
      if (hasForbiddenCharacters(v)) throw new InvalidCharacters();
      if (keys[i] === 'pNumber' && /^\d{10}$/.test(v.trim())) return;
      if (containsCprNumber(v)) throw new CprRefused();
    });
  }
}

const LABELS: Record<string, string> = {
  name: 'Navn', providerName: 'Leverandør', cvr: 'CVR', pNumber: 'P-nummer', operatingForm: 'Driftsform', address: 'Adresse',
  postcode: 'Postnr', city: 'By', municipality: 'Kommune', email: 'E-mail', phone: 'Telefon', sections: 'Paragraffer',
  targetGroups: 'Målgrupper', places: 'Pladser', freePlaces: 'Ledige pladser', freePlacesUpdatedAt: 'Ledige pladser opdateret',
  supervisionColour: 'Tilsynsstatus', supervisionDate: 'Tilsynsdato', termsAcceptedDate: 'Standardvilkår accepteret', listStatus: 'Listestatus',
};

function toRow(p: ParsedRow, errors: ImportRowError[]): ValidRow | null {
  const c = p.cells;
  const bad = (field: string | null, message: string) => { errors.push({ row: p.row, field, message }); };
  const before = errors.length;
  const opt = (v: string | undefined) => (v === undefined || v === '' ? null : v);
  const list = (v: string | undefined) => (v ?? '').split(/[;,|]/).map((s) => s.replace(/§/g, '').trim()).filter(Boolean);
  const int = (key: ColumnKey) => {
    const v = c[key] ?? '';
    if (!/^\d+$/.test(v)) { bad(key, `${LABELS[key] ?? key} skal være et helt tal, ikke "${v}".`); return 0; }
    return Number(v);
  };
  const date = (key: ColumnKey) => {
    const v = opt(c[key]);
    if (v === null) return null;
    const d = dateFromText(v);
    if (!d) bad(key, `${LABELS[key] ?? key}: "${v}" er ikke en dato (dd-mm-åååå).`);
    return d;
  };
  const form = operatingFormFromText(c.operatingForm ?? '');
  if (!form) bad('operatingForm', `Driftsform skal være privat, selvejende, kommunal eller regional, ikke "${c.operatingForm ?? ''}".`);
  const colour = opt(c.supervisionColour)?.toLowerCase() ?? null;
  if (colour !== null && !(SUPERVISION_COLOURS as readonly string[]).includes(colour)) bad('supervisionColour', `Tilsynsstatus skal være grøn, gul eller rød, ikke "${colour}".`);
  const status = (opt(c.listStatus)?.toLowerCase() ?? 'optaget');
  if (!(LIST_STATUSES as readonly string[]).includes(status)) bad('listStatus', `Listestatus skal være optaget, suspenderet eller fjernet, ikke "${status}".`);
  const freeUpdated = date('freePlacesUpdatedAt');
  const candidate = {
    name: c.name ?? '', providerName: c.providerName ?? '', cvr: (c.cvr ?? '').replace(/\s/g, ''), pNumber: opt(c.pNumber),
    operatingForm: form ?? 'private', address: c.address ?? '', postcode: c.postcode ?? '', city: c.city ?? '',
    municipality: c.municipality ?? '', email: opt(c.email), phone: opt(c.phone), sections: list(c.sections),
    targetGroups: list(c.targetGroups), places: int('places'), freePlaces: int('freePlaces'),
    freePlacesUpdatedAt: freeUpdated ? `${freeUpdated}T00:00:00.000Z` : null,
    supervisionColour: colour, supervisionDate: date('supervisionDate'), termsAcceptedDate: date('termsAcceptedDate'), listStatus: status,
  };
  // Every reason for the row, not just the first: fields already reported are not repeated.
  let input: OfferInput | null = null;
  const parsed = offerInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set(errors.slice(before).map((e) => e.field));
    for (const i of parsed.error.issues) {
      const key = String(i.path[0] ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      bad(key || null, `${LABELS[key] ?? key}: ${i.message}.`);
    }
  } else if (errors.length === before) input = parsed.data;
  let rate: RateInput | null = null;
  const rateAny = [c.rateSection, c.rateUnit, c.rateAmount, c.rateValidFrom].some((v) => v);
  if (rateAny) {
    const amount = amountFromText(c.rateAmount ?? '');
    const parsedFrom = dateFromText(c.rateValidFrom ?? '');
    // Only a date the calendar has: 31-02-2026 is no date (issue 11.6).
    const validFrom = parsedFrom && isRealDate(Number(parsedFrom.slice(0, 4)), Number(parsedFrom.slice(5, 7)), Number(parsedFrom.slice(8, 10))) ? parsedFrom : null;
    const section = (c.rateSection ?? '').replace(/§/g, '').trim();
    const unit = (c.rateUnit ?? '').toLowerCase();
    if (amount === null || amount < 0.01) bad('rateAmount', `Takst skal være et beløb på mindst 0,01 kr., fx 2.450,00, ikke "${c.rateAmount ?? ''}".`);
    if (!validFrom) bad('rateValidFrom', 'Takstens gyldig-fra-dato mangler eller er ugyldig (dd-mm-åååå).');
    if (!(RATE_UNITS as readonly string[]).includes(unit)) bad('rateUnit', `Takstens enhed skal være dag, time eller måned, ikke "${c.rateUnit ?? ''}".`);
    if (input && !input.sections.includes(section)) bad('rateSection', `Taksten gælder § ${section}, som tilbuddet ikke har.`);
    if (amount !== null && amount >= 0.01 && validFrom && (RATE_UNITS as readonly string[]).includes(unit)) {
      rate = { section, unit: unit as RateInput['unit'], amount, validFrom };
    }
  }
  // An update must say which version it was based on (the export's Version column).
  const id = opt(c.id);
  let version: number | null = null;
  if (id !== null) {
    const v = (c.version ?? '').replace(/\./g, '').trim();
    if (!/^\d+$/.test(v)) bad('version', 'Version mangler: en række med id opdaterer et tilbud og skal have versionen fra eksporten. Eksportér listen igen og ret i den nye fil.');
    else version = Number(v);
  }
  if (errors.length > before || !input) return null;
  return { row: p.row, id, version, input, rate };
}

/**
 * Every row of the file checked on its own (the database's part, ids and versions, comes after):
 * the rows that are valid and every bad row's reasons. A CPR number anywhere refuses the file as a
 * whole (readRows; the parsed cells once more, as mapped).
 */
export async function checkImportFile(format: ImportFormat, data: Uint8Array, municipalities: readonly string[]): Promise<ImportCheck> {
  const { rows } = await readRows(format, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  for (const r of rows) if (valueContainsCpr(r.cells)) throw new CprRefused();
  if (rows.length === 0) throw new ImportUnreadable('Filen har ingen datarækker.');
  const errors: ImportRowError[] = [];
  const valid: ValidRow[] = [];
  for (const r of rows) {
    // Errors of this row are those added from here on (not a scan of all errors: quadratic on big files).
    const before = errors.length;
    const v = toRow(r, errors);
    if (!v) continue;
    for (const p of validateOffer(inputToFields(v.input), municipalities)) errors.push({ row: r.row, field: p.field, message: p.message });
    if (errors.length === before) valid.push(v);
  }
  return { total: rows.length, errors, valid };
}
