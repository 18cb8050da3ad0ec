/**
 * An OPC package (the parts of a .docx) loaded from zip bytes or from a Flat OPC XML string
 * (what Word's `body.getOoxml()` returns). Parts are read lazily and decoded as text on demand;
 * parts that are changed are kept as text and written back, every other part stays byte-identical.
 */
import { zipSync, type Zippable } from 'fflate';
import { DocumentUnreadable } from './errors';
import { attr, findAll, parseXml, rootElement } from './xml';
import { DEFAULT_LIMITS, safePartName, ZipReader, type ZipLimits } from './zip-reader';

export const REL_OFFICE_DOCUMENT = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
];

export interface Relationship {
  id: string;
  type: string;
  /** Target resolved to a part name (no leading '/'), or the raw target when external. */
  target: string;
  external: boolean;
}

const utf8 = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const s = utf8.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string | null {
  if (target.startsWith('/')) return safePartName(target.replace(/^\/+/, ''));
  const slash = sourcePart.lastIndexOf('/');
  const base = slash < 0 ? '' : sourcePart.slice(0, slash + 1);
  const parts: string[] = [];
  for (const seg of (base + target).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
      continue;
    }
    parts.push(seg);
  }
  return parts.length ? parts.join('/') : null;
}

export function relsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

export class OoxmlPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly binary = new Map<string, Uint8Array>();
  /** Part names in their original order (for writing). */
  private readonly order: string[];
  private readonly lowerIndex = new Map<string, string>();
  /** Parsed relationships by _rels part (reading a document asks for the main part's several times); cleared on every write. */
  private readonly rels = new Map<string, Relationship[]>();

  private constructor(private readonly zip: ZipReader | null, names: string[]) {
    this.order = names;
    for (const n of names) this.lowerIndex.set(n.toLowerCase(), n);
  }

  static fromZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): OoxmlPackage {
    const zip = new ZipReader(bytes, limits);
    return new OoxmlPackage(zip, zip.names());
  }

  /** Loads a Flat OPC document (`<pkg:package>` with `<pkg:part pkg:name>` and xmlData/binaryData). */
  static fromFlatOpc(xml: string): OoxmlPackage {
    const doc = parseXml(xml, 'Flat OPC');
    const root = rootElement(doc);
    if (!root || root.name !== 'pkg:package') {
      throw new DocumentUnreadable('Teksten er ikke et Flat OPC-dokument (pkg:package mangler).');
    }
    const names: string[] = [];
    const pkg = new OoxmlPackage(null, names);
    for (const part of findAll(root, 'pkg:part')) {
      const name = safePartName((attr(part, 'pkg:name') ?? '').replace(/^\/+/, ''));
      if (!name || pkg.lowerIndex.has(name.toLowerCase())) continue;
      const xmlData = part.children.find((c) => c.name === 'pkg:xmlData');
      const binData = part.children.find((c) => c.name === 'pkg:binaryData');
      if (xmlData && 'innerStart' in xmlData) {
        pkg.texts.set(name, xml.slice(xmlData.innerStart, xmlData.innerEnd).trim());
      } else if (binData && 'innerStart' in binData) {
        pkg.binary.set(name, base64ToBytes(xml.slice(binData.innerStart, binData.innerEnd)));
      } else continue;
      names.push(name);
      pkg.lowerIndex.set(name.toLowerCase(), name);
    }
    return pkg;
  }

  /** Stored part name (OPC names compare case-insensitively). */
  resolve(name: string): string | undefined {
    return this.lowerIndex.get(name.replace(/^\//, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  partNames(): string[] {
    return [...this.order];
  }

  /** Part content as text; undefined when the part does not exist. */
  text(name: string): string | undefined {
    const stored = this.resolve(name);
    if (stored === undefined) return undefined;
    const cached = this.texts.get(stored);
    if (cached !== undefined) return cached;
    const bytes = this.bytes(stored);
    if (!bytes) return undefined;
    const s = decodeText(bytes);
    this.texts.set(stored, s);
    return s;
  }

  bytes(name: string): Uint8Array | undefined {
    const stored = this.resolve(name);
    if (stored === undefined) return undefined;
    if (this.changed.has(stored)) return new TextEncoder().encode(this.texts.get(stored) ?? '');
    const bin = this.binary.get(stored);
    if (bin) return bin;
    if (this.zip) return this.zip.read(stored);
    const t = this.texts.get(stored);
    return t === undefined ? undefined : new TextEncoder().encode(t);
  }

  setText(name: string, text: string): void {
    const stored = this.resolve(name) ?? name;
    if (!this.lowerIndex.has(stored.toLowerCase())) {
      this.order.push(stored);
      this.lowerIndex.set(stored.toLowerCase(), stored);
    }
    this.texts.set(stored, text);
    this.changed.add(stored);
    this.rels.clear();
  }

  /** Relationships of a part (from its _rels part); empty when it has none. */
  relationships(sourcePart: string): Relationship[] {
    const relsName = sourcePart === '' ? '_rels/.rels' : relsPartOf(sourcePart);
    const cached = this.rels.get(relsName);
    if (cached) return [...cached];
    const xml = this.text(relsName);
    if (xml === undefined) return [];
    const root = rootElement(parseXml(xml, relsName));
    if (!root) return [];
    const out: Relationship[] = [];
    for (const r of findAll(root, 'rel:Relationship')) {
      const external = (attr(r, 'TargetMode') ?? '').toLowerCase() === 'external';
      const rawTarget = attr(r, 'Target') ?? '';
      const target = external ? rawTarget : resolveTarget(sourcePart, rawTarget);
      if (target === null) continue;
      out.push({ id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target, external });
    }
    this.rels.set(relsName, out);
    return [...out];
  }

  /** The main document part named by `_rels/.rels` (officeDocument, transitional or strict). */
  mainPartName(): string {
    if (!this.has('_rels/.rels')) {
      throw new DocumentUnreadable('Pakken mangler _rels/.rels og er derfor ikke et gyldigt Word-dokument.');
    }
    const rel = this.relationships('').find((r) => REL_OFFICE_DOCUMENT.includes(r.type) && !r.external);
    if (!rel) throw new DocumentUnreadable('Pakken angiver ikke noget hoveddokument (officeDocument-relation mangler).');
    const stored = this.resolve(rel.target);
    if (stored === undefined) {
      throw new DocumentUnreadable(`Hoveddokumentet ${rel.target}, som pakken henviser til, findes ikke.`);
    }
    return stored;
  }

  /** Writes the package as a .docx; unchanged parts keep their bytes. */
  toZip(): Uint8Array {
    const files: Zippable = {};
    for (const name of this.order) {
      const bytes = this.bytes(name);
      if (bytes) files[name] = [bytes, { level: 6 }];
    }
    if (!this.zip && !this.has('[Content_Types].xml')) {
      throw new DocumentUnreadable('Flat OPC-pakken har ingen [Content_Types].xml og kan ikke gemmes som .docx.');
    }
    return zipSync(files);
  }
}

function base64ToBytes(b64: string): Uint8Array {
  const clean = b64.replace(/[^A-Za-z0-9+/=]/g, '');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
