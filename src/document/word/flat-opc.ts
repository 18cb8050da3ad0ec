/**
 * Builds the small Flat OPC packages the adapter hands to insertOoxml: a main document part whose
 * body holds the given block-level XML (paragraphs), with the namespace declarations of the
 * document they were cut from, so every prefix (w:, w14:, r: …) stays bound.
 */
import { escapeText } from '../ooxml/xml';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const REL_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** `rootStartTag` is the source's `<w:document …>` start tag (with its xmlns declarations). */
export function flatOpcForBlocks(rootStartTag: string, blocksXml: string): string {
  const closing = `</${/^<([\w.:-]+)/.exec(rootStartTag)?.[1] ?? 'w:document'}>`;
  const prefix = /^<([\w.-]+):/.exec(rootStartTag)?.[1] ?? 'w';
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_DOC}" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${MAIN_TYPE}"><pkg:xmlData>` +
    `${rootStartTag}<${prefix}:body>${blocksXml}</${prefix}:body>${closing}` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}

/** A footer part holding the given text, so the OOXML engine recognises the template by its footer. */
export function footerPartXml(text: string): string {
  const paras = text.split(/\r\n|\r|\n/).map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeText(line)}</w:t></w:r></w:p>`).join('');
  return `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${paras || '<w:p/>'}</w:ftr>`;
}
