/** The word model gives each paragraph what extraction needs: table place, resolved numbering, heading level, text boxes, boxes in nested controls. */
import { buildWordModel } from '../../../src/document/ooxml/word-model';
import { readStyleSheet } from '../../../src/document/ooxml/word-styles';
import { parseXml, rootElement } from '../../../src/document/ooxml/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const model = (body: string, styles?: string, numbering?: string) => {
  const xml = doc(body);
  const root = (s?: string) => (s ? rootElement(parseXml(s)) : undefined);
  return buildWordModel(xml, parseXml(xml), readStyleSheet(root(styles), root(numbering)));
};
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Afsnit"><w:name w:val="Afsnit"/><w:basedOn w:val="ListNumber"/></w:style>
  <w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`;
const NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;

describe('word model', () => {
  it('resolves numbering through the style chain (basedOn) and numbering.xml; numId 0 switches it off', () => {
    const m = model(p('Borger', '<w:pStyle w:val="Afsnit"/>') + p('Tekst') + p('Køber', '<w:pStyle w:val="Afsnit"/><w:numPr><w:numId w:val="0"/></w:numPr>'), STYLES, NUMBERING);
    expect(m.paragraphs[0]).toMatchObject({ numbered: true, numbering: { numId: '3', ilvl: 0, source: 'style', format: 'decimal' } });
    expect(m.paragraphs[1]?.numbered).toBe(false);
    expect(m.paragraphs[2]?.numbered).toBe(false);
  });

  it('knows a heading by its built-in style name or outline level', () => {
    const m = model(p('Borger', '<w:pStyle w:val="Overskrift1"/>') + p('Køber', '<w:outlineLvl w:val="1"/>') + p('Tekst', '<w:outlineLvl w:val="9"/>'), STYLES);
    expect(m.paragraphs.map((q) => q.headingLevel)).toEqual([1, 2, undefined]);
  });

  it('gives table paragraphs their table, row, cell and grid column', () => {
    const tc = (t: string, span = 1) => `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${p(t)}</w:tc>`;
    const m = model(`<w:tbl><w:tr>${tc('a', 2)}${tc('b')}</w:tr><w:tr>${tc('c')}${tc('d')}${tc('e')}</w:tr></w:tbl>${p('after')}`);
    expect(m.paragraphs.map((q) => q.table && [q.table.table, q.table.row, q.table.cell, q.table.column, q.table.cells])).toEqual([
      [0, 0, 0, 0, 2], [0, 0, 1, 2, 2], [0, 1, 0, 0, 3], [0, 1, 1, 1, 3], [0, 1, 2, 2, 3], undefined,
    ]);
  });

  it('reads a checkbox inside a plain outer control (LibreOffice) as a box, and glyphs inside a plain control', () => {
    const inner = '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>';
    const outer = `<w:sdt><w:sdtPr><w:id w:val="5"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const glyphs = '<w:sdt><w:sdtPr><w:id w:val="6"/></w:sdtPr><w:sdtContent><w:r><w:t>☐ Forud ☒ Bagud</w:t></w:r></w:sdtContent></w:sdt>';
    const m = model(`<w:p>${outer}<w:r><w:t xml:space="preserve"> Dataansvarlig</w:t></w:r></w:p><w:p>${glyphs}</w:p>`);
    expect(m.paragraphs[0]?.items.map((i) => i.kind)).toEqual(['box', 'text']);
    expect(m.paragraphs[0]?.items[0]).toMatchObject({ kind: 'box', checked: true });
    expect(m.paragraphs[1]?.items.map((i) => (i.kind === 'box' ? i.checked : i.kind === 'text' ? i.text.trim() : i.kind))).toEqual([false, 'Forud', true, 'Bagud']);
  });

  it('reads a text box once (Choice, not also Fallback), as paragraphs after its anchor, and not as a picture', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const anchor = `<w:p><w:r><w:t>Anker</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:wsp xmlns:wps="z"><wps:txbx>${box('Navn: Mette')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box('Navn: Mette')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const m = model(anchor + p('Efter'));
    expect(m.paragraphs.map((q) => [q.text, q.inTextBox])).toEqual([['Anker', false], ['Navn: Mette', true], ['Efter', false]]);
    expect(m.paragraphs[0]?.items.some((i) => i.kind === 'picture')).toBe(false);
  });

  it('reads a control converted to a FORMTEXT or FILLIN field as the result text of the field', () => {
    const field = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const m = model(`<w:p><w:r><w:t xml:space="preserve">Navn: </w:t></w:r>${field('FORMTEXT', 'Mette Sørensen')}</w:p><w:p><w:r><w:t xml:space="preserve">By: </w:t></w:r>${field('FILLIN "By"', 'Næstved')}</w:p>`);
    expect(m.paragraphs.map((q) => q.text)).toEqual(['Navn: Mette Sørensen', 'By: Næstved']);
  });
});
