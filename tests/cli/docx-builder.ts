/**
 * Builds Word files for the CLI tests from a real fixture with its main part replaced. The zip is
 * written with fflate's streaming Zip/ZipDeflate and the inserted body comes as an iterable of
 * chunks, so a 100 MB run is deflated piece by piece: the test never holds it as one buffer or string.
 * fflate: https://github.com/101arrowz/fflate (Zip, ZipDeflate).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, Zip, ZipDeflate } from 'fflate';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const contractsDir = path.join(repoRoot, 'tests', 'fixtures', 'contracts');

export type Chunks = Iterable<Uint8Array>;

/** A zip of the given entries (deflated, level 1), each entry given as chunks. */
export function zip(entries: Array<[string, Chunks]>): Buffer {
  const out: Uint8Array[] = [];
  let done = false;
  const archive = new Zip((err, chunk, final) => {
    if (err) throw err;
    out.push(chunk);
    if (final) done = true;
  });
  for (const [name, chunks] of entries) {
    const file = new ZipDeflate(name, { level: 1 });
    archive.add(file);
    for (const c of chunks) file.push(c, false);
    file.push(new Uint8Array(0), true);
  }
  archive.end();
  if (!done) throw new Error('zip: the archive did not finish');
  return Buffer.concat(out);
}

/**
 * The fixture with `body` (raw XML chunks) put into its main part just after <w:body>, so the
 * document is still the KL template in every other respect.
 */
export function contractWithBody(body: Chunks, fixture = 'korrekt-01.docx'): Buffer {
  const files = unzipSync(new Uint8Array(readFileSync(path.join(contractsDir, fixture))));
  return zip(Object.entries(files).map(([name, bytes]): [string, Chunks] => {
    if (name !== 'word/document.xml') return [name, [bytes]];
    const xml = Buffer.from(bytes).toString('utf8');
    const at = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
    return [name, [Buffer.from(xml.slice(0, at)), ...body, Buffer.from(xml.slice(at))]];
  }));
}

const CHUNK = 1024 * 1024;

/** `text` repeated `times` times, as chunks of about 1 MB (made lazily: at most one chunk exists at a time). */
export function* repeated(text: string, times: number): Generator<Uint8Array> {
  const unit = Buffer.from(text, 'utf8');
  const perChunk = Math.max(1, Math.floor(CHUNK / unit.length));
  const full = Buffer.alloc(unit.length * perChunk, unit);
  let left = times;
  while (left > 0) {
    const n = Math.min(left, perChunk);
    yield n === perChunk ? full : full.subarray(0, n * unit.length);
    left -= n;
  }
}

/** A paragraph holding one run whose text is `text` repeated `times` times. */
export function* runOf(text: string, times: number): Generator<Uint8Array> {
  yield Buffer.from('<w:p><w:r><w:t>');
  yield* repeated(text, times);
  yield Buffer.from('</w:t></w:r></w:p>');
}

/**
 * Sets the uncompressed size that the central directory claims for `name` (the size a reader may
 * check before inflating): a forged small size must not get a large part past the cap.
 */
export function withDeclaredSize(docx: Buffer, name: string, size: number): Buffer {
  const b = Buffer.from(docx);
  const nameBuf = Buffer.from(name, 'utf8');
  const sig = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let o = b.indexOf(sig); o >= 0; o = b.indexOf(sig, o + 4)) {
    const len = b.readUInt16LE(o + 28);
    if (len === nameBuf.length && b.subarray(o + 46, o + 46 + len).equals(nameBuf)) {
      b.writeUInt32LE(size, o + 24);
      return b;
    }
  }
  throw new Error(`withDeclaredSize: ${name} is not in the central directory`);
}
