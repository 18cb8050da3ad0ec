import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import { parseDanishCsv, restoreCell } from '../../export/danish-csv';
import { validateOffer } from '../../domain/providers/offer-validation';
import { LIST_STATUSES, RATE_UNITS, SUPERVISION_COLOURS } from '../../domain/providers/offer';
import type { Config } from '../config';
import type { DB } from '../db/schema';
import { AppError, CprRefused, InvalidCharacters, ValidationFailed } from '../errors';
import { hasForbiddenCharacters } from '../http/input-integrity';
import type { Principal } from '../http/auth';
import { valueContainsCpr } from '../http/cpr-guard';
import { containsCprNumber } from '../../domain/privacy/cpr';
import { isRealDate } from '../../domain/contract/parsers/calendar';
import { writeAudit } from './audit';
import { inputToFields, inputToRow, offerInputSchema, toOre, type OfferInput, type RateInput } from './offer-mapping';
import { amountFromText, columnForHeader, dateFromText, operatingFormFromText, type ColumnKey } from './offer-table';

export type ImportFormat = 'csv' | 'xlsx';

export interface ImportRowError { row: number; field: string | null; message: string }

interface ParsedRow { row: number; cells: Partial<Record<ColumnKey, string>> }

interface ValidRow { row: number; id: string | null; version: number | null; input: OfferInput; rate: RateInput | null }

export interface ImportResult {
  dryRun: boolean;
  format: ImportFormat;
  total: number;
  valid: number;
  invalid: number;
  errors: ImportRowError[];
  /** What would be (or was) done per valid row. */
  rows: { row: number; action: 'create' | 'update'; id: string | null; name: string }[];
  created: number;
  updated: number;
}

class ImportUnreadable extends AppError {
  constructor(message: string) { super('input.invalid', message); }
}

/** Between the check and the commit another change won: nothing is saved (the offer is not silently reverted). */
export class ImportConflict extends AppError {
  constructor(row: number, name: string) {
    super('import.conflict', `Importen blev ikke gennemført: tilbuddet «${name}» (række ${row}) blev ændret af en anden under importen. Eksportér listen igen, og ret i den nye fil; intet er gemt.`);
  }
}

const staleMessage = (name: string, inFile: number, now: number) =>
  `«${name}» er ændret, siden filen blev eksporteret (version ${inFile} i filen, nu ${now}). Eksportér listen igen og ret i den nye fil, så ingen andres ændringer overskrives.`;

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
 * CSV/XLSX import. The dry run lists every bad row with its row number and a Danish reason; a
 * commit saves everything in one transaction or nothing at all (any bad row refuses the whole file).
 */
const YIELD_EVERY = 500;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function importOffers(
  db: Kysely<DB>, config: Config, actor: Principal, format: ImportFormat, data: Buffer, dryRun: boolean, now: Date, idempotencyKey?: string,
): Promise<ImportResult> {
  // A CPR number anywhere in the file refuses it as a whole (readRows); the parsed cells once more, as mapped.
  const { rows } = await readRows(format, data);
  // A large file is checked in slices with a turn of the event loop between them, so that other
  // requests are answered meanwhile (issue 16.4).
  for (let i = 0; i < rows.length; i++) {
    if (valueContainsCpr(rows[i]!.cells)) throw new CprRefused();
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToOthers();
  }
  if (rows.length === 0) throw new ImportUnreadable('Filen har ingen datarækker.');
  const errors: ImportRowError[] = [];
  const valid: ValidRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToOthers();
    // Errors of this row are those added from here on (not a scan of all errors: quadratic on big files).
    const before = errors.length;
    const v = toRow(r, errors);
    if (!v) continue;
    for (const p of validateOffer(inputToFields(v.input), config.municipalities)) errors.push({ row: r.row, field: p.field, message: p.message });
    if (errors.length === before) valid.push(v);
  }
  const ids = valid.map((v) => v.id).filter((x): x is string => x !== null);
  const existing = new Map(ids.length > 0 ? (await db.selectFrom('offers').select(['id', 'version']).where('id', 'in', ids).execute()).map((r) => [r.id, r.version]) : []);
  for (const v of valid) {
    if (v.id === null) continue;
    const current = existing.get(v.id);
    if (current === undefined) errors.push({ row: v.row, field: 'id', message: `Der findes intet tilbud med id "${v.id}"; lad id være tomt for at oprette et nyt.` });
    else if (v.version !== null && v.version !== current) errors.push({ row: v.row, field: 'version', message: staleMessage(v.input.name, v.version, current) });
  }
  errors.sort((a, b) => a.row - b.row);
  const invalidRows = new Set(errors.map((e) => e.row));
  const plan = valid.filter((v) => !invalidRows.has(v.row)).map((v) => ({ ...v, action: v.id ? 'update' as const : 'create' as const }));
  const result: ImportResult = {
    dryRun, format, total: rows.length, valid: plan.length, invalid: invalidRows.size, errors,
    rows: plan.map((p) => ({ row: p.row, action: p.action, id: p.id, name: p.input.name })), created: 0, updated: 0,
  };
  if (dryRun) return result;
  if (errors.length > 0) throw new ValidationFailed(`Importen blev ikke gennemført: ${invalidRows.size} række(r) har fejl. Ret dem og prøv igen; intet er gemt.`, errors);

  return db.transaction().execute(async (trx) => {
    if (idempotencyKey) {
      // The key row is taken first: a parallel commit with the same key waits here for this one's commit, then
      // finds the row and answers its result; if this one rolls back, the waiting one goes ahead instead.
      const claimed = await trx.insertInto('import_commits').values({ actor_id: actor.id, key: idempotencyKey, result: JSON.stringify(result), created_at: now })
        .onConflict((oc) => oc.columns(['actor_id', 'key']).doNothing()).returning('key').executeTakeFirst();
      if (!claimed) {
        const first = await trx.selectFrom('import_commits').select('result').where('actor_id', '=', actor.id).where('key', '=', idempotencyKey).executeTakeFirstOrThrow();
        return first.result as ImportResult;
      }
    }
    for (const p of plan) {
      const id = p.id ?? randomUUID();
      if (p.action === 'create') {
        await trx.insertInto('offers').values({ id, ...inputToRow(p.input, now), created_at: now, free_places_updated_at: p.input.freePlacesUpdatedAt ?? now }).execute();
      } else {
        // Only the version the file was based on: a change that won since (after the check above) stops the import.
        const done = await trx.updateTable('offers').set({ ...inputToRow(p.input, now), version: sql`version + 1` })
          .where('id', '=', id).where('version', '=', p.version!).executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) throw new ImportConflict(p.row, p.input.name);
      }
      if (p.rate) {
        const r = p.rate;
        const same = await trx.selectFrom('rates').select('id').where('offer_id', '=', id).where('section', '=', r.section).where('unit', '=', r.unit)
          .where('valid_from', '=', r.validFrom).where('amount_ore', '=', toOre(r.amount)).executeTakeFirst();
        if (!same) await trx.insertInto('rates').values({ offer_id: id, section: r.section, unit: r.unit, amount_ore: toOre(r.amount), valid_from: r.validFrom, created_at: now, created_by: actor.id }).execute();
      }
      p.id = id;
    }
    result.created = plan.filter((p) => p.action === 'create').length;
    result.updated = plan.length - result.created;
    result.rows = plan.map((p) => ({ row: p.row, action: p.action, id: p.id, name: p.input.name }));
    await writeAudit(trx, actor, { action: 'offers.imported', entity: 'import', entityId: null, detail: { format, created: result.created, updated: result.updated } }, now);
    if (idempotencyKey) {
      await trx.updateTable('import_commits').set({ result: JSON.stringify(result) }).where('actor_id', '=', actor.id).where('key', '=', idempotencyKey).execute();
    }
    return result;
  });
}

/** Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header): an opaque string, here at most 200 safe characters. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'Idempotency-Key må kun indeholde bogstaver, tal og . _ : - (højst 200 tegn).').optional();

export const importQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  format: z.enum(['csv', 'xlsx']).optional(),
});
