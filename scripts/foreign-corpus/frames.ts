/**
 * A contract laid out in text frames, as a flat OpenDocument file (.fodt) for LibreOffice to save
 * as .docx: the parties' details, the operating form's ☐/☒ boxes and each party's signature lines
 * sit in frames (draw:frame/draw:text-box), which LibreOffice writes as Word text boxes
 * (w:txbxContent in a wps shape, with a VML fallback). The section headings and the clauses stay in
 * the body; the template's footer is in the page footer.
 * Flat ODF: https://docs.oasis-open.org/office/OpenDocument/v1.3/os/part3-schema/OpenDocument-v1.3-os-part3-schema.html#__RefHeading__1415190_253892949
 */
import { FOOTER, OPERATING_FORMS, PERIODS, ROLES, TIMINGS, TITLE, type CorpusContract } from './contract-data';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const box = (on: boolean): string => (on ? '☒' : '☐');
const p = (text: string, style = 'Standard'): string => `<text:p text:style-name="${style}">${esc(text)}</text:p>`;
const h = (text: string): string => `<text:h text:style-name="Heading_20_1" text:outline-level="1">${esc(text)}</text:h>`;

let frames = 0;
/** A paragraph anchoring a frame that holds the lines, one paragraph each. */
function frame(lines: string[]): string {
  frames++;
  const height = (0.6 * lines.length + 0.4).toFixed(1);
  return `<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Ramme${frames}" text:anchor-type="paragraph" svg:width="16cm" svg:height="${height}cm" draw:z-index="${frames}">` +
    `<draw:text-box>${lines.map((l) => p(l, 'Frame_20_contents')).join('')}</draw:text-box></draw:frame></text:p>`;
}

export function contractFodt(c: CorpusContract): string {
  frames = 0;
  const boxes = (opts: Array<[string, string]>, chosen: string[]): string[] => opts.map(([id, t]) => `${box(chosen.includes(id))} ${t}`);
  const body = [
    p(TITLE, 'Title'),
    h('1. Borger'),
    frame([`Navn: ${c.citizen.name}`, `Cpr.nr.: ${c.citizen.cpr}`]),
    h('2. Køber'),
    frame([
      `Handelskommune: ${c.buyer.municipality}`, `Forvaltning: ${c.buyer.department}`, `Adresse: ${c.buyer.address}`,
      `Postnr.: ${c.buyer.postcode}`, `By: ${c.buyer.city}`, `EAN-nr.: ${c.buyer.ean}`, `Tlf: ${c.buyer.phone}`, `Sikker e-mail: ${c.buyer.email}`,
    ]),
    h('3. Leverandør'),
    frame(['Driftsform:', ...boxes(OPERATING_FORMS, c.provider.operatingForm)]),
    frame([
      `Tilbuddets navn: ${c.provider.name}`, `Adresse: ${c.provider.address}`, `Postnr.: ${c.provider.postcode}`, `By: ${c.provider.city}`,
      `Sikker e-mail: ${c.provider.email}`, `Tlf: ${c.provider.phone}`, `Evt. P-nummer: ${c.provider.pNumber}`,
      `Evt. Cvr-nummer: ${c.provider.cvr}`, `Evt. afdelings UUID: ${c.provider.uuid}`,
    ]),
    h('4. Leverandørens indsatser og pris'),
    p('Indsats 1'),
    p(`Indsats og paragraf: ${c.service.what}`), p(`Antal: ${c.service.quantity}`), p(`Enhedspris: ${c.service.unitPrice}`),
    p(`Evt. uddybning af indhold: ${c.service.description}`), p(`Ikrafttrædelsesdato: ${c.service.start}`),
    p(`Evt. slutdato: ${c.service.end}`), p(`Første opfølgningsdato: ${c.service.followUp}`),
    h('5. Betaling'),
    p(c.clauses.payment),
    p(`Betaling sker: ${boxes(TIMINGS, c.payment.timing).join('   ')}`),
    p(`Betalingsfrist i dage efter modtagelse af faktura (højst 30): ${c.payment.deadline}`),
    h('6. Regulering af takster'), p(c.clauses.priceRegulation),
    h('7. Genforhandling'), p(c.clauses.renegotiation),
    h('8. Opsigelse'), p(c.clauses.termination), p('Betaling efter fraflytning:'),
    ...boxes(PERIODS, c.termination.period).map((l) => p(l)),
    p(`Antal dage: ${c.termination.days}`),
    h('9. Persondata'), ...boxes(ROLES, c.dataProtection).map((l) => p(l)),
    h('10. Dokumentationskrav til køber'), p(c.clauses.documentation),
    h('11. Underskrifter'),
    ...([['For køber', c.signatures.buyer], ['For leverandør', c.signatures.provider]] as const).flatMap(([title, s]) => [
      p(title, 'Strong'),
      frame([`Dato: ${s.date}`, `Navn: ${s.name}`, `Underskrift: ${s.signature}`]),
    ]),
  ].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:creation-date>2026-01-01T00:00:00</meta:creation-date><dc:date>2026-01-01T00:00:00</dc:date></office:meta>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Strong" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="left" style:horizontal-rel="paragraph" fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>${p(FOOTER)}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}
