import { OPERATING_FORM_LABELS, OPERATING_FORMS, type OperatingForm } from '../../domain/providers/offer';
import { AMOUNT, DATE, INTEGER, type ExportColumn } from '../../export/columns';

/**
 * The spreadsheet form of an offer (CSV/XLSX import and export share it). Danish headers; an
 * export can be edited and imported again (the id column matches existing offers). The formats make
 * XLSX cells numbers and dates, and CSV cells Danish number and date text (src/export).
 */
export const COLUMNS = [
  { key: 'id', header: 'id' },
  { key: 'name', header: 'Navn' },
  { key: 'providerName', header: 'Leverandør' },
  { key: 'cvr', header: 'CVR' },
  { key: 'pNumber', header: 'P-nummer' },
  { key: 'operatingForm', header: 'Driftsform' },
  { key: 'address', header: 'Adresse' },
  { key: 'postcode', header: 'Postnr' },
  { key: 'city', header: 'By' },
  { key: 'municipality', header: 'Kommune' },
  { key: 'email', header: 'E-mail' },
  { key: 'phone', header: 'Telefon' },
  { key: 'sections', header: 'Paragraffer' },
  { key: 'targetGroups', header: 'Målgrupper' },
  { key: 'places', header: 'Pladser', format: INTEGER },
  { key: 'freePlaces', header: 'Ledige pladser', format: INTEGER },
  { key: 'freePlacesUpdatedAt', header: 'Ledige pladser opdateret', format: DATE },
  { key: 'supervisionColour', header: 'Tilsynsstatus' },
  { key: 'supervisionDate', header: 'Tilsynsdato', format: DATE },
  { key: 'termsAcceptedDate', header: 'Standardvilkår accepteret', format: DATE },
  { key: 'listStatus', header: 'Listestatus' },
  { key: 'rateSection', header: 'Takst paragraf' },
  { key: 'rateUnit', header: 'Takst enhed' },
  { key: 'rateAmount', header: 'Takst (kr.)', format: AMOUNT },
  { key: 'rateValidFrom', header: 'Takst gyldig fra', format: DATE },
  // The version the row was exported at: an import that updates the offer refuses it if someone changed it since.
  { key: 'version', header: 'Version', format: INTEGER },
] as const satisfies readonly ExportColumn[];
export type ColumnKey = (typeof COLUMNS)[number]['key'];

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s._-]+/g, ' ');
const HEADER_TO_KEY = new Map<string, ColumnKey>(COLUMNS.flatMap((c) => [[norm(c.header), c.key], [norm(c.key), c.key]]));

export function columnForHeader(header: string): ColumnKey | undefined {
  return HEADER_TO_KEY.get(norm(header));
}

export function operatingFormFromText(s: string): OperatingForm | null {
  const t = norm(s);
  for (const f of OPERATING_FORMS) if (t === norm(OPERATING_FORM_LABELS[f]) || t === norm(f)) return f;
  return null;
}

/** dd-mm-yyyy (as shown in Denmark), dd.mm.yyyy or yyyy-mm-dd → yyyy-mm-dd; null when not a date form. */
export function dateFromText(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

/** Danish amounts: "2.450,00", "2450,5", "2450.50" (a single dot with 1–2 decimals is a decimal point). */
export function amountFromText(s: string): number | null {
  const t = s.replace(/kr\.?/i, '').replace(/\s/g, '');
  if (t === '') return null;
  let v: string;
  if (/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(t) || /^\d+(,\d+)?$/.test(t)) v = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(\.\d{1,2})?$/.test(t)) v = t;
  else return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
