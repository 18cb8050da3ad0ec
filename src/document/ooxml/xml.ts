/**
 * A small, fast, non-validating XML reader for OOXML parts. It builds a light element tree with
 * source offsets, so that the writer can splice changes into the original text and leave every
 * other byte as it was. Runs in Node and the browser (no node:* imports).
 *
 * Why hand-written: the benchmark (bench/docx.bench.ts) showed a regex tokenizer with a minimal
 * tree to be several times faster than a DOM parser, and a DTD is refused before any parsing, so
 * the classic XML attacks (entity expansion, external entities) cannot reach it.
 */
import { DocumentUnreadable } from './errors';

export interface XmlElement {
  /** Qualified name with the prefix canonicalised by namespace ('w:p' also for Strict OOXML). */
  name: string;
  /** Raw attribute source text (parsed on demand by attr()). */
  rawAttrs: string;
  children: XmlNode[];
  parent: XmlElement | null;
  /** Offsets in the source: start of '<name', end after '>' of the end tag (or of '/>'). */
  start: number;
  end: number;
  /** Offsets of the content between the start tag and the end tag (equal for empty elements). */
  innerStart: number;
  innerEnd: number;
  attrCache?: Map<string, string>;
}

export interface XmlText {
  name: '#text';
  text: string;
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

/** Namespace URIs mapped to the prefix the reader uses, whatever prefix the document chose. */
const CANONICAL_PREFIX: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.microsoft.com/office/2006/xmlPackage': 'pkg',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

/**
 * A start or end tag at a given position. Attribute text may not contain '<' (it cannot in XML), so
 * a failed match never scans past the next '<': the tokenizer stays linear on garbage like "<a<a<a…".
 */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/y;
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const XMLNS = /xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Refuses DTDs and entity declarations before parsing (billion laughs, XXE). */
export function assertNoDtd(xml: string, partName: string): void {
  // A DTD must come before the root element; searching the prolog is enough and stays cheap.
  const head = xml.slice(0, 4096);
  if (/<!DOCTYPE|<!ENTITY/i.test(head) || (xml.length > 4096 && /<!DOCTYPE|<!ENTITY/i.test(xml))) {
    throw new DocumentUnreadable(
      `Delen ${partName} indeholder en DTD eller entitetserklæring; den læses ikke af sikkerhedshensyn.`,
    );
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[e] ?? '';
  });
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/**
 * Caps on the text built from one part. The zip reader already refuses an XML part over 32 MB
 * (zip-reader.ts, XML_PART_LIMIT) before it becomes a string; these bound what a caller that hands
 * us a string directly (Flat OPC from Word's getOoxml, at most the 50 MB input limit) can make the
 * reader build, and the number of character references decoded into text (each one a replace
 * callback and a fresh string), so that no part turns into millions of tiny allocations.
 */
export const MAX_PART_CHARS = 64 * 1024 * 1024;
export const MAX_CHAR_REFS_PER_PART = 2_000_000;

/**
 * Parses an XML part into an element tree. Not validating: mismatched end tags are tolerated by
 * closing up to the nearest open element of that name (what a forgiving reader of fuzzed files needs).
 */
export function parseXml(xml: string, partName = 'xml'): XmlElement {
  if (xml.length > MAX_PART_CHARS) {
    throw new DocumentUnreadable(`Delen ${partName} er på mere end ${MAX_PART_CHARS / 1048576} millioner tegn og afvises.`);
  }
  assertNoDtd(xml, partName);
  const budget: TextBudget = { refs: MAX_CHAR_REFS_PER_PART, partName };
  const root: XmlElement = { name: '#document', rawAttrs: '', children: [], parent: null, start: 0, end: xml.length, innerStart: 0, innerEnd: xml.length };
  const prefixMap = new Map<string, string>();
  const nameCache = new Map<string, string>();
  const canonical = (raw: string): string => {
    let n = nameCache.get(raw);
    if (n !== undefined) return n;
    const colon = raw.indexOf(':');
    const prefix = colon < 0 ? '' : raw.slice(0, colon);
    const local = colon < 0 ? raw : raw.slice(colon + 1);
    const mapped = prefixMap.get(prefix);
    n = mapped === undefined ? raw : mapped === '' ? local : `${mapped}:${local}`;
    nameCache.set(raw, n);
    return n;
  };
  let current = root;
  let depth = 0;
  let last = 0;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // Comments, CDATA and processing instructions: found with indexOf, so an unterminated one costs one scan.
      const cdata = xml.startsWith('<![CDATA[', lt);
      const close = xml.startsWith('<!--', lt) ? '-->' : cdata ? ']]>' : next === 63 ? '?>' : '>';
      const end = xml.indexOf(close, lt + 2);
      if (lt > last) pushText(current, xml, last, lt, budget);
      if (end < 0) {
        last = xml.length;
        break;
      }
      const after = end + close.length;
      if (cdata && current !== root) current.children.push({ name: '#text', text: xml.slice(lt + 9, end), start: lt, end: after });
      last = pos = after;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m) {
      pos = lt + 1;
      continue;
    }
    if (lt > last) pushText(current, xml, last, lt, budget);
    last = pos = TAG.lastIndex;
    const tagName = m[2] as string;
    if (m[1] === '/') {
      const name = canonical(tagName);
      // Close the nearest open element with this name; ignore a stray end tag.
      let e: XmlElement | null = current;
      while (e && e !== root && e.name !== name) e = e.parent;
      if (!e || e === root) continue;
      let c: XmlElement | null = current;
      while (c && c !== e) {
        c.innerEnd = lt;
        c.end = lt;
        c = c.parent;
        depth--;
      }
      e.innerEnd = lt;
      e.end = last;
      current = e.parent ?? root;
      depth--;
      continue;
    }
    let attrs = m[3] ?? '';
    const selfClosing = attrs.endsWith('/');
    if (selfClosing) attrs = attrs.slice(0, -1);
    if (attrs.indexOf('xmlns') >= 0) {
      XMLNS.lastIndex = 0;
      let x: RegExpExecArray | null;
      while ((x = XMLNS.exec(attrs)) !== null) {
        const uri = x[2] ?? x[3] ?? '';
        const canon = CANONICAL_PREFIX[uri];
        const prefix = x[1] ?? '';
        if (canon !== undefined) prefixMap.set(prefix, canon);
        else if (!prefixMap.has(prefix)) prefixMap.set(prefix, prefix);
      }
      nameCache.clear();
    }
    const el: XmlElement = {
      name: canonical(tagName), rawAttrs: attrs, children: [], parent: current,
      start: lt, end: last, innerStart: last, innerEnd: last,
    };
    current.children.push(el);
    if (!selfClosing) {
      if (++depth > 2000) throw new DocumentUnreadable(`Delen ${partName} er for dybt indlejret til at blive læst.`);
      current = el;
    }
  }
  if (last < xml.length) pushText(current, xml, last, xml.length, budget);
  // Close anything left open (truncated parts): their content runs to the end.
  while (current !== root) {
    current.innerEnd = xml.length;
    current.end = xml.length;
    current = current.parent ?? root;
  }
  return root;
}

interface TextBudget {
  /** Character references this part may still decode. */
  refs: number;
  partName: string;
}

function pushText(parent: XmlElement, xml: string, from: number, to: number, budget: TextBudget): void {
  // Whitespace between elements only matters inside text-bearing elements (w:t, w:delText, w:instrText…).
  if (parent.name === '#document') return;
  const raw = xml.slice(from, to);
  // Count the references before decoding any: a part over budget is refused without building its text.
  for (let i = raw.indexOf('&'); i >= 0; i = raw.indexOf('&', i + 1)) {
    if (--budget.refs < 0) {
      throw new DocumentUnreadable(
        `Delen ${budget.partName} har mere end ${MAX_CHAR_REFS_PER_PART / 1_000_000} millioner tegnreferencer (&…;) og afvises; så mange har en kontrakt ikke.`,
      );
    }
  }
  parent.children.push({ name: '#text', text: decodeEntities(raw), start: from, end: to });
}

/** Attribute value by qualified name as written ('w:val') or by local name after any prefix. */
export function attr(el: XmlElement, name: string): string | undefined {
  let cache = el.attrCache;
  if (!cache) {
    cache = new Map();
    ATTR.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ATTR.exec(el.rawAttrs)) !== null) {
      const key = a[1] ?? '';
      const value = decodeEntities(a[2] ?? a[3] ?? '');
      cache.set(key, value);
      const colon = key.indexOf(':');
      const local = colon < 0 ? key : key.slice(colon + 1);
      if (!cache.has(`:${local}`)) cache.set(`:${local}`, value);
    }
    el.attrCache = cache;
  }
  const direct = cache.get(name);
  if (direct !== undefined) return direct;
  const colon = name.indexOf(':');
  return cache.get(`:${colon < 0 ? name : name.slice(colon + 1)}`);
}

export function isElement(n: XmlNode): n is XmlElement {
  return n.name !== '#text';
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (c.name === name) return c as XmlElement;
  return undefined;
}

export function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.name === name) out.push(c as XmlElement);
  return out;
}

/** First descendant with the given name (depth-first, document order). */
export function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** The root element of a parsed part (skipping the document node). */
export function rootElement(doc: XmlElement): XmlElement | undefined {
  for (const c of doc.children) if (isElement(c)) return c;
  return undefined;
}

/** Concatenated direct text children of an element (the content of a w:t). */
export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (!isElement(c)) s += c.text;
  return s;
}
