import ExcelJS from 'exceljs';
import { AMOUNT, DATE, decimals, INTEGER, type ExportColumn } from '../../src/export/columns';
import { numFmtOf, toDanishXlsx } from '../../src/export/danish-xlsx';
import { firstSheet } from './sample-table';

const columns = [
  { key: 'name', header: 'Navn' },
  { key: 'phone', header: 'Telefon' },
  { key: 'places', header: 'Pladser', format: INTEGER },
  { key: 'amount', header: 'Takst (kr.)', format: AMOUNT },
  { key: 'pct', header: 'Stigning (%)', format: decimals(1) },
  { key: 'from', header: 'Gyldig fra', format: DATE },
] as const satisfies readonly ExportColumn[];


describe('Danish XLSX (the shared writer)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await firstSheet(await toDanishXlsx([{
      name: 'Leverandørliste',
      columns,
      rows: [
        { name: '=HYPERLINK("http://x")', phone: '+45 12 34 56 78', places: 8, amount: 2450.5, pct: -1.25, from: '2026-01-01' },
        { name: 'Tom', phone: null, places: 0, amount: null, pct: null, from: null },
      ],
    }]));
  });

  test('a bold header row, frozen, with a filter', () => {
    expect(ws.name).toBe('Leverandørliste');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Navn', 'Telefon', 'Pladser', 'Takst (kr.)', 'Stigning (%)', 'Gyldig fra']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  test('numbers are numeric cells with number formats Excel shows with Danish separators', () => {
    const r = ws.getRow(2);
    expect(r.getCell(3).value).toBe(8);
    expect(r.getCell(3).numFmt).toBe('#,##0');
    expect(r.getCell(4).value).toBe(2450.5);
    expect(r.getCell(4).numFmt).toBe('#,##0.00');
    expect(r.getCell(5).value).toBe(-1.25);
    expect(r.getCell(5).numFmt).toBe('#,##0.0');
  });

  test('dates are date cells (dd-mm-yyyy), at the right day whatever the time zone', () => {
    const v = ws.getRow(2).getCell(6).value;
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(ws.getRow(2).getCell(6).numFmt).toBe('dd-mm-yyyy');
  });

  test('text stays a string cell, never a formula, and a phone keeps its +', () => {
    const name = ws.getRow(2).getCell(1);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://x")');
    expect(ws.getRow(2).getCell(2).value).toBe('+45 12 34 56 78');
  });

  test('empty values are empty cells', () => {
    expect(ws.getRow(3).getCell(4).value).toBeNull();
    expect(ws.getRow(3).getCell(6).value).toBeNull();
  });

  test('number formats per column kind', () => {
    expect(numFmtOf(undefined)).toBeUndefined();
    expect(numFmtOf({ kind: 'text' })).toBeUndefined();
    expect(numFmtOf(decimals(3))).toBe('#,##0.000');
  });
});
