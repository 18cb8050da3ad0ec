/**
 * The streamed CSV writer (issue 16.4): the shared Danish CSV (; BOM CRLF, guarded cells) page by
 * page, reading no further ahead of the reader than a chunk, and no further at all once it has left.
 */
import { AMOUNT, type ExportColumn, type ExportRow } from '../../src/export/columns';
import { danishCsvStream } from '../../src/export/danish-csv-stream';
import { CountedPages, readAll, settled } from './stream-pages';

const columns = [
  { key: 'name', header: 'Navn' },
  { key: 'phone', header: 'Telefon' },
  { key: 'amount', header: 'Takst (kr.)', format: AMOUNT },
] as const satisfies readonly ExportColumn[];
type Key = (typeof columns)[number]['key'];

const page = (n: number): ExportRow<Key>[] => Array.from({ length: 500 }, (_, i) => ({ name: `Bostedet ${n * 500 + i} (fiktivt)`, phone: '+45 12 34 56 78', amount: 2450.5 }));

describe('Danish CSV, streamed', () => {
  test('one BOM, the header, then every row with ; and CRLF, guarded and with a decimal comma', async () => {
    const text = (await readAll(danishCsvStream(columns, new CountedPages(3, page)))).toString('utf8');
    expect(text.startsWith('\uFEFFNavn;Telefon;Takst (kr.)\r\n')).toBe(true);
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text.split('\r\n')).toHaveLength(1 + 3 * 500 + 1);
    expect(text).toContain("\r\nBostedet 1499 (fiktivt);'+45 12 34 56 78;2450,50\r\n");
  });

  test('an empty list is the header alone', async () => {
    expect((await readAll(danishCsvStream(columns, new CountedPages(0, page)))).toString('utf8')).toBe('\uFEFFNavn;Telefon;Takst (kr.)\r\n');
  });

  test('nothing is sent before the first page is read, so a source that fails at once fails before the first byte', async () => {
    const s = danishCsvStream(columns, new CountedPages(3, page, 0));
    const chunks: unknown[] = [];
    s.on('data', (c) => chunks.push(c));
    await expect(new Promise((resolve, reject) => { s.on('end', resolve); s.on('error', reject); })).rejects.toThrow('database gone');
    expect(chunks).toHaveLength(0);
  });

  test('a reader that reads nothing holds the reading back; one that leaves ends it', async () => {
    const pages = new CountedPages(40, page);
    const s = danishCsvStream(columns, pages);
    await new Promise((resolve) => s.once('data', resolve));
    s.pause();
    expect(await settled(() => pages.pulled)).toBeLessThanOrEqual(4);
    s.destroy();
    await settled(() => pages.pulled);
    expect(pages.ended).toBe(true);
    expect(pages.pulled).toBeLessThanOrEqual(4);
  });

  test('a failure half-way ends the stream with the error', async () => {
    await expect(readAll(danishCsvStream(columns, new CountedPages(10, page, 3)))).rejects.toThrow('database gone');
  });
});
