/**
 * Builds Word files for the CLI tests from a real fixture with its main part replaced, written with
 * Node's zlib (fast enough for a 100 MB part, which fflate's JavaScript deflate is not in a test).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const contractsDir = path.join(repoRoot, 'tests', 'fixtures', 'contracts');

/** CRC-32 of the pieces in order, by Node's zlib (native; Node ≥ 20.15). */
const crc32 = (parts: Buffer[]): number => parts.reduce((c, b) => zlibCrc32(b, c), 0);

/** A zip of the given entries (deflated); an entry may be given in pieces so no single huge string is built. */
export function zip(entries: Array<[string, Buffer[]]>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, parts] of entries) {
    const raw = Buffer.concat(parts);
    const data = deflateRawSync(raw, { level: 1 });
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32([raw]);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(raw.length, 22); local.writeUInt16LE(nameBuf.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0); cd.writeUInt16LE(20, 4); cd.writeUInt16LE(20, 6); cd.writeUInt16LE(0x0800, 8); cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16); cd.writeUInt32LE(data.length, 20); cd.writeUInt32LE(raw.length, 24); cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    central.push(cd, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(entries.length, 8); eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12); eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, eocd]);
}

/**
 * The fixture with `body` (raw XML pieces) put into its main part just after <w:body>, so the
 * document is still the KL template in every other respect.
 */
export function contractWithBody(body: Buffer[], fixture = 'korrekt-01.docx'): Buffer {
  const files = unzipSync(new Uint8Array(readFileSync(path.join(contractsDir, fixture))));
  return zip(Object.entries(files).map(([name, bytes]): [string, Buffer[]] => {
    if (name !== 'word/document.xml') return [name, [Buffer.from(bytes)]];
    const xml = Buffer.from(bytes).toString('utf8');
    const at = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
    return [name, [Buffer.from(xml.slice(0, at)), ...body, Buffer.from(xml.slice(at))]];
  }));
}

/** A paragraph holding one run whose text is `text` repeated `times` times (built as one buffer, not a string). */
export function runOf(text: string, times: number): Buffer[] {
  return [Buffer.from('<w:p><w:r><w:t>'), Buffer.alloc(Buffer.byteLength(text) * times, text), Buffer.from('</w:t></w:r></w:p>')];
}
