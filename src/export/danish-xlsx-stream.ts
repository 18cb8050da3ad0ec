/**
 * The Danish XLSX of ./danish-xlsx streamed, for exports too large to hold (the offer list): ExcelJS's
 * WorkbookWriter writes each row into the zip as soon as it is added, so the sheet is never held, and
 * the writer reads the next page of rows only when the previous one has been compressed, so a client
 * that reads slowly holds back the reading instead of piling the sheet up in memory. Node-only.
 */
import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportColumn, ExportRow } from './columns';
import { FROZEN_HEADER, loadExcel, rowValues, safeSheetName, setUpColumns } from './danish-xlsx';

export interface StreamedSheet<K extends string> {
  name: string;
  columns: readonly ExportColumn<K>[];
  /** Pages of rows; read one page ahead of the one being compressed, and not at all once the reader has gone. */
  rows: AsyncIterable<readonly ExportRow<K>[]>;
}

/** A stream's write buffer, as Node's and readable-stream's Writable keep it (readable-stream 2 has no writableNeedDrain). */
interface BufferedWritable {
  _writableState?: { needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
  removeListener(event: 'drain', listener: () => void): unknown;
}

/**
 * The streams the sheet's XML goes into on its way to deflate. ExcelJS's worksheet writes rows into a
 * StreamBuf (its `stream`) that hands each 64 KB block to its pipes (`pipes`: archiver's PassThrough
 * in front of the zip entry's deflate) without heeding their backpressure (exceljs 4.4
 * lib/utils/stream-buf.js: write() always returns true), so a slow reader would make that buffer grow
 * by the whole sheet. Waiting for these to drain restores the backpressure. Internals: the
 * slow-reader test in tests/export/danish-xlsx-stream.test.ts fails if an upgrade moves them.
 */
function sheetInputs(ws: ExcelJS.Worksheet): BufferedWritable[] {
  const pipes = (ws as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  return Array.isArray(pipes) ? pipes.filter((p): p is BufferedWritable => typeof (p as BufferedWritable | null)?.once === 'function') : [];
}

/**
 * archiver (the zip ExcelJS writes through) buffers up to 1 MB of compressed output before it holds
 * back (archiver 5 lib/core.js: highWaterMark 1024 * 1024; ExcelJS passes `zip` to it as its options,
 * though its typings omit the field): 64 KB is enough to keep the response busy.
 */
const ZIP_OPTIONS = { highWaterMark: 64 * 1024 } as Partial<ExcelJS.stream.xlsx.ArchiverZipOptions>;

const GONE = Symbol('gone');

/** Resolves when what has been written to the sheet so far is compressed, or with GONE when the reader has left. */
async function drained(ws: ExcelJS.Worksheet, gone: Promise<typeof GONE>): Promise<typeof GONE | undefined> {
  for (const input of sheetInputs(ws)) {
    if (!input._writableState?.needDrain) continue;
    let onDrain = () => {};
    const drain = new Promise<undefined>((resolve) => { onDrain = () => resolve(undefined); input.once('drain', onDrain); });
    const r = await Promise.race([drain, gone]);
    input.removeListener('drain', onDrain);
    if (r === GONE) return GONE;
  }
  return undefined;
}

async function writeSheet<K extends string>(out: PassThrough, spec: StreamedSheet<K>): Promise<void> {
  const gone = new Promise<typeof GONE>((resolve) => out.once('close', () => resolve(GONE)));
  const pages = spec.rows[Symbol.asyncIterator]();
  // A page read ahead may fail after the reader has gone and nobody awaits it: never an unhandled rejection.
  const pull = () => { const p = pages.next(); p.catch(() => undefined); return p; };
  let complete = false;
  try {
    // The first page is read before the zip is begun (its first bytes would send the HTTP status), so
    // a source that fails at once still gets an error status; ExcelJS loads meanwhile.
    let next = pull();
    const [Excel, first] = await Promise.all([loadExcel(), Promise.race([next, gone])]);
    if (first === GONE) return;
    const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: ZIP_OPTIONS });
    wb.creator = 'KL Kontrakt';
    const ws = wb.addWorksheet(safeSheetName(spec.name), FROZEN_HEADER);
    setUpColumns(ws, spec.columns);
    ws.getRow(1).commit();
    for (let page = first; !page.done;) {
      for (const row of page.value) ws.addRow(rowValues(spec.columns, row)).commit();
      // The next page is read (from the database) while this one is compressed and sent.
      next = pull();
      if (await drained(ws, gone) === GONE) return;
      const r = await Promise.race([next, gone]);
      if (r === GONE) return;
      page = r;
    }
    complete = true;
    ws.commit();
    await wb.commit();
  } finally {
    // Reading stops where it is (after the page under way): the source releases what it holds.
    if (!complete) await pages.return?.();
  }
}

/**
 * One sheet (bold frozen header with a filter, numeric and date cells) as a streamed XLSX file. A
 * failure while writing destroys the stream with the error, so an HTTP response already under way
 * is cut off (the client gets a broken download, never a valid file that lacks rows).
 */
export function danishXlsxStream<K extends string>(spec: StreamedSheet<K>): Readable {
  const out = new PassThrough();
  void writeSheet(out, spec).catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}
