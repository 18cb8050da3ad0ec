import { Readable } from 'node:stream';
import type { ExportColumn, ExportRow } from './columns';
import { CSV_BOM, csvCells, toDanishCsvChunk } from './danish-csv';

/**
 * The Danish CSV of ./danish-csv as a stream, chunk by chunk, for exports too large to hold (memory stays flat).
 * Node-only (a stream), so it lives apart from the writer the browser bundles share.
 */
export function danishCsvStream<K extends string>(columns: readonly ExportColumn<K>[], chunks: AsyncIterable<readonly ExportRow<K>[]>): Readable {
  return Readable.from((async function* () {
    yield `${CSV_BOM}${toDanishCsvChunk([columns.map((c) => c.header)])}`;
    for await (const chunk of chunks) {
      if (chunk.length > 0) yield toDanishCsvChunk(chunk.map((r) => csvCells(columns, r)));
    }
  })());
}
