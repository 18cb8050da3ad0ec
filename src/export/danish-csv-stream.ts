import { Readable } from 'node:stream';
import type { ExportColumn, ExportRow } from './columns';
import { CSV_BOM, csvCells, toDanishCsvChunk } from './danish-csv';

/**
 * The Danish CSV of ./danish-csv as a stream, chunk by chunk, for exports too large to hold (memory stays flat).
 * Node-only (a stream), so it lives apart from the writer the browser bundles share.
 * A byte stream (not object mode, which would read 16 chunks ahead of the reader): the next chunk is
 * read only when fewer than 64 KB wait to be sent, and none once the stream is destroyed (Readable.from
 * then ends the iterator, so its source stops reading). A failure destroys the stream with the error.
 */
export function danishCsvStream<K extends string>(columns: readonly ExportColumn<K>[], chunks: AsyncIterable<readonly ExportRow<K>[]>): Readable {
  return Readable.from((async function* () {
    // The header goes out with the first chunk: until that is read, nothing is sent, so a source that
    // fails at once still gets an error status (an HTTP response cannot change it after its first byte).
    let head = `${CSV_BOM}${toDanishCsvChunk([columns.map((c) => c.header)])}`;
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      yield head + toDanishCsvChunk(chunk.map((r) => csvCells(columns, r)));
      head = '';
    }
    if (head) yield head;
  })(), { objectMode: false, highWaterMark: 64 * 1024 });
}
