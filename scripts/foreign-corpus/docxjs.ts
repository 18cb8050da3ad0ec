/**
 * A contract written with the npm `docx` package, laid out unlike the template: section headings
 * numbered only by their paragraph style (style "Afsnit" carries the numbering, the text holds
 * "Borger"), label | value tables, ☐/☒ glyphs, signature tables whose first row holds the labels
 * and the second row the values, and the template's footer in a real footer part.
 */
import {
  AlignmentType, Document, Footer, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { FOOTER, OPERATING_FORMS, PERIODS, ROLES, TIMINGS, TITLE, type CorpusContract } from './contract-data';

const box = (on: boolean): string => (on ? '☒' : '☐');
const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string): Paragraph => new Paragraph({ style: 'Afsnit', children: [new TextRun(text)] });
const cell = (text: string): TableCell => new TableCell({ children: [para(text)], width: { size: 4500, type: WidthType.DXA } });
const rows = (pairs: Array<[string, string]>): Table =>
  new Table({ rows: pairs.map(([l, v]) => new TableRow({ children: [cell(l), cell(v)] })) });
const boxLines = (opts: Array<[string, string]>, chosen: string[]): Paragraph[] =>
  opts.map(([id, text]) => para(`${box(chosen.includes(id))} ${text}`));

export async function contractDocx(c: CorpusContract): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: TITLE, bold: true })] }),
    heading('Borger'),
    rows([['Navn:', c.citizen.name], ['Cpr.nr.:', c.citizen.cpr]]),
    heading('Køber'),
    rows([
      ['Handelskommune:', c.buyer.municipality], ['Forvaltning:', c.buyer.department], ['Adresse:', c.buyer.address],
      ['Postnr.:', c.buyer.postcode], ['By:', c.buyer.city], ['EAN-nr.:', c.buyer.ean], ['Tlf:', c.buyer.phone], ['Sikker e-mail:', c.buyer.email],
    ]),
    heading('Leverandør'),
    para(`Driftsform: ${OPERATING_FORMS.map(([id, t]) => `${box(c.provider.operatingForm.includes(id))} ${t}`).join('  ')}`),
    rows([
      ['Tilbuddets navn:', c.provider.name], ['Adresse:', c.provider.address], ['Postnr.:', c.provider.postcode], ['By:', c.provider.city],
      ['Sikker e-mail:', c.provider.email], ['Tlf:', c.provider.phone], ['Evt. P-nummer:', c.provider.pNumber],
      ['Evt. Cvr-nummer:', c.provider.cvr], ['Evt. afdelings UUID:', c.provider.uuid],
    ]),
    heading('Leverandørens indsatser og pris'),
    para('Indsats 1'),
    rows([
      ['Indsats og paragraf:', c.service.what], ['Antal:', c.service.quantity], ['Enhedspris:', c.service.unitPrice],
      ['Evt. uddybning af indhold:', c.service.description], ['Ikrafttrædelsesdato:', c.service.start],
      ['Evt. slutdato:', c.service.end], ['Første opfølgningsdato:', c.service.followUp],
    ]),
    heading('Betaling'),
    para(c.clauses.payment),
    para(`Betaling sker: ${TIMINGS.map(([id, t]) => `${box(c.payment.timing.includes(id))} ${t}`).join('  ')}`),
    rows([['Betalingsfrist i dage efter modtagelse af faktura (højst 30):', c.payment.deadline]]),
    heading('Regulering af takster'),
    para(c.clauses.priceRegulation),
    heading('Genforhandling'),
    para(c.clauses.renegotiation),
    heading('Opsigelse'),
    para(c.clauses.termination),
    para('Betaling efter fraflytning:'),
    ...boxLines(PERIODS, c.termination.period),
    para(`Antal dage: ${c.termination.days}`),
    heading('Persondata'),
    ...boxLines(ROLES, c.dataProtection),
    heading('Dokumentationskrav til køber'),
    para(c.clauses.documentation),
    heading('Underskrifter'),
  ];
  for (const [title, s] of [['For køber', c.signatures.buyer], ['For leverandør', c.signatures.provider]] as const) {
    children.push(new Paragraph({ children: [new TextRun({ text: title, bold: true })] }));
    // Labels above values: one row of labels, the values in the row below.
    children.push(new Table({
      rows: [
        new TableRow({ children: [cell('Dato:'), cell('Navn:'), cell('Underskrift:')] }),
        new TableRow({ children: [cell(s.date), cell(s.name), cell(s.signature)] }),
      ],
    }));
  }
  const doc = new Document({
    creator: 'foreign-corpus', title: 'Standardkontrakt',
    numbering: {
      config: [{ reference: 'afsnit', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    styles: {
      paragraphStyles: [{
        id: 'Afsnit', name: 'Afsnit', basedOn: 'Normal', next: 'Normal',
        paragraph: { numbering: { reference: 'afsnit', level: 0 }, spacing: { before: 240 } },
      }],
    },
    sections: [{ footers: { default: new Footer({ children: [para(FOOTER)] }) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
