import ExcelJS from 'exceljs';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';
import { REVIEWER, startTestApp, validOffer, type TestApp } from './helpers/test-app';
import { sql } from 'kysely';
import { offerSummarySchema } from '../../src/server/app/offer-mapping';
import type { Database } from '../../src/server/db/connect';

describe.each(DATABASE_KINDS)('offers API on %s', (kind) => {
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

  const create = async (over: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/api/offers', { body: validOffer(over) });
    expect(res.status).toBe(201);
    return res;
  };

  test('health names the database; ready; OpenAPI lists the endpoints', async () => {
    const h = await t.call('GET', '/api/health', { token: null });
    expect(h.status).toBe(200);
    expect(h.json()).toMatchObject({ status: 'ok', database: kind });
    expect((await t.call('GET', '/api/ready', { token: null })).json()).toEqual({ ready: true });
    const doc = (await t.call('GET', '/api/openapi.json', { token: null })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/offers', '/api/offers/{id}', '/api/offers/import', '/api/offers/export', '/api/rate-increases', '/api/free-places', '/api/flags', '/api/flags/{id}', '/api/flags/{id}/comments', '/api/audit']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  test('create, read with ETag, list with filters and cursor paging', async () => {
    const a = await create({ name: 'Alfa Bosted (fiktivt)', municipality: 'Køge', freePlaces: 0, rates: [{ section: '107', unit: 'dag', amount: 2000, validFrom: `${year - 1}-01-01` }, { section: '107', unit: 'dag', amount: 2200, validFrom: `${year}-01-01` }] } as never);
    const offer = a.json();
    expect(a.headers.etag).toBe(`"${offer.id}.1"`);
    expect(offer.currentRates).toEqual([{ section: '107', unit: 'dag', amount: 2200, validFrom: `${year}-01-01` }]);
    expect(offer.increases).toContainEqual(expect.objectContaining({ year, increasePercent: 10, toReport: true, thresholdPercent: 5 }));
    expect(offer.supervisionStatus).toMatchObject({ colour: 'grøn', authority: 'Socialtilsyn Øst' });
    for (let i = 0; i < 5; i++) await create({ name: `Paging ${i} (fiktivt)`, municipality: 'Faxe', sections: ['108'] });
    const detail = await t.call('GET', `/api/offers/${offer.id}`);
    expect(detail.status).toBe(200);
    expect(detail.headers.etag).toBe(`"${offer.id}.1"`);
    expect(detail.json().rates).toHaveLength(2);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.call('GET', `/api/offers?municipality=Faxe&section=108&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = res.json();
      expect(page.total).toBe(5);
      seen.push(...page.items.map((o: { name: string }) => o.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `Paging ${i} (fiktivt)`));
    const desc = (await t.call('GET', '/api/offers?municipality=Faxe&sort=-name&limit=3')).json();
    expect(desc.items.map((o: { name: string }) => o.name)).toEqual([4, 3, 2].map((i) => `Paging ${i} (fiktivt)`));

    const q = (await t.call('GET', '/api/offers?q=alfa')).json();
    expect(q.items.map((o: { id: string }) => o.id)).toEqual([offer.id]);
    const all = (await t.call('GET', '/api/offers')).json().total;
    expect((await t.call('GET', `/api/offers?q=${encodeURIComponent('PRØVEVEJ')}`)).json().total).toBe(all);
    expect((await t.call('GET', '/api/offers?q=12345674')).json().total).toBe(all);
    expect((await t.call('GET', `/api/offers?q=${encodeURIComponent('%')}`)).json().total).toBe(0);
    expect((await t.call('GET', '/api/offers?hasFreePlaces=false&municipality=K%C3%B8ge')).json().total).toBe(1);
    expect((await t.call('GET', '/api/offers?targetGroup=autisme&operatingForm=private&supervision=gr%C3%B8n&listStatus=optaget')).json().total).toBeGreaterThanOrEqual(6);
    expect((await t.call('GET', '/api/offers/does-not-exist')).status).toBe(404);
    const bad = await t.call('GET', '/api/offers?cursor=notacursor');
    expect(bad.status).toBe(400);
  });

  test('a list item says what the offer\'s detail says, in the summary schema (the database writes the page)', async () => {
    const made = (await create({
      name: 'Listeform Bosted (fiktivt)', pNumber: null, email: null, phone: null, supervisionColour: null, supervisionDate: null, listStatus: 'suspenderet', termsAcceptedDate: null,
      sections: ['85', '107'], targetGroups: [], freePlacesUpdatedAt: '2026-05-04T03:02:01.987Z',
      rates: [
        { section: '107', unit: 'time', amount: 612.35, validFrom: `${year - 1}-01-01` }, { section: '107', unit: 'dag', amount: 2450.5, validFrom: `${year - 1}-01-01` },
        { section: '85', unit: 'måned', amount: 0.01, validFrom: `${year - 2}-01-01` }, { section: '85', unit: 'måned', amount: 99999.99, validFrom: `${year + 1}-01-01` },
      ],
    } as never)).json();
    const { rates: _rates, increases: _increases, supervisionStatus: _status, flags: _flags, ...summary } = made;
    const page = (await t.call('GET', '/api/offers?q=listeform')).json();
    expect(page.items).toEqual([summary]);
    expect(offerSummarySchema.strict().parse(page.items[0])).toEqual(summary);
    expect(summary.currentRates).toEqual([
      { section: '107', unit: 'dag', amount: 2450.5, validFrom: `${year - 1}-01-01` }, { section: '107', unit: 'time', amount: 612.35, validFrom: `${year - 1}-01-01` },
      { section: '85', unit: 'måned', amount: 0.01, validFrom: `${year - 2}-01-01` },
    ]);
  });

  test('paging by time changed does not repeat or skip offers changed within the same millisecond', async () => {
    for (let i = 0; i < 4; i++) await create({ name: `Tidsfølge ${i} (fiktivt)`, municipality: 'Lejre' });
    // Written by the database, timestamps carry microseconds, which a JavaScript Date cannot hold.
    await sql`update offers set updated_at = '2026-06-01T10:00:00.123456Z'::timestamptz + (substr(name, 11, 1)::int * interval '1 microsecond')
      where name like 'Tidsfølge %'`.execute(database.db);
    for (const sort of ['updatedAt', '-updatedAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.call('GET', `/api/offers?municipality=Lejre&q=tidsf&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        const p: { items: { name: string }[]; nextCursor: string | null } = res.json();
        seen.push(...p.items.map((o) => o.name));
        cursor = p.nextCursor;
      } while (cursor && seen.length < 10);
      const names = [0, 1, 2, 3].map((i) => `Tidsfølge ${i} (fiktivt)`);
      expect(seen).toEqual(sort === 'updatedAt' ? names : names.reverse());
    }
  });

  test('sorts by provider and by list status, both ways, across cursor pages', async () => {
    const rows: [string, string][] = [['Cedertræ', 'suspenderet'], ['Ahorn', 'optaget'], ['Birk', 'fjernet']];
    for (const [p, s] of rows) await create({ name: `Sortering ${p} (fiktivt)`, providerName: `${p} ApS (fiktivt)`, municipality: 'Stevns', listStatus: s });
    const all = async (sort: string, key: 'providerName' | 'listStatus') => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Record<string, string>[]; nextCursor: string | null } = (await t.call('GET', `/api/offers?municipality=Stevns&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
        seen.push(...page.items.map((o) => o[key]!));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await all('providerName', 'providerName')).toEqual(['Ahorn ApS (fiktivt)', 'Birk ApS (fiktivt)', 'Cedertræ ApS (fiktivt)']);
    expect(await all('-providerName', 'providerName')).toEqual(['Cedertræ ApS (fiktivt)', 'Birk ApS (fiktivt)', 'Ahorn ApS (fiktivt)']);
    expect(await all('listStatus', 'listStatus')).toEqual(['fjernet', 'optaget', 'suspenderet']);
    expect(await all('-listStatus', 'listStatus')).toEqual(['suspenderet', 'optaget', 'fjernet']);
  });

  test('business rules refuse a bad offer with Danish reasons; unknown fields refused', async () => {
    const res = await t.call('POST', '/api/offers', { body: validOffer({ cvr: '12345678', freePlaces: 20, municipality: 'Aarhus' }) });
    expect(res.status).toBe(422);
    expect(res.json().error.message).toMatch(/CVR-nummeret/);
    expect(res.json().error.message).toMatch(/Ledige pladser/);
    expect(res.json().error.fields).toEqual(expect.arrayContaining([
      { path: 'cvr', message: expect.stringMatching(/^CVR-nummeret "12345678" er ugyldigt/) },
      { path: 'freePlaces', message: 'Ledige pladser (20) kan ikke overstige antal pladser (10).' },
      { path: 'municipality', message: expect.stringMatching(/ikke en af rammeaftalens kommuner/) },
    ]));
    const extra = await t.call('POST', '/api/offers', { body: { ...validOffer(), hacker: true } });
    expect(extra.status).toBe(400);
    expect(extra.json().error).toMatchObject({ code: 'input.invalid', fields: [{ path: 'hacker', message: 'Feltet kendes ikke og må ikke sendes.' }] });
  });

  test('a malformed offer is answered field by field in Danish, never in zod\'s English', async () => {
    const res = await t.call('POST', '/api/offers', { body: validOffer({ name: '', places: null, operatingForm: 'andet', supervisionDate: '1-3-2026' }) });
    expect(res.status).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('input.invalid');
    expect(error.message).toBe('Forespørgslen blev afvist: 4 felter skal rettes.');
    expect(error.fields).toEqual([
      { path: 'name', message: 'Tilbuddets navn skal udfyldes.' },
      { path: 'operatingForm', message: 'Driftsform skal være en af: privat, selvejende, kommunal, regional.' },
      { path: 'places', message: 'Pladser mangler.' },
      { path: 'supervisionDate', message: 'Tilsynsdato skal være en gyldig dato (dd-mm-åååå).' },
    ]);
    expect(res.body).not.toMatch(/Invalid|expected|received/);
    const rate = await t.call('POST', '/api/offers', { body: validOffer({ rates: [{ section: '108', unit: 'dag', amount: 100, validFrom: '2026-01-01' }] }) });
    expect(rate.json().error.fields).toEqual([{ path: 'rates.0.section', message: expect.stringMatching(/Tilbuddet har ikke § 108/) }]);
  });

  test('PUT needs If-Match (428), refuses a stale one (412); of N concurrent updates exactly one wins', async () => {
    const offer = (await create({ name: 'Konflikt (fiktivt)' })).json();
    const noIfMatch = await t.call('PUT', `/api/offers/${offer.id}`, { body: validOffer({ name: 'X' }) });
    expect(noIfMatch.status).toBe(428);
    expect(noIfMatch.json().error.message).toMatch(/If-Match/);
    const etag = `"${offer.id}.1"`;
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      t.call('PUT', `/api/offers/${offer.id}`, { body: validOffer({ name: `Konflikt ${i} (fiktivt)` }), headers: { 'if-match': etag } })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(7);
    const loser = results.find((r) => r.status === 412)!;
    expect(loser.json().error.message).toMatch(/ændret af en anden/);
    const winner = results.find((r) => r.status === 200)!;
    expect(winner.headers.etag).toBe(`"${offer.id}.2"`);
    const now = (await t.call('GET', `/api/offers/${offer.id}`)).json();
    expect(now.name).toBe(winner.json().name);
    expect(now.version).toBe(2);
  });

  test('suspend with If-Match; rates are append-only and must match a section', async () => {
    const offer = (await create({ name: 'Suspenderes (fiktivt)' })).json();
    expect((await t.call('POST', `/api/offers/${offer.id}/suspend`, { body: { reason: 'Tilsyn' } })).status).toBe(428);
    const s = await t.call('POST', `/api/offers/${offer.id}/suspend`, { body: { reason: 'Tilsyn' }, headers: { 'if-match': `"${offer.id}.1"` } });
    expect(s.status).toBe(200);
    expect(s.json().listStatus).toBe('suspenderet');
    expect((await t.call('POST', `/api/offers/${offer.id}/suspend`, { body: {}, headers: { 'if-match': `"${offer.id}.1"` } })).status).toBe(412);
    const r = await t.call('POST', `/api/offers/${offer.id}/rates`, { body: { section: '107', unit: 'dag', amount: 2450.5, validFrom: `${year}-01-01` } });
    expect(r.status).toBe(201);
    expect(r.json()).toMatchObject({ amount: 2450.5 });
    const wrong = await t.call('POST', `/api/offers/${offer.id}/rates`, { body: { section: '108', unit: 'dag', amount: 1, validFrom: `${year}-01-01` } });
    expect(wrong.status).toBe(400);
    expect(wrong.json().error.message).toMatch(/§ 108/);
    // The database itself refuses to rewrite history.
    await expect(database.db.updateTable('rates').set({ amount_ore: 1 }).where('offer_id', '=', offer.id).execute()).rejects.toThrow(/append-only/);
  });

  test('roles: writing needs Leverandoerliste.Admin (403 with Danish message); reading needs only a login', async () => {
    const res = await t.call('POST', '/api/offers', { body: validOffer(), as: { roles: [REVIEWER] } });
    expect(res.status).toBe(403);
    expect(res.json().error.message).toMatch(/Leverandoerliste\.Admin/);
    expect((await t.call('GET', '/api/offers', { as: { roles: [] } })).status).toBe(200);
    expect((await t.call('GET', '/api/audit', { as: { roles: [REVIEWER] } })).status).toBe(403);
  });

  test('rate increases: private over 5 %, public over 8 % are to report; thresholds as configured', async () => {
    const mk = (name: string, operatingForm: string, from: number, to: number) => create({
      name, operatingForm, municipality: 'Stevns',
      rates: [{ section: '107', unit: 'dag', amount: from, validFrom: `${year - 1}-01-01` }, { section: '107', unit: 'dag', amount: to, validFrom: `${year}-01-01` }],
    } as never);
    const p6 = (await mk('Privat seks (fiktivt)', 'private', 1000, 1060)).json();
    const m6 = (await mk('Kommunal seks (fiktivt)', 'municipal', 1000, 1060)).json();
    const m9 = (await mk('Kommunal ni (fiktivt)', 'municipal', 1000, 1090)).json();
    const res = await t.call('GET', `/api/rate-increases?year=${year}`);
    expect(res.status).toBe(200);
    const items = res.json().items as { offerId: string; toReport: boolean; increasePercent: number; reportStatus: string | null }[];
    const of = (id: string) => items.find((i) => i.offerId === id)!;
    expect(of(p6.id)).toMatchObject({ increasePercent: 6, toReport: true, reportStatus: 'ny' });
    expect(of(m6.id)).toMatchObject({ increasePercent: 6, toReport: false });
    expect(of(m9.id)).toMatchObject({ increasePercent: 9, toReport: true });
    const only = (await t.call('GET', `/api/rate-increases?year=${year}&onlyToReport=true`)).json().items as { offerId: string }[];
    expect(only.map((i) => i.offerId)).not.toContain(m6.id);
    const st = await t.call('PUT', `/api/rate-increases/${year}/${p6.id}/status`, { body: { status: 'indberettet' } });
    expect(st.status).toBe(200);
    const after = (await t.call('GET', `/api/rate-increases?year=${year}`)).json().items as { offerId: string; reportStatus: string | null }[];
    expect(after.find((i) => i.offerId === p6.id)?.reportStatus).toBe('indberettet');
    expect((await t.call('GET', '/api/rate-increases?year=abc')).status).toBe(400);
    // Thresholds are configuration: with 7 % for private providers, 6 % is no longer reported.
    const strict = await startTestApp(database, { entra: t.entra, env: { RATE_THRESHOLD_PRIVATE: '7', RATE_THRESHOLD_PUBLIC: '9.5' } });
    try {
      const r7 = (await strict.call('GET', `/api/rate-increases?year=${year}`)).json();
      expect(r7.thresholds).toEqual({ privatePercent: 7, publicPercent: 9.5 });
      const of7 = (id: string) => (r7.items as { offerId: string; toReport: boolean; thresholdPercent: number }[]).find((i) => i.offerId === id)!;
      expect(of7(p6.id)).toMatchObject({ toReport: false, thresholdPercent: 7 });
      expect(of7(m9.id)).toMatchObject({ toReport: false, thresholdPercent: 9.5 });
    } finally {
      await strict.close();
    }
    const csv = await t.call('GET', `/api/rate-increases?year=${year}&onlyToReport=true&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain(`takststigninger-${year}.csv`);
    expect(csv.body).toContain('Privat seks (fiktivt);');
    // The status in words, as the tab shows it (one table for the server and the tab: src/export/rate-report-table.ts).
    expect(csv.body).toContain(';6,00;5;ja;Indberettet');
    expect(csv.body).not.toContain('Kommunal seks');
    const xlsx = await t.call('GET', `/api/rate-increases?year=${year}&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(10).value).toBe('Stigning (%)');
    expect(typeof wb.worksheets[0]!.getRow(2).getCell(10).value).toBe('number');
  });

  test('free places: public offers first, then private; only offers with free places', async () => {
    await create({ name: 'Fri privat (fiktivt)', operatingForm: 'private', municipality: 'Sorø', freePlaces: 5, targetGroups: ['hjemløshed'] });
    await create({ name: 'Fri kommunal (fiktivt)', operatingForm: 'municipal', municipality: 'Lejre', freePlaces: 1, targetGroups: ['hjemløshed'] });
    await create({ name: 'Fri regional (fiktivt)', operatingForm: 'regional', municipality: 'Sorø', freePlaces: 2, targetGroups: ['hjemløshed'] });
    await create({ name: 'Fuld kommunal (fiktivt)', operatingForm: 'municipal', municipality: 'Sorø', freePlaces: 0, targetGroups: ['hjemløshed'] });
    const res = await t.call('GET', '/api/free-places?section=107&targetGroup=hjeml%C3%B8shed&municipality=Sor%C3%B8');
    expect(res.status).toBe(200);
    const names = res.json().items.map((o: { name: string }) => o.name);
    expect(names).toEqual(['Fri regional (fiktivt)', 'Fri kommunal (fiktivt)', 'Fri privat (fiktivt)']);
    expect(res.json().items[0].public).toBe(true);
  });

  test('export CSV neutralises formula cells; XLSX exports and imports again', async () => {
    await create({ name: '=HYPERLINK("http://evil")', municipality: 'Greve', address: '+45 Vej 1', city: '@by', providerName: '-minus (fiktivt)' });
    const csv = await t.call('GET', '/api/offers/export?format=csv&municipality=Greve');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const text = csv.raw.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`'+45 Vej 1`);
    expect(text).toContain(`'@by`);
    expect(text).toContain(`'-minus (fiktivt)`);
    const x = await t.call('GET', '/api/offers/export?format=xlsx&municipality=Greve');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('Navn');
    // In XLSX the text is a string cell, which Excel never runs: written as it is, no apostrophe.
    expect(ws.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(2).getCell(2).value).toBe('=HYPERLINK("http://evil")');
  });

  test('import: dry run lists every bad row with row number and Danish reason; commit is all or nothing', async () => {
    const header = 'Navn;Leverandør;CVR;P-nummer;Driftsform;Adresse;Postnr;By;Kommune;E-mail;Telefon;Paragraffer;Målgrupper;Pladser;Ledige pladser;Tilsynsstatus;Tilsynsdato;Standardvilkår accepteret;Listestatus;Takst paragraf;Takst enhed;Takst (kr.);Takst gyldig fra';
    const good = (n: string) => `${n};Import ApS (fiktivt);12345674;;privat;Importvej 1;4200;Slagelse;Slagelse;;;107;autisme;8;1;gul;01-02-2026;15-01-2024;optaget;107;dag;2.450,00;01-01-${year}`;
    const csv = [
      header,
      good('Import Et (fiktivt)'),
      good('Import To (fiktivt)').replace('12345674', '12345678'),
      good('Import Tre (fiktivt)').replace(';privat;', ';ukendt;'),
      good('Import Fire (fiktivt)').replace(';8;1;', ';2;5;'),
      '',
      good('Import Fem (fiktivt)'),
    ].join('\r\n');
    const before = (await t.call('GET', '/api/offers?q=Import')).json().total;
    const dry = await t.call('POST', '/api/offers/import?dryRun=true', { payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(dry.status).toBe(200);
    const r = dry.json();
    expect(r).toMatchObject({ dryRun: true, total: 5, valid: 2, invalid: 3 });
    expect(r.rows.map((x: { row: number }) => x.row)).toEqual([2, 7]);
    expect(r.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5]);
    expect(r.errors[0].message).toMatch(/CVR-nummeret/);
    expect(r.errors[1].message).toMatch(/Driftsform/);
    expect(r.errors[2].message).toMatch(/Ledige pladser/);
    const commit = await t.call('POST', '/api/offers/import?dryRun=false', { payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(commit.status).toBe(400);
    expect(commit.json().error.message).toMatch(/intet er gemt/);
    expect((await t.call('GET', '/api/offers?q=Import')).json().total).toBe(before);

    const clean = [header, good('Import Et (fiktivt)'), good('Import Fem (fiktivt)')].join('\n');
    const ok = await t.call('POST', '/api/offers/import?dryRun=false', { payload: clean, headers: { 'content-type': 'text/csv' } });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ created: 2, updated: 0 });
    const list = (await t.call('GET', '/api/offers?q=Import')).json();
    expect(list.total).toBe(before + 2);
    expect(list.items[0].currentRates[0]).toMatchObject({ amount: 2450, section: '107' });

    // The XLSX export of those rows imports again as updates.
    const x = await t.call('GET', '/api/offers/export?format=xlsx&q=Import');
    const again = await t.call('POST', '/api/offers/import?dryRun=false', { payload: x.raw, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    expect(again.status).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 2 });
    expect((await t.call('POST', '/api/offers/import?dryRun=true', { payload: 'Navn\n', headers: { 'content-type': 'text/csv' } })).status).toBe(400);
    expect((await t.call('POST', '/api/offers/import?dryRun=true', { payload: clean, headers: { 'content-type': 'text/csv' }, as: { roles: [REVIEWER] } })).status).toBe(403);
  });

  test('import keeps data: an edited export of an offer changed since is a named conflict, not a silent revert (11.6)', async () => {
    const created = (await t.call('POST', '/api/offers', { body: validOffer({ name: 'Versionstjek (fiktivt)', supervisionColour: 'grøn' }) })).json();
    const exported = (await t.call('GET', '/api/offers/export?format=csv&q=Versionstjek')).body;
    expect(exported.split('\r\n')[0]!.split(';')).toContain('Version');
    // Meanwhile the supervision turns red.
    const cur = await t.call('GET', `/api/offers/${created.id}`);
    const changed = await t.call('PUT', `/api/offers/${created.id}`, { body: validOffer({ name: 'Versionstjek (fiktivt)', supervisionColour: 'rød' }), headers: { 'if-match': String(cur.headers.etag) } });
    expect(changed.status).toBe(200);
    const dry = (await t.call('POST', '/api/offers/import?dryRun=true', { payload: exported, headers: { 'content-type': 'text/csv' } })).json();
    expect(dry.errors).toEqual([expect.objectContaining({ field: 'version', message: expect.stringMatching(/ændret, siden filen blev eksporteret/) })]);
    const commit = await t.call('POST', '/api/offers/import?dryRun=false', { payload: exported, headers: { 'content-type': 'text/csv' } });
    expect(commit.status).toBe(400);
    expect((await t.call('GET', `/api/offers/${created.id}`)).json().supervisionColour).toBe('rød');
    // A row with an id but no version (a hand-made file) is refused with a reason too.
    const noVersion = exported.replace(/^(\uFEFF?[^\r]*)/, (h) => h.replace('Version', 'Ukendt'));
    const r = (await t.call('POST', '/api/offers/import?dryRun=true', { payload: noVersion, headers: { 'content-type': 'text/csv' } })).json();
    expect(r.errors.map((e: { field: string }) => e.field)).toContain('version');
  });

  test('import commit with an Idempotency-Key: five parallel commits of one file create its offers once (11.6)', async () => {
    const header = 'Navn;Leverandør;CVR;Driftsform;Adresse;Postnr;By;Kommune;Paragraffer;Målgrupper;Pladser;Ledige pladser;Standardvilkår accepteret';
    const csv = [header, 'Dobbeltklik (fiktivt);D ApS (fiktivt);12345674;privat;Vej 9;4200;Slagelse;Slagelse;107;autisme;4;1;15-01-2024'].join('\r\n');
    const before = (await t.call('GET', '/api/offers?q=Dobbeltklik')).json().total;
    const key = `import-${kind}-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () =>
      t.call('POST', '/api/offers/import?dryRun=false', { payload: csv, headers: { 'content-type': 'text/csv', 'idempotency-key': key } })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => a.json().created)).toEqual([1, 1, 1, 1, 1]);
    expect((await t.call('GET', '/api/offers?q=Dobbeltklik')).json().total).toBe(before + 1);
    // Another key is another commit; a malformed key is refused before anything is read.
    expect((await t.call('POST', '/api/offers/import?dryRun=false', { payload: csv, headers: { 'content-type': 'text/csv', 'idempotency-key': 'x y' } })).status).toBe(400);
  });

  test('import XLSX: bad rows are reported with the sheet\'s row numbers; empty rows do not count', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Navn', 'Leverandør', 'CVR', 'Driftsform', 'Adresse', 'Postnr', 'By', 'Kommune', 'Paragraffer', 'Pladser', 'Ledige pladser', 'Standardvilkår accepteret', 'Tilsynsdato']);
    ws.addRow(['Regneark Et (fiktivt)', 'R ApS (fiktivt)', '12345674', 'selvejende', 'Vej 2', '4100', 'Ringsted', 'Ringsted', '§ 108', 6, 0, new Date(Date.UTC(2024, 0, 15)), '31-02-2026']);
    ws.addRow([]);
    ws.addRow(['Regneark To (fiktivt)', 'R ApS (fiktivt)', '12345674', 'regional', 'Vej 3', '41', 'Ringsted', 'Ringsted', '108', 'seks', 0, '15-01-2024']);
    ws.addRow(['Regneark Tre (fiktivt)', 'R ApS (fiktivt)', '12345674', 'kommunal', 'Vej 4', '4100', 'Ringsted', 'Ringsted', '108', 6, 1, '15-01-2024']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await t.call('POST', '/api/offers/import?dryRun=true', { payload: buf, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    expect(res.status).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ format: 'xlsx', total: 3, valid: 1, invalid: 2 });
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 2, field: 'supervisionDate', message: expect.stringMatching(/ikke en gyldig dato/) }),
      expect.objectContaining({ row: 4, field: 'places', message: expect.stringMatching(/helt tal/) }),
      expect.objectContaining({ row: 4, field: 'postcode', message: expect.stringMatching(/Postnummer skal være 4 cifre/) }),
    ]);
    expect(r.rows).toEqual([expect.objectContaining({ row: 5, action: 'create', name: 'Regneark Tre (fiktivt)' })]);
    const garbage = await t.call('POST', '/api/offers/import?dryRun=true&format=xlsx', { payload: Buffer.from('not a zip'), headers: { 'content-type': 'application/octet-stream' } });
    expect(garbage.status).toBe(400);
    expect(garbage.json().error.message).toMatch(/Excel/);
  });

  test('import with a CPR number anywhere is refused as a whole (422)', async () => {
    const csv = `Navn;Leverandør;CVR;Driftsform;Adresse;Postnr;By;Kommune;Paragraffer;Pladser;Ledige pladser;Standardvilkår accepteret\nBorger 010190-1234;X (fiktivt);12345674;privat;Vej 1;4000;Roskilde;Roskilde;107;4;0;01-01-2024\n`;
    const res = await t.call('POST', '/api/offers/import?dryRun=true', { payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(422);
    expect(res.json().error.code).toBe('privacy.cpr-refused');
    expect(res.body).not.toContain('010190');
  });

  test('audit log records who changed what (admin only)', async () => {
    const res = await t.call('GET', '/api/audit?entity=offer&limit=500');
    expect(res.status).toBe(200);
    const actions = res.json().items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['offer.created', 'offer.updated', 'offer.suspended']));
    expect(res.json().items[0]).toMatchObject({ actorId: 'user-1', actorName: 'Test Bruger' });
    // Each entry names its offer as it is called now, so the log can say which one in words.
    const offers = res.json().items as { entityId: string; entityName: string | null }[];
    const named = await t.call('GET', `/api/offers/${offers[0]!.entityId}`);
    expect(offers[0]!.entityName).toBe(named.json().name);
    const rates = (await t.call('GET', '/api/audit?entity=rate&limit=1')).json().items;
    expect(rates[0].entityName).toEqual(expect.any(String));
  });
});
