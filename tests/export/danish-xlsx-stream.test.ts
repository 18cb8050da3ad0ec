/**
 * The streamed XLSX writer (issue 16.4): the same cells as the buffered writer (issue 14.7), and it
 * streams: a reader that reads nothing holds the reading back, one that leaves ends it, and a
 * failure half-way ends the stream with an error rather than a valid file without the rest.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportRow } from '../../src/export/columns';
import { danishXlsxStream } from '../../src/export/danish-xlsx-stream';
import { CountedPages, readAll, settled } from './stream-pages';
import { firstSheet, SAMPLE_COLUMNS as columns } from './sample-table';

type Key = (typeof columns)[number]['key'];

// Names that compress little, as real lists do, so that a page is many kilobytes of zip.
const name = (i: number) => createHash('sha256').update(String(i)).digest('base64');
const row = (i: number): ExportRow<Key> => ({ name: `${name(i)} ${name(-i)}`, phone: '+45 12 34 56 78', places: i, amount: 2450.5 + i, from: '2026-01-01' });
const page = (n: number) => Array.from({ length: 500 }, (_, i) => row(n * 500 + i));


describe('Danish XLSX, streamed', () => {
  test('the cells of the buffered writer: bold frozen header with a filter, numbers and dates of their type, text as text', async () => {
    const pages = new CountedPages<ExportRow<Key>>(2, (n) => (n === 0
      ? [{ name: '=HYPERLINK("http://x")', phone: '+45 12 34 56 78', places: 8, amount: 2450.5, from: '2026-01-01' }]
      : [{ name: 'Tom', phone: null, places: 0, amount: null, from: null }]));
    const ws = await firstSheet(await readAll(danishXlsxStream({ name: 'Leverandørliste', columns, rows: pages })));
    expect(ws.name).toBe('Leverandørliste');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Navn', 'Telefon', 'Pladser', 'Takst (kr.)', 'Gyldig fra']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const r = ws.getRow(2);
    expect(r.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(r.getCell(1).value).toBe('=HYPERLINK("http://x")');
    expect(r.getCell(2).value).toBe('+45 12 34 56 78');
    expect([r.getCell(3).value, r.getCell(3).numFmt]).toEqual([8, '#,##0']);
    expect([r.getCell(4).value, r.getCell(4).numFmt]).toEqual([2450.5, '#,##0.00']);
    expect((r.getCell(5).value as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(r.getCell(5).numFmt).toBe('dd-mm-yyyy');
    expect(ws.getRow(3).getCell(4).value).toBeNull();
    expect(ws.getRow(3).getCell(5).value).toBeNull();
  });

  test('a reader that reads nothing holds the reading back (a few pages ahead, not the whole list); read on, every row arrives', async () => {
    const pages = new CountedPages(40, page);
    const out = danishXlsxStream({ name: 'Liste', columns, rows: pages });
    // A page here is about 30 KB of zip; the streams between the rows and the reader hold a few
    // hundred KB (each its high-water mark) before the writer waits.
    expect(await settled(() => pages.pulled)).toBeLessThanOrEqual(15);
    const sheet = strFromU8(unzipSync(new Uint8Array(await readAll(out)))['xl/worksheets/sheet1.xml']!);
    expect(pages.pulled).toBe(40);
    expect(sheet.match(/<row /g)).toHaveLength(1 + 40 * 500);
    expect(sheet).toContain(`<row r="${40 * 500 + 1}"`);
  });

  test('a reader that leaves ends the reading: no page after the one under way, and the source is closed', async () => {
    const pages = new CountedPages(60, page);
    const out = danishXlsxStream({ name: 'Liste', columns, rows: pages });
    await new Promise((resolve) => out.once('data', resolve));
    out.destroy();
    const pulled = await settled(() => pages.pulled);
    expect(pulled).toBeLessThan(60);
    expect(pages.ended).toBe(true);
  });

  test('a failure half-way ends the stream with the error, not with a valid file of the rows so far', async () => {
    const pages = new CountedPages(10, page, 3);
    await expect(readAll(danishXlsxStream({ name: 'Liste', columns, rows: pages }))).rejects.toThrow('database gone');
    expect(pages.pulled).toBe(3);
  });
});
