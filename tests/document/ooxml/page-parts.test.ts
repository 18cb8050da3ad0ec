/**
 * Page headers and footers (header*.xml, footer*.xml) are read into the word model apart from the
 * body: a template title or footer there is recognised, and nothing in them is ever read as a field,
 * a choice or a signature.
 */
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkDocx } from '../../../src/document/ooxml/check';
import { loadDocument } from '../../../src/document/ooxml/load';
import { contractsDir, readBytes, registry } from '../helpers';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const control = (tag: string, text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">Navn: </w:t></w:r><w:sdt><w:sdtPr><w:id w:val="77"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;

/**
 * korrekt-01.docx with a page header part holding `header` (and, with `titleInHeader`, the template
 * title moved there from the body), and `footer` added to its footer part after the template footer.
 */
function withPageParts(opts: { header: string; footer: string; titleInHeader: boolean; body?: (xml: string) => string }): Uint8Array {
  const files = unzipSync(readBytes(path.join(contractsDir, 'korrekt-01.docx')));
  const get = (name: string) => strFromU8(files[name] as Uint8Array);
  let doc = get('word/document.xml');
  let header = opts.header;
  if (opts.titleInHeader) {
    const title = /<w:p>(?:(?!<\/w:p>).)*STANDARDKONTRAKT PÅ VOKSENOMRÅDET(?:(?!<\/w:p>).)*<\/w:p>/.exec(doc)?.[0];
    if (!title) throw new Error('no title paragraph');
    doc = doc.replace(title, '');
    header = title + header;
  }
  doc = doc.replace('<w:footerReference', '<w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference');
  files['word/document.xml'] = strToU8(opts.body ? opts.body(doc) : doc);
  files['word/header1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${header}</w:hdr>`);
  files['word/footer1.xml'] = strToU8(get('word/footer1.xml').replace('</w:ftr>', `${opts.footer}</w:ftr>`));
  files['word/_rels/document.xml.rels'] = strToU8(get('word/_rels/document.xml.rels').replace('</Relationships>',
    '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>'));
  files['[Content_Types].xml'] = strToU8(get('[Content_Types].xml').replace('</Types>',
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>'));
  return zipSync(files);
}

/** A letterhead that reads like a form: labels with values, a tagged control, a signature line. */
const LETTERHEAD = para('Navn: Karen Brevhoved') + para('Cpr.nr.: 010203-4321') + control('citizen.name', 'Hoved Kontrol') + para('Handelskommune: Sidehoved Kommune');
const FOOTER_FORM = para('Dato: 01-01-1999') + para('Underskrift: Sidefod Person') + para('Antal dage: 90');

describe('page headers and footers', () => {
  it('flags header and footer paragraphs and keeps them and their controls out of the body', () => {
    const doc = loadDocument(withPageParts({ header: LETTERHEAD, footer: FOOTER_FORM, titleInHeader: true }));
    const parts = doc.model.pageParagraphs.map((p) => [p.part, p.text]);
    expect(parts).toEqual(expect.arrayContaining([
      ['header', 'STANDARDKONTRAKT PÅ VOKSENOMRÅDET'], ['header', 'Navn: Hoved Kontrol'], ['footer', 'Underskrift: Sidefod Person'],
    ]));
    expect(doc.model.pageParagraphs.map((p) => p.index)).toEqual(doc.model.pageParagraphs.map((_, i) => i));
    expect(doc.model.paragraphs.every((p) => p.part === 'body')).toBe(true);
    expect(doc.model.paragraphs.some((p) => p.text.includes('STANDARDKONTRAKT'))).toBe(false);
    expect(doc.model.controls.some((c) => c.tag === 'citizen.name')).toBe(false);
  });

  it('recognises the template by a title in the page header and reads every value from the body only', () => {
    const plain = checkDocx(readBytes(path.join(contractsDir, 'korrekt-01.docx')), registry());
    const r = checkDocx(withPageParts({ header: LETTERHEAD, footer: FOOTER_FORM, titleInHeader: true }), registry());
    expect(r.template).toEqual({ id: 'kl-voksen', version: '2.1' });
    expect(r.category).toBe('korrekt');
    expect(r.findings).toEqual([]);
    // The same texts as without page parts (locations shift by the title that moved to the header).
    const texts = (c: typeof r.contract) => Object.fromEntries(Object.entries(c?.values ?? {}).map(([id, v]) => [id, v.text]));
    expect(texts(r.contract)).toEqual(texts(plain.contract));
  });

  it('never fills a value missing from the body with header or footer text', () => {
    // The citizen's name and the provider's signature line left empty in the body.
    const blank = (xml: string) => xml
      .replace('<w:t xml:space="preserve">Mette Sørensen</w:t>', '<w:t xml:space="preserve"></w:t>');
    const r = checkDocx(withPageParts({ header: LETTERHEAD, footer: FOOTER_FORM, titleInHeader: false, body: blank }), registry());
    expect(r.template).toEqual({ id: 'kl-voksen', version: '2.1' });
    expect(r.contract?.values['citizen.name']?.text).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.field])).toContainEqual(['field.missing', 'citizen.name']);
    expect(r.contract?.values['buyer.municipality']?.text).toBe('Næstved Kommune');
  });
});
