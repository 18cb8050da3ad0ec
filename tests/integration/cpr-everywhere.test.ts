import ExcelJS from 'exceljs';
import { containsCprNumber } from '../../src/domain/privacy/cpr';
import { valueContainsCpr } from '../../src/server/http/cpr-guard';
import type { Database } from '../../src/server/db/connect';
import { ACCEPTED, REFUSED } from '../domain/privacy/spellings';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { REVIEWER, startTestApp, validOffer, type Injected, type TestApp } from './helpers/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Navn', 'Leverandør', 'CVR', 'Driftsform', 'Adresse', 'Postnr', 'By', 'Kommune', 'Paragraffer', 'Pladser', 'Ledige pladser', 'Standardvilkår accepteret'];
const ROW = ['Importhuset (fiktivt)', 'Import ApS (fiktivt)', '12345674', 'privat', 'Vej 1', '4000', 'Roskilde', 'Roskilde', '107', '4', '0', '01-01-2024'];
const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
const csv = (rows: string[][]) => rows.map((r) => r.map(csvCell).join(';')).join('\r\n');

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tilbud');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const TABLES = ['flags', 'flag_comments', 'offers', 'rates', 'audit_log', 'outbox'] as const;

/**
 * The attack of issue 11: CPR numbers written as Word's autocorrect and people write them
 * ("120385 – 1234", full-width digits, zero-width characters, "12.03.85-1234") were stored in
 * flags, comments, offers and the outbox and reached the log. Each spelling of the domain table
 * goes into every way in; each is refused with the CPR code, and neither the database nor the log
 * holds it afterwards.
 */
describe.each(DATABASE_KINDS)('CPR numbers refused everywhere on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let t: TestApp;
  const lines: string[] = [];
  const requester = { oid: 'raadgiver-cpr', name: 'Rådgiver CPR', roles: [] as string[] };
  const reviewer = { oid: 'jurist-cpr', name: 'Jurist CPR', roles: [REVIEWER] };
  let flagId = '';
  let offerId = '';

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    t = await startTestApp(database, { env: { LOG_LEVEL: 'debug', EXPORT_RATE_PER_MINUTE: '10000', TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/webhook' }, logStream: { write: (l: string) => lines.push(l) } });
    const flag = await t.call('POST', '/api/flags', { as: requester, body: { title: 'Kontrakt til gennemgang', findings: [], target: { kind: 'webhook' } } });
    expect(flag.status).toBe(201);
    flagId = flag.json().id;
    const offer = await t.call('POST', '/api/offers', { body: validOffer({ name: 'CPR-prøve (fiktivt)' }) });
    expect(offer.status).toBe(201);
    offerId = offer.json().id;
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await tdb?.drop();
  });

  const snapshot = async () => Promise.all(TABLES.map(async (table) => database.db.selectFrom(table).selectAll().execute()));

  const refused = (res: Injected, spelling: string) => {
    expect({ status: res.status, code: res.json().error?.code }).toEqual({ status: 422, code: 'privacy.cpr-refused' });
    expect(res.body).not.toContain(spelling);
    expect(containsCprNumber(res.body)).toBe(false);
  };

  const ways: [string, (cpr: string) => Promise<Injected>][] = [
    ['flag title', (cpr) => t.call('POST', '/api/flags', { as: requester, body: { title: `Kontrakt ${cpr}`, findings: [] } })],
    ['flag finding message', (cpr) => t.call('POST', '/api/flags', { as: requester, body: { title: 'Kontrakt', findings: [{ rule: 'cpr.invalid', category: 'fejl-uden-meromkostning', field: 'citizen.cpr', message: `CPR ${cpr}` }] } })],
    ['flag document URL', (cpr) => t.call('POST', '/api/flags', { as: requester, body: { title: 'Kontrakt', findings: [], documentUrl: `https://kommune.sharepoint.com/Aftale%20${encodeURIComponent(cpr)}.docx` } })],
    ['comment', (cpr) => t.call('POST', `/api/flags/${flagId}/comments`, { as: requester, body: { text: `Borger ${cpr}` } })],
    ['assignee name', (cpr) => t.call('PATCH', `/api/flags/${flagId}`, { as: reviewer, body: { assignee: { id: 'x', name: `Jens ${cpr}` } }, headers: { 'if-match': `"${flagId}.1"` } })],
    ['new offer', (cpr) => t.call('POST', '/api/offers', { body: validOffer({ address: `Vej ${cpr}` }) })],
    ['changed offer', (cpr) => t.call('PUT', `/api/offers/${offerId}`, { body: validOffer({ city: cpr }), headers: { 'if-match': `"${offerId}.1"` } })],
    ['query string', (cpr) => t.call('GET', `/api/offers?q=${encodeURIComponent(cpr)}`)],
    ['path', (cpr) => t.call('GET', `/api/flags/${encodeURIComponent(cpr)}`)],
    ['CSV import cell', (cpr) => t.call('POST', '/api/offers/import?dryRun=false', { payload: csv([HEADER, ROW.map((v, i) => (i === 4 ? `Vej ${cpr}` : v))]), headers: { 'content-type': 'text/csv' } })],
    ['CSV import, a column the import does not know', (cpr) => t.call('POST', '/api/offers/import?dryRun=false', { payload: csv([[...HEADER, 'Noter'], [...ROW, cpr]]), headers: { 'content-type': 'text/csv' } })],
    ['XLSX import cell', async (cpr) => t.call('POST', '/api/offers/import?dryRun=false', { payload: await xlsx([HEADER, ROW.map((v, i) => (i === 0 ? `Hus ${cpr}` : v))]), headers: { 'content-type': XLSX } })],
  ];

  describe.each(ways)('via %s', (_way, send) => {
    test.each(REFUSED)('%s → 422 privacy.cpr-refused, nothing stored', async (_name, cpr) => {
      const before = await snapshot();
      refused(await send(cpr), cpr);
      expect(await snapshot()).toEqual(before);
    });
  });

  test('a number cell in an XLSX sheet is read as the digits it holds', async () => {
    const res = await t.call('POST', '/api/offers/import?dryRun=true', { payload: await xlsx([[...HEADER, 'Noter'], [...ROW, 1203851234]]), headers: { 'content-type': XLSX } });
    refused(res, '1203851234');
  });

  test('near-misses pass: each is accepted as a comment and stored as written', async () => {
    for (const [name, text] of ACCEPTED) {
      const res = await t.call('POST', `/api/flags/${flagId}/comments`, { as: requester, body: { text: `Note: ${text}` } });
      expect({ name, status: res.status }).toEqual({ name, status: 201 });
    }
    const stored = await database.db.selectFrom('flag_comments').select('text').where('flag_id', '=', flagId).execute();
    expect(stored.map((c) => c.text)).toEqual(expect.arrayContaining(ACCEPTED.map(([, text]) => `Note: ${text}`.trim())));
  });

  test('a P-number in its own import column is no CPR number', async () => {
    const res = await t.call('POST', '/api/offers/import?dryRun=true', { payload: csv([[...HEADER, 'P-nummer'], [...ROW, '1203851234']]), headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(200);
  });

  test('nothing of any spelling is in the database', async () => {
    const all = await snapshot();
    // P-numbers are ten digits in their own column (p_number) by nature; everything else is free of CPR numbers.
    const rows = all.flat().map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'p_number')));
    expect(valueContainsCpr(rows)).toBe(false);
  });

  test('the log holds no CPR number, and a line that is handed one has it removed', () => {
    t.app.log.warn({ detail: 'Key (title)=(12.03.85 – 1234) already exists', n: 1203851234 }, 'driver said 120385\t1234');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.length).toBeGreaterThan(REFUSED.length * ways.length);
    expect(parsed.some((l) => l.status === 422)).toBe(true);
    for (const l of parsed) expect(valueContainsCpr(l)).toBe(false);
    const last = parsed[parsed.length - 1]!;
    expect(last).toMatchObject({ msg: 'driver said [cpr-nr. fjernet]', detail: 'Key (title)=([cpr-nr. fjernet]) already exists', n: '[cpr-nr. fjernet]' });
  });
});

describe.each(DATABASE_KINDS)('issue 11.6 rate values on %s', (kind) => {
  let tdb: TestDatabase;
  let database: Database;
  let t: TestApp;
  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    database = await tdb.open();
    t = await startTestApp(database, { env: { EXPORT_RATE_PER_MINUTE: '10000' } });
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await tdb?.drop();
  });

  test('an import rate with an unreal validFrom or under 0,01 kr. is a row error; a real one passes', async () => {
    const header = [...HEADER, 'Takst paragraf', 'Takst enhed', 'Takst (kr.)', 'Takst gyldig fra'];
    const row = (amount: string, from: string) => [...ROW, '107', 'dag', amount, from];
    const res = await t.call('POST', '/api/offers/import?dryRun=true', { payload: csv([header, row('2.450,00', '30-02-2026'), row('0,001', '01-01-2026'), row('2.450,00', '01-01-2026')]), headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.json().errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[2, 'rateValidFrom'], [3, 'rateAmount']]);
    expect(res.json().valid).toBe(1);
  });
});
