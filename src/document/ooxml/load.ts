/**
 * Loads a Word document from bytes (a .docx/.docm/.dotx/.dotm zip, or a Flat OPC XML file) or from
 * a Flat OPC string, and builds its paragraph model. Every failure is a DocumentUnreadable with a
 * Danish reason: empty, legacy or encrypted (OLE), not a zip, truncated, not a Word document.
 */
import { DocumentUnreadable } from './errors';
import { decodeText, OoxmlPackage } from './package';
import { addPageParagraphs, buildWordModel, type WordModel } from './word-model';
import { lazyStyleSheet, type StyleSheet } from './word-styles';
import { parseXml, rootElement, type XmlElement } from './xml';
import { DEFAULT_LIMITS, type ZipLimits } from './zip-reader';

export interface LoadedDocument {
  pkg: OoxmlPackage;
  mainPart: string;
  xml: string;
  tree: XmlElement;
  model: WordModel;
  /** Text of each header and footer part, paragraphs joined by newlines (the model's pageParagraphs, part by part). */
  headerFooterTexts: string[];
}

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((v, i) => b[i] === v);

/** Opens a package from file bytes, refusing what is not an OOXML zip or Flat OPC file. */
export function openPackage(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): OoxmlPackage {
  if (bytes.length === 0) throw new DocumentUnreadable('Filen er tom.');
  if (bytes.length > limits.maxInputBytes) {
    throw new DocumentUnreadable(`Filen er større end grænsen på ${Math.round(limits.maxInputBytes / 1048576)} MB.`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DocumentUnreadable(
      'Filen kan ikke læses: krypteret eller ældre Word-format (.doc). Gem den i Word som .docx uden adgangskode.',
    );
  }
  if (startsWith(bytes, [0x50, 0x4b])) return OoxmlPackage.fromZip(bytes, limits);
  const head = decodeText(bytes.subarray(0, 2048)).trimStart();
  if (head.startsWith('{\\rtf')) throw new DocumentUnreadable('Filen er et RTF-dokument, ikke en .docx; gem den i Word som .docx.');
  if (head.startsWith('<')) {
    if (/<pkg:package[\s>]/.test(head) || /<\?mso-application progid="Word.Document"\?>/.test(head)) {
      if (/w:wordDocument/.test(head) && !/pkg:package/.test(head)) {
        throw new DocumentUnreadable('Filen er i Word 2003 XML-format; gem den i Word som .docx.');
      }
      return OoxmlPackage.fromFlatOpc(decodeText(bytes));
    }
    if (/<html|<!doctype html/i.test(head)) throw new DocumentUnreadable('Filen er en HTML-side, ikke en .docx.');
    throw new DocumentUnreadable('Filen er en XML-fil, men ikke et Word-dokument.');
  }
  throw new DocumentUnreadable('Filen er ikke en .docx (ikke et zip-arkiv); den er beskadiget eller i et andet format.');
}

const OTHER_APPS: Array<[string, string]> = [
  ['workbook', 'Filen er et Excel-regneark, ikke et Word-dokument.'],
  ['presentation', 'Filen er en PowerPoint-præsentation, ikke et Word-dokument.'],
];

/** Loads the main document part and its model. */
export function loadPackage(pkg: OoxmlPackage): LoadedDocument {
  const mainPart = pkg.mainPartName();
  const xml = pkg.text(mainPart);
  if (xml === undefined || xml.trim() === '') throw new DocumentUnreadable(`Hoveddokumentet ${mainPart} er tomt.`);
  const tree = parseXml(xml, mainPart);
  const root = rootElement(tree);
  if (!root || root.name !== 'w:document') {
    const local = (root?.name ?? '').replace(/^.*:/, '');
    const other = OTHER_APPS.find(([name]) => name === local);
    throw new DocumentUnreadable(other ? other[1] : `Hoveddokumentet ${mainPart} er ikke et Word-dokument.`);
  }
  const model = buildWordModel(xml, tree, styleSheet(pkg, mainPart));
  return { pkg, mainPart, xml, tree, model, headerFooterTexts: readPageParts(pkg, mainPart, model) };
}

export function loadDocument(bytes: Uint8Array, limits?: ZipLimits): LoadedDocument {
  return loadPackage(openPackage(bytes, limits));
}

export function loadFlatOpc(xml: string): LoadedDocument {
  return loadPackage(OoxmlPackage.fromFlatOpc(xml));
}

/** styles.xml and numbering.xml of the main part, read when first needed; a broken or missing part resolves nothing. */
function styleSheet(pkg: OoxmlPackage, mainPart: string): StyleSheet {
  const part = (type: RegExp): XmlElement | undefined => {
    const rel = pkg.relationships(mainPart).find((r) => !r.external && type.test(r.type));
    const xml = rel && pkg.text(rel.target);
    if (!xml) return undefined;
    try {
      return rootElement(parseXml(xml, rel.target));
    } catch {
      return undefined;
    }
  };
  return lazyStyleSheet(() => part(/\/styles$/), () => part(/\/numbering$/));
}

/** Reads every header and footer part into the model's pageParagraphs; returns each part's text. */
function readPageParts(pkg: OoxmlPackage, mainPart: string, model: WordModel): string[] {
  const parts = new Map<string, 'header' | 'footer'>();
  for (const r of pkg.relationships(mainPart)) {
    const m = r.external ? null : /\/(footer|header)$/.exec(r.type);
    if (m) parts.set(r.target, m[1] as 'header' | 'footer');
  }
  // Tolerate packages whose relationships were lost: any part named like a footer counts too.
  for (const n of pkg.partNames()) if (/(^|\/)footer\d*\.xml$/i.test(n) && !parts.has(n)) parts.set(n, 'footer');
  const out: string[] = [];
  for (const [n, part] of parts) {
    const xml = pkg.text(n);
    if (!xml) continue;
    try {
      const root = rootElement(parseXml(xml, n));
      if (!root) continue;
      out.push(addPageParagraphs(model, root, part).map((p) => p.text).join('\n'));
    } catch {
      // A broken header or footer does not make the document unreadable; it just does not count.
    }
  }
  return out;
}
