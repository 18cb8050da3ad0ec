import Papa from 'papaparse';
import { neutraliseCell, restoreCell, toDanishCsv, toDanishCsvChunk } from '../../src/export/danish-csv';

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
});
