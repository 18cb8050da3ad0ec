/**
 * A defensive ZIP reader for OOXML packages. It reads the central directory itself so that it can
 * refuse what a general unzipper would trust: it inflates only the entries asked for, in small
 * slices, and stops at a total output cap whatever sizes the directory claims (zip bombs); it skips
 * names that climb out of the package (path traversal); it caps the number of entries.
 */
import { Inflate, inflateSync } from 'fflate';
import { DocumentUnreadable } from './errors';

export interface ZipLimits {
  /** Largest accepted input, bytes. */
  maxInputBytes: number;
  /** Largest total of inflated bytes over all entries read from one package. */
  maxTotalUncompressed: number;
  maxEntries: number;
  /**
   * Largest inflated size of one XML part (.xml, .rels, .vml), bytes. Each such part becomes one
   * string in memory, so this caps the text built per part: a document whose single run holds
   * 100 MB of text, or 20 million character references (4+ bytes each), is refused while it is
   * inflated, before any string exists. Default XML_PART_LIMIT; binary parts (pictures) are only
   * bounded by maxTotalUncompressed.
   */
  maxXmlPartBytes?: number;
}

/** 32 MB: the main part of a 1,000-page contract is a few MB; a KL contract's is about 25 kB. */
export const XML_PART_LIMIT = 32 * 1024 * 1024;

export const DEFAULT_LIMITS: ZipLimits = {
  maxInputBytes: 50 * 1024 * 1024,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxXmlPartBytes: XML_PART_LIMIT,
};

/** From this declared size up, a registered native inflater is used rather than fflate's one-shot path. */
const NATIVE_FROM_BYTES = 8 * 1024;

const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * A raw-DEFLATE inflater that gives up past `maxOutput` bytes (returning 'limit') and throws on
 * corrupt data. Node registers zlib's (native, and it never allocates past the limit); without one
 * the reader uses fflate, which runs anywhere.
 */
export type RawInflate = (data: Uint8Array, maxOutput: number) => Uint8Array | 'limit';
let rawInflate: RawInflate | undefined;
export function useRawInflate(fn: RawInflate | undefined): void {
  rawInflate = fn;
}
export const currentRawInflate = (): RawInflate | undefined => rawInflate;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As claimed by the central directory: a hint for buffer sizes, never trusted for safety. */
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** Normalises a zip entry name to an OPC part name without leading '/'; null when it escapes the package. */
export function safePartName(name: string): string | null {
  const parts: string[] = [];
  for (const seg of name.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') return null;
    parts.push(seg);
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || parts.length === 0) return null;
  return parts.join('/');
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  /** Lower-case part name → stored name (OPC part names compare case-insensitively). */
  private readonly lower = new Map<string, string>();
  private inflatedTotal = 0;

  constructor(private readonly bytes: Uint8Array, private readonly limits: ZipLimits = DEFAULT_LIMITS) {
    if (bytes.length > limits.maxInputBytes) {
      throw new DocumentUnreadable(`Filen er større end grænsen på ${MB(limits.maxInputBytes)}.`);
    }
    this.readCentralDirectory();
  }

  private u16(o: number): number {
    const b = this.bytes;
    return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
  }

  private u32(o: number): number {
    const b = this.bytes;
    return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
  }

  private readCentralDirectory(): void {
    const b = this.bytes;
    const truncated = 'Zip-arkivet er beskadiget eller afkortet (slutkataloget mangler).';
    if (b.length < 22) throw new DocumentUnreadable(truncated);
    // End of central directory: search backwards over the comment (at most 64 KiB).
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) { eocd = i; break; }
    }
    if (eocd < 0) throw new DocumentUnreadable(truncated);
    const count = this.u16(eocd + 10);
    const cdSize = this.u32(eocd + 12);
    const cdOffset = this.u32(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) {
      throw new DocumentUnreadable('Zip64-arkiver understøttes ikke; gem dokumentet igen i Word.');
    }
    if (count > this.limits.maxEntries) {
      throw new DocumentUnreadable(`Zip-arkivet har ${count} filer; grænsen er ${this.limits.maxEntries}.`);
    }
    if (cdOffset + cdSize > eocd || cdOffset > b.length) throw new DocumentUnreadable(truncated);
    let p = cdOffset;
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || this.u32(p) !== 0x02014b50) {
        throw new DocumentUnreadable('Zip-arkivets indholdsfortegnelse er beskadiget.');
      }
      const flags = this.u16(p + 8);
      const method = this.u16(p + 10);
      const compressedSize = this.u32(p + 20);
      const declaredSize = this.u32(p + 24);
      const nameLen = this.u16(p + 28);
      const extraLen = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      const localHeaderOffset = this.u32(p + 42);
      const rawName = decoder.decode(b.subarray(p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      const name = safePartName(rawName);
      if (name === null || rawName.endsWith('/')) continue; // traversal names and folders are not parts
      const key = name.toLowerCase();
      if (this.lower.has(key)) continue; // a duplicate name: the first one wins
      this.lower.set(key, name);
      this.entries.set(name, { name, method, compressedSize, declaredSize, localHeaderOffset, encrypted: (flags & 1) === 1 });
    }
  }

  /** Stored name of a part, compared case-insensitively; undefined when absent. */
  resolve(partName: string): string | undefined {
    return this.lower.get(partName.replace(/^\//, '').toLowerCase());
  }

  has(partName: string): boolean {
    return this.resolve(partName) !== undefined;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Inflates one entry, counting towards the package's total output cap. */
  read(partName: string): Uint8Array {
    const stored = this.resolve(partName);
    const entry = stored === undefined ? undefined : this.entries.get(stored);
    if (!entry) throw new DocumentUnreadable(`Delen ${partName} findes ikke i pakken.`);
    if (entry.encrypted) {
      throw new DocumentUnreadable('Dokumentet er krypteret (adgangskodebeskyttet) og kan ikke læses.');
    }
    const b = this.bytes;
    const lh = entry.localHeaderOffset;
    if (lh + 30 > b.length || this.u32(lh) !== 0x04034b50) {
      throw new DocumentUnreadable(`Zip-arkivet er beskadiget (delen ${entry.name} kan ikke findes).`);
    }
    const dataStart = lh + 30 + this.u16(lh + 26) + this.u16(lh + 28);
    const dataEnd = Math.min(b.length, dataStart + entry.compressedSize);
    if (dataStart > b.length) throw new DocumentUnreadable(`Zip-arkivet er afkortet (delen ${entry.name}).`);
    const data = b.subarray(dataStart, dataEnd);
    const partCap = XML_PART.test(entry.name) ? (this.limits.maxXmlPartBytes ?? XML_PART_LIMIT) : Infinity;
    // A part that says it is over the cap is refused before any byte is inflated; one that lies
    // about its size is still stopped by the capped inflate below (0xffffffff: "see zip64", not a size).
    if (entry.declaredSize > partCap && entry.declaredSize !== 0xffffffff) this.partTooLarge(entry.name, partCap);
    if (entry.method === 0) {
      if (data.length > partCap) this.partTooLarge(entry.name, partCap);
      this.count(data.length);
      return data;
    }
    if (entry.method !== 8) {
      throw new DocumentUnreadable(`Delen ${entry.name} er pakket med en metode (${entry.method}), som Word-dokumenter ikke bruger.`);
    }
    return this.inflate(data, entry.name, entry.declaredSize, partCap);
  }

  private partTooLarge(name: string, cap: number): never {
    throw new DocumentUnreadable(
      `Delen ${name} fylder mere end ${MB(cap)} udpakket og afvises; så meget tekst har en kontrakt ikke (mulig zip-bombe).`,
    );
  }

  private count(n: number): void {
    this.inflatedTotal += n;
    if (this.inflatedTotal > this.limits.maxTotalUncompressed) {
      throw new DocumentUnreadable(
        `Dokumentet udpakkes til mere end ${MB(this.limits.maxTotalUncompressed)} og afvises (mulig zip-bombe).`,
      );
    }
  }

  private inflate(data: Uint8Array, name: string, declaredSize: number, partCap: number): Uint8Array {
    // Fast path: one-shot inflate into a buffer of the declared size. It is safe only when even a
    // lying entry cannot make it work past the cap (deflate expands at most ~1032:1), so it is
    // used for small entries only; anything else takes the sliced, capped path below. Where a native
    // inflater is registered (Node's zlib) it is about twice as fast from a few kB up (bench/docx.bench.ts,
    // zlib ~160 µs vs fflate ~340 µs for a 24 kB part), while fflate wins on tiny parts (no zlib handle to set up).
    const totalRemaining = this.limits.maxTotalUncompressed - this.inflatedTotal;
    const overPart = partCap < totalRemaining;
    const remaining = Math.min(totalRemaining, partCap);
    if (data.length * 1032 <= remaining && declaredSize < remaining && !(rawInflate && declaredSize > NATIVE_FROM_BYTES)) {
      let out: Uint8Array | undefined;
      try {
        out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
      } catch {
        out = undefined; // fall through to the careful path, which gives the proper reason
      }
      if (out && out.length <= declaredSize) {
        this.count(out.length);
        return out;
      }
    }
    if (rawInflate) {
      let out: Uint8Array | 'limit';
      try {
        out = rawInflate(data, remaining);
      } catch (e) {
        throw new DocumentUnreadable(`Delen ${name} er beskadiget eller afkortet og kan ikke udpakkes.`, { cause: e });
      }
      if (out === 'limit') {
        if (overPart) this.partTooLarge(name, partCap);
        this.count(totalRemaining + 1);
      } else {
        this.count(out.length);
        return out;
      }
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > partCap) this.partTooLarge(name, partCap);
      this.count(chunk.length);
      if (final) ended = true;
    });
    // Small input slices bound the output of one push (deflate expands at most ~1032:1).
    const SLICE = 16 * 1024;
    try {
      for (let o = 0; o < data.length; o += SLICE) {
        const end = Math.min(data.length, o + SLICE);
        inflater.push(data.subarray(o, end), end >= data.length);
        if (ended) break;
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof DocumentUnreadable) throw e;
      throw new DocumentUnreadable(`Delen ${name} er beskadiget og kan ikke udpakkes.`, { cause: e });
    }
    if (!ended) throw new DocumentUnreadable(`Delen ${name} er afkortet og kan ikke udpakkes.`);
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of chunks) { out.set(c, o); o += c.length; }
    return out;
  }
}
