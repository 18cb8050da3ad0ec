import Papa from 'papaparse';
import { neutraliseCell, parseDanishCsv, restoreCell, toDanishCsv, toDanishCsvChunk, toDanishCsvTable } from '../../src/export/danish-csv';
import { SAMPLE_COLUMNS as columns } from './sample-table';

describe('Danish CSV (the format Danish Excel opens directly)', () => {
  const csv = toDanishCsv(['Navn', 'Beløb', 'Tlf'], [['Æblehaven; Øst', '2.450,00', '+45 12 34 56 78'], ['=HYPERLINK("x")', 12, null]]);

  test('starts with a UTF-8 BOM, separates with ; and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFNavn;Beløb;Tlf\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  test('quotes a cell holding the separator and guards formulas', () => {
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['Æblehaven; Øst', '2.450,00', "'+45 12 34 56 78"]);
    expect(rows[2]).toEqual(["'=HYPERLINK(\"x\")", '12', '']);
  });

  test('numbers are written with a decimal comma and are not guarded, negative ones included', () => {
    expect(toDanishCsvChunk([[2450.5, -12.25, { number: 2450, decimals: 2 }, { number: -3, decimals: 1 }, Number.NaN]])).toBe('2450,5;-12,25;2450,00;-3,0;\r\n');
  });

  test('a text cell that merely looks negative is still guarded (only typed numbers are exempt)', () => {
    expect(toDanishCsvChunk([['-12,25']])).toBe("'-12,25\r\n");
  });

  test.each(['=1+1', '+45', '-5', '@SUM(A1)', '\t=x', '\r=x', '＝1'])('neutralises %j and restores it on import', (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(restoreCell(neutraliseCell(v))).toBe(v);
  });

  test.each(['Næstved', "'ordinary apostrophe", '2.450,00', ''])('leaves %j alone both ways', (v) => {
    expect(neutraliseCell(v)).toBe(v);
    expect(restoreCell(v)).toBe(v);
  });

  test('a chunk carries no BOM, so a streamed export has exactly one', () => {
    expect(toDanishCsvChunk([['a', 'b']])).toBe('a;b\r\n');
    expect(toDanishCsvChunk([])).toBe('');
  });


  test('a typed table: amounts with two decimals, ISO dates as dd-mm-yyyy, empty cells empty', () => {
    const csv = toDanishCsvTable(columns, [
      { name: '@Bosted Syd', phone: '+45 12 34 56 78', places: 8, amount: 2450, from: '2026-01-01' },
      { name: 'Tomt', phone: null, places: 0, amount: null, from: '2026-02-03T10:00:00.000Z' },
    ]);
    expect(csv).toBe("\uFEFFNavn;Telefon;Pladser;Takst (kr.);Gyldig fra\r\n'@Bosted Syd;'+45 12 34 56 78;8;2450,00;01-01-2026\r\nTomt;;0;;03-02-2026\r\n");
  });

  test('round trip: parseDanishCsv gives back every guarded value exactly, BOM and quoting undone', () => {
    const values = ['+45 12 34 56 78', '=SUM(A1:A2)', '-minus', '@by', '\tfane', 'Æblehaven; "Øst"', 'linje 1\r\nlinje 2', "'ordinary"];
    const csv = toDanishCsv(['v'], values.map((v) => [v]));
    expect(parseDanishCsv(csv).slice(1, -1).map((r) => r[0])).toEqual(values);
  });

  test('parseDanishCsv also reads a comma-separated file without BOM (Excel in another locale)', () => {
    expect(parseDanishCsv("Navn,Telefon\r\nA,'+4512345678\r\n").slice(0, 2)).toEqual([['Navn', 'Telefon'], ['A', '+4512345678']]);
  });
});
