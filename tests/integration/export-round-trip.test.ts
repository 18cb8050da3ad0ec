/**
 * Issue 14 point 7: an export → edit → import round trip keeps every value, in CSV (Danish Excel's
 * format, formula-guarded cells) and in XLSX (numeric and date cells). The offer's values are the
 * kind that break naive exports: a phone starting with +, text starting with = - @, æøå, a `;`,
 * an amount with øre, a postcode with a leading zero.
 */
import ExcelJS from 'exceljs';
import { parseDanishCsv, toDanishCsv } from '../../src/export/danish-csv';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { startTestApp, validOffer, type TestApp } from './helpers/test-app';
import type { Database } from '../../src/server/db/connect';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(DATABASE_KINDS)('export → edit → import round trip on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let t: TestApp;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    t = await startTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await tdb?.drop();
  });

  /** The offer as the API returns it, without what an update changes by itself. */
  const stable = async (id: string) => {
    const { version: _v, updatedAt: _u, createdAt: _c, etag: _e, ...rest } = (await t.call('GET', `/api/offers/${id}`)).json();
    return rest as Record<string, unknown>;
  };

  const createTricky = async (name: string) => {
    const res = await t.call('POST', '/api/offers', {
      body: validOffer({
        name, providerName: '-Minus & Ø; Co (fiktivt)', phone: '+45 12 34 56 78', address: '@Åvej 1', postcode: '0800', city: 'Høje-Taastrup',
        rates: [{ section: '107', unit: 'dag', amount: 2450.55, validFrom: `${year}-01-01` }],
      }),
    });
    expect(res.status).toBe(201);
    return res.json().id as string;
  };

  test('CSV: the guarded phone and texts re-import unchanged; only the edited cell changes', async () => {
    const id = await createTricky('=Rundtur CSV (fiktivt)');
    const before = await stable(id);
    const csv = await t.call('GET', `/api/offers/export?format=csv&q=${encodeURIComponent('Rundtur CSV')}`);
    expect(csv.status).toBe(200);
    const text = csv.raw.toString('utf8');
    expect(text).toContain(";'+45 12 34 56 78;");
    expect(text).toContain(';2450,55;');
    // The user edits the free places in Excel and saves (Danish Excel keeps ; and the apostrophes).
    const rows = parseDanishCsv(text).filter((r) => r.some((c) => c !== ''));
    const header = rows[0] as string[];
    expect(rows).toHaveLength(2);
    const row = rows[1] as string[];
    row[header.indexOf('Ledige pladser')] = '3';
    const edited = toDanishCsv(header, [row]);
    const imp = await t.call('POST', '/api/offers/import?dryRun=false', { payload: edited, headers: { 'content-type': 'text/csv' } });
    expect(imp.status).toBe(200);
    expect(imp.json()).toMatchObject({ created: 0, updated: 1, invalid: 0 });
    const after = await stable(id);
    expect(after).toEqual({ ...before, freePlaces: 3, freePlacesUpdatedAt: after.freePlacesUpdatedAt });
    expect(after.phone).toBe('+45 12 34 56 78');
  });

  test('XLSX: numbers and dates are cells of their type, and every value re-imports unchanged', async () => {
    const id = await createTricky('=Rundtur XLSX (fiktivt)');
    const before = await stable(id);
    const x = await t.call('GET', `/api/offers/export?format=xlsx&q=${encodeURIComponent('Rundtur XLSX')}`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const col = (header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
    const row = ws.getRow(2);
    expect(row.getCell(col('Takst (kr.)')).value).toBe(2450.55);
    expect(row.getCell(col('Pladser')).value).toBe(10);
    expect(row.getCell(col('Tilsynsdato')).value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(row.getCell(col('Telefon')).value).toBe('+45 12 34 56 78');
    expect(row.getCell(col('Postnr')).value).toBe('0800');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    row.getCell(col('Ledige pladser')).value = 4;
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const imp = await t.call('POST', '/api/offers/import?dryRun=false', { payload: edited, headers: { 'content-type': XLSX_TYPE } });
    expect(imp.status).toBe(200);
    expect(imp.json()).toMatchObject({ created: 0, updated: 1, invalid: 0 });
    const after = await stable(id);
    expect(after).toEqual({ ...before, freePlaces: 4, freePlacesUpdatedAt: after.freePlacesUpdatedAt });
  });
});
