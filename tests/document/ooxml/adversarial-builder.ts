/**
 * Builds KL contracts from scratch, the many ways municipalities write them (contract-checks.md
 * "Finding a value — what real documents do"): content controls by tag, by title or after the
 * label, bare text, label and value in neighbouring table cells, headings as table cells, styled
 * headings, bold lines or auto-numbered paragraphs, checkboxes as w14 controls, glyphs or legacy
 * form fields. The package parts around the body (styles, footer, relations) are korrekt-01's.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { escapeAttr, escapeText } from '../../../src/document/ooxml/xml';
import { contractsDir, readBytes } from '../helpers';
import path from 'node:path';

export type FieldStyle =
  | 'sdt' // label run, then an inline plain-text control (no tag, no title)
  | 'bare' // "Label: value" typed in one run
  | 'runs' // label bold in its own run, a tab, the value in another run with other formatting
  | 'nbsp' // label, a non-breaking space, the value (no colon)
  | 'cells' // label in one table cell, value in the next (bare text)
  | 'cells-sdt' // label in one table cell, an inline control in the next
  | 'tag' // inline control tagged with the field id, no label at all
  | 'alias' // inline control titled with a synonym, no label
  | 'alias-after-label' // bold label, then a control whose title is something unrelated
  | 'block' // block-level rich-text control wrapping the whole "Label: value" paragraph
  | 'nested' // rich-text control holding the label and a plain-text control with the value
  | 'placeholder'; // label, then a control showing its placeholder (value ignored: empty)

export type BoxStyle = 'w14' | 'w14-true' | 'w14-on' | 'glyph' | 'formfield' | 'formfield-default' | 'sym';
export type HeadingStyle = 'table' | 'heading' | 'bold' | 'numbered' | 'plain-numbered' | 'styled-unnumbered' | 'upper' | 'rows' | 'table-plain';

export interface Field { t: 'field'; id: string; label: string; value: string; style?: FieldStyle; alias?: string; tag?: string }
export interface Prose { t: 'prose'; text: string; xml?: string }
export interface SubHeading { t: 'sub'; text: string }
export interface Choice { t: 'choice'; label?: string; options: Array<{ text: string; checked: boolean }>; inline: boolean; style?: BoxStyle }
export interface Raw { t: 'raw'; xml: string }
export type Line = Field | Prose | SubHeading | Choice | Raw;
export interface Section { id: string; number: number; title: string; lines: Line[] }

export interface BuildOptions {
  heading: HeadingStyle;
  field: FieldStyle;
  box: BoxStyle;
  /** Sections in this order (ids); default: as given. */
  order?: string[];
}

export const CLAUSES = {
  payment: 'Leverandøren fakturerer køber elektronisk via købers EAN-nummer. Fakturaen angiver borger, indsats, periode, antal og enhedspris.',
  priceRegulation: 'Taksten reguleres hvert år pr. 1. januar med den pris- og lønfremskrivning, der fremgår af den senest indgåede aftale om kommunernes økonomi. Anden regulering af taksten forudsætter genforhandling efter punkt 7.',
  renegotiation: 'Hver part kan anmode om genforhandling af indsats og pris, når borgerens behov ændrer sig væsentligt. Genforhandlingen tager udgangspunkt i den seneste aktuelle bestilling.',
  termination: 'Køber kan opsige kontrakten med 30 dages varsel til udgangen af en måned. Leverandøren kan opsige kontrakten med 3 måneders varsel til udgangen af en måned.',
  documentation: 'Ydelsen leveres efter seneste aktuelle bestilling. Bestillingen er en del af kontraktgrundlaget og opdateres ved hver opfølgning.',
};

export interface Service { serviceAndSection: string; quantity: string; unitPrice: string; description: string; startDate: string; endDate: string; firstFollowUpDate: string }

export const SERVICE: Service = {
  serviceAndSection: 'Længerevarende botilbud, SEL § 108', quantity: '365 døgn pr. år', unitPrice: '2.450,00 kr. pr. døgn',
  description: '', startDate: '01-03-2026', endDate: '28-02-2027', firstFollowUpDate: '01-06-2026',
};

const f = (id: string, label: string, value: string, extra: Partial<Field> = {}): Field => ({ t: 'field', id, label, value, ...extra });
const p = (text: string): Prose => ({ t: 'prose', text });

export const serviceLines = (s: Service, i: number): Line[] => [
  { t: 'sub', text: `Indsats ${i + 1}` },
  f(`services[${i}].serviceAndSection`, 'Indsats og paragraf:', s.serviceAndSection),
  f(`services[${i}].quantity`, 'Antal:', s.quantity),
  f(`services[${i}].unitPrice`, 'Enhedspris:', s.unitPrice),
  f(`services[${i}].description`, 'Evt. uddybning af indhold:', s.description),
  f(`services[${i}].startDate`, 'Ikrafttrædelsesdato:', s.startDate),
  f(`services[${i}].endDate`, 'Evt. slutdato:', s.endDate),
  f(`services[${i}].firstFollowUpDate`, 'Første opfølgningsdato:', s.firstFollowUpDate),
];

/** A complete, correct contract as sections of lines. */
export function korrektSections(services: Service[] = [SERVICE]): Section[] {
  return [
    { id: 'citizen', number: 1, title: 'Borger', lines: [f('citizen.name', 'Navn:', 'Mette Sørensen'), f('citizen.cpr', 'Cpr.nr.:', '120385-1234')] },
    {
      id: 'buyer', number: 2, title: 'Køber', lines: [
        f('buyer.municipality', 'Handelskommune:', 'Næstved Kommune'),
        f('buyer.department', 'Forvaltning:', 'Center for Social og Sundhed'),
        f('buyer.address', 'Adresse:', 'Rådmandshaven 20'),
        f('buyer.postcode', 'Postnr.:', '4700'),
        f('buyer.city', 'By:', 'Næstved'),
        f('buyer.ean', 'EAN-nr.:', '5798000000001'),
        f('buyer.phone', 'Tlf:', '55445544'),
        f('buyer.secureEmail', 'Sikker e-mail:', 'myndighed@naestved.dk'),
      ],
    },
    {
      id: 'provider', number: 3, title: 'Leverandør', lines: [
        { t: 'choice', label: 'Driftsform:', inline: true, options: [
          { text: 'Privat tilbud', checked: true }, { text: 'Selvejende tilbud', checked: false },
          { text: 'Kommunalt tilbud', checked: false }, { text: 'Regionalt tilbud', checked: false }] },
        f('provider.name', 'Tilbuddets navn:', 'Bostedet Skovbrynet'),
        f('provider.address', 'Adresse:', 'Skovbrynet 12'),
        f('provider.postcode', 'Postnr.:', '4180'),
        f('provider.city', 'By:', 'Sorø'),
        f('provider.secureEmail', 'Sikker e-mail:', 'kontakt@skovbrynet.dk'),
        f('provider.phone', 'Tlf:', '57 83 12 34'),
        f('provider.pNumber', 'Evt. P-nummer:', ''),
        f('provider.cvr', 'Evt. Cvr-nummer:', '13748136'),
        f('provider.departmentUuid', 'Evt. afdelings UUID:', ''),
      ],
    },
    {
      id: 'services', number: 4, title: 'Leverandørens indsatser og pris', lines: [
        p('Kontrakten omfatter følgende indsatser.'),
        ...services.flatMap((s, i) => serviceLines(s, i)),
      ],
    },
    {
      id: 'payment', number: 5, title: 'Betaling', lines: [
        p(CLAUSES.payment),
        { t: 'choice', label: 'Betaling sker:', inline: true, options: [{ text: 'Forud', checked: false }, { text: 'Bagud', checked: true }] },
        f('payment.deadlineDays', 'Betalingsfrist i dage efter modtagelse af faktura (højst 30):', '30'),
      ],
    },
    { id: 'priceRegulation', number: 6, title: 'Regulering af takster', lines: [p(CLAUSES.priceRegulation)] },
    { id: 'renegotiation', number: 7, title: 'Genforhandling', lines: [p(CLAUSES.renegotiation)] },
    {
      id: 'termination', number: 8, title: 'Opsigelse', lines: [
        p(CLAUSES.termination),
        { t: 'choice', label: 'Betaling efter fraflytning:', inline: false, options: [
          { text: 'Til udgangen af den måned, hvor borgeren fraflytter', checked: true }, { text: 'Forlænget betalingsperiode', checked: false }] },
        f('termination.extendedDays', 'Antal dage:', ''),
      ],
    },
    {
      id: 'dataProtection', number: 9, title: 'Persondata', lines: [
        { t: 'choice', inline: false, options: [
          { text: 'Leverandøren er selvstændig dataansvarlig', checked: false },
          { text: 'Leverandøren er databehandler for køber, og der er indgået databehandleraftale', checked: true }] },
      ],
    },
    { id: 'documentation', number: 10, title: 'Dokumentationskrav til køber', lines: [p(CLAUSES.documentation)] },
    {
      id: 'signatures', number: 11, title: 'Underskrifter', lines: [
        { t: 'sub', text: 'For køber' },
        f('signatures.buyer.date', 'Dato:', '20-02-2026'),
        f('signatures.buyer.name', 'Navn:', 'Lone Hansen, afdelingsleder'),
        f('signatures.buyer.signature', 'Underskrift:', 'Lone Hansen'),
        { t: 'sub', text: 'For leverandør' },
        f('signatures.provider.date', 'Dato:', '21-02-2026'),
        f('signatures.provider.name', 'Navn:', 'Peter Holm, forstander'),
        f('signatures.provider.signature', 'Underskrift:', 'Peter Holm'),
      ],
    },
  ];
}

/** Finds a field line by id for editing in a test. */
export function fieldOf(sections: Section[], id: string): Field {
  for (const s of sections) for (const l of s.lines) if (l.t === 'field' && l.id === id) return l;
  throw new Error(`no field ${id}`);
}

export function sectionOf(sections: Section[], id: string): Section {
  const s = sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

export function choiceOf(sections: Section[], sectionId: string): Choice {
  const c = sectionOf(sections, sectionId).lines.find((l): l is Choice => l.t === 'choice');
  if (!c) throw new Error(`no choice in ${sectionId}`);
  return c;
}

// ---------------------------------------------------------------- rendering

const t = (s: string) => `<w:t xml:space="preserve">${escapeText(s)}</w:t>`;
export const run = (s: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${t(s)}</w:r>`;
const para = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${inner || '<w:p/>'}</w:tc>`;
let nextId = 5000;

export const sdt = (content: string, props: { tag?: string; alias?: string; placeholder?: boolean; date?: string } = {}) => {
  const pr = [`<w:id w:val="${nextId++}"/>`];
  if (props.alias) pr.push(`<w:alias w:val="${escapeAttr(props.alias)}"/>`);
  if (props.tag) pr.push(`<w:tag w:val="${escapeAttr(props.tag)}"/>`);
  if (props.placeholder) pr.push('<w:showingPlcHdr/>');
  pr.push(props.date ? `<w:date w:fullDate="${props.date}T00:00:00Z"><w:dateFormat w:val="dd-MM-yyyy"/><w:lid w:val="da-DK"/></w:date>` : '<w:text/>');
  return `<w:sdt><w:sdtPr>${pr.join('')}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
};

const valueRun = (v: string) => run(v, '<w:i/><w:color w:val="1F3864"/>');
const controlFor = (fl: Field, extra: { tag?: string; alias?: string } = {}) =>
  fl.value === '' ? sdt(run('Klik eller tryk her for at skrive tekst.', '<w:rStyle w:val="PlaceholderText"/>'), { ...extra, placeholder: true })
    : sdt(valueRun(fl.value), extra);

/** One field as block XML (paragraphs or a table). */
function renderField(fl: Field, style: FieldStyle): string {
  const label = fl.label;
  const bare = label.replace(/:\s*$/, '');
  switch (style) {
    case 'sdt': return para(run(`${label} `) + controlFor(fl, { tag: fl.tag, alias: fl.alias }));
    case 'bare': return para(run(`${label} ${fl.value}`));
    case 'runs': return para(run(label, '<w:b/>') + `<w:r><w:tab/></w:r>` + (fl.value ? valueRun(fl.value) : ''));
    case 'nbsp': return para(run(`${bare.toUpperCase()}\u00a0`, '<w:b/>') + (fl.value ? run(fl.value) : ''));
    case 'cells': return `<w:tbl><w:tr>${cell(para(run(label)))}${cell(fl.value ? para(run(fl.value)) : '')}</w:tr></w:tbl>`;
    case 'cells-sdt': return `<w:tbl><w:tr>${cell(para(run(label)))}${cell(para(controlFor(fl)))}</w:tr></w:tbl>`;
    case 'tag': return para(controlFor(fl, { tag: fl.tag ?? fl.id }));
    case 'alias': return para(controlFor(fl, { alias: fl.alias ?? bare }));
    case 'alias-after-label': return para(run(`${label} `, '<w:b/>') + controlFor(fl, { alias: 'Indtast her' }));
    case 'block': return sdt(para(run(`${label} `) + (fl.value ? valueRun(fl.value) : '')), { alias: 'Felt' });
    case 'nested': return para(sdt(run(`${label} `) + controlFor(fl), { alias: 'Afsnit' }));
    case 'placeholder': return para(run(`${label} `) + controlFor({ ...fl, value: '' }));
  }
}

const box = (checked: boolean, style: BoxStyle): string => {
  switch (style) {
    case 'w14':
    case 'w14-true':
    case 'w14-on': {
      const val = checked ? { w14: '1', 'w14-true': 'true', 'w14-on': 'on' }[style] : '0';
      return `<w:sdt><w:sdtPr><w:id w:val="${nextId++}"/><w14:checkbox><w14:checked w14:val="${val}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>${run(checked ? '☒' : '☐', '<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/>')}</w:sdtContent></w:sdt>`;
    }
    case 'glyph': return run(checked ? '☒' : '☐', '<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/>');
    case 'sym': return `<w:r><w:sym w:font="Wingdings" w:char="${checked ? 'F078' : 'F06F'}"/></w:r>`;
    case 'formfield':
    case 'formfield-default': {
      const state = style === 'formfield' ? `<w:default w:val="0"/>${checked ? '<w:checked/>' : ''}` : `<w:default w:val="${checked ? 1 : 0}"/>`;
      return `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Kontrol${nextId++}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>${state}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    }
  }
};

function renderChoice(c: Choice, style: BoxStyle): string {
  const st = c.style ?? style;
  if (c.inline) {
    const opts = c.options.map((o) => `${box(o.checked, st)}${run(` ${o.text}   `)}`).join('');
    return para((c.label ? run(`${c.label} `) : '') + opts);
  }
  return (c.label ? para(run(c.label)) : '') + c.options.map((o) => para(`${box(o.checked, st)}${run(` ${o.text}`)}`)).join('');
}

function renderLine(l: Line, o: BuildOptions): string {
  switch (l.t) {
    case 'field': return renderField(l, l.style ?? o.field);
    case 'prose': return l.xml ?? para(run(l.text));
    case 'sub': return para(run(l.text, '<w:b/>'));
    case 'choice': return renderChoice(l, o.box);
    case 'raw': return l.xml;
  }
}

function renderHeading(s: Section, style: HeadingStyle): string {
  switch (style) {
    case 'heading': return para(run(`${s.number}. ${s.title}`), '<w:pStyle w:val="Heading2"/>');
    case 'bold': return para(run(`${s.number}. ${s.title}`, '<w:b/>'));
    case 'numbered': return para(run(s.title), '<w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    case 'plain-numbered': return para(run(s.title, '<w:b/>'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    case 'table-plain': return para(run(s.title));
    case 'styled-unnumbered': return para(run(s.title), '<w:pStyle w:val="Heading2"/>');
    case 'upper': return para(run(`${s.number} ${s.title.toUpperCase()}`, '<w:b/>'));
    case 'table':
    case 'rows': return para(run(`${s.number}. ${s.title}`, '<w:b/>'));
  }
}

const HEAD = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">STANDARDKONTRAKT PÅ VOKSENOMRÅDET</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t xml:space="preserve">Kontraktens parter er køber og leverandør (jf. pkt. 2 og 3).</w:t></w:r></w:p>';

/** The body XML of a contract. */
export function renderBody(sections: Section[], o: BuildOptions): string {
  const ordered = o.order ? o.order.map((id) => sectionOf(sections, id)) : sections;
  if (o.heading === 'table' || o.heading === 'table-plain') {
    // Cell-level tables cannot hold tables in this simple form unless wrapped: a nested table is fine in Word.
    const rows = ordered.map((s) => `<w:tr>${cell(renderHeading(s, o.heading))}${cell(s.lines.map((l) => renderLine(l, o)).join('') + '<w:p/>')}</w:tr>`);
    return `${HEAD}<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.join('')}</w:tbl><w:p/>`;
  }
  if (o.heading === 'rows') {
    // One table for the whole contract: a heading row spanning both columns, then a row per line.
    const span = (inner: string) => `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${inner}</w:tc>`;
    const rowOf = (l: Line): string => {
      if (l.t === 'field') {
        const value = (l.style ?? o.field) === 'sdt' ? para(controlFor(l)) : l.value ? para(run(l.value)) : '';
        return `<w:tr>${cell(para(run(l.label)))}${cell(value)}</w:tr>`;
      }
      if (l.t === 'choice' && l.label) return `<w:tr>${cell(para(run(l.label)))}${cell(renderChoice({ ...l, label: undefined }, o.box))}</w:tr>`;
      return `<w:tr>${span(renderLine(l, o))}</w:tr>`;
    };
    const rows = ordered.map((s) => `<w:tr>${span(renderHeading(s, 'rows'))}</w:tr>${s.lines.map(rowOf).join('')}`);
    return `${HEAD}<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>${rows.join('')}</w:tbl><w:p/>`;
  }
  return HEAD + ordered.map((s) => renderHeading(s, o.heading) + s.lines.map((l) => renderLine(l, o)).join('')).join('') + '<w:p/>';
}

let base: Record<string, Uint8Array> | undefined;
const korrekt01 = () => (base ??= unzipSync(readBytes(path.join(contractsDir, 'korrekt-01.docx'))));

/** A .docx holding the given body, with korrekt-01's other parts (styles, footer, relations). */
export function buildDocx(sections: Section[], o: Partial<BuildOptions> = {}, mainPart = 'word/document.xml'): Uint8Array {
  const opts: BuildOptions = { heading: 'table', field: 'sdt', box: 'w14', ...o };
  const files = { ...korrekt01() };
  const orig = new TextDecoder().decode(files['word/document.xml']);
  const open = orig.slice(0, orig.indexOf('<w:body>') + '<w:body>'.length);
  const sect = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(orig)?.[0] ?? '';
  const xml = `${open}${renderBody(sections, opts)}${sect}</w:body></w:document>`;
  if (mainPart !== 'word/document.xml') {
    delete files['word/document.xml'];
    const rels = files['word/_rels/document.xml.rels'];
    delete files['word/_rels/document.xml.rels'];
    const dir = mainPart.slice(0, mainPart.lastIndexOf('/'));
    const name = mainPart.slice(mainPart.lastIndexOf('/') + 1);
    if (rels) files[`${dir}/_rels/${name}.rels`] = rels;
    const dec = (k: string) => new TextDecoder().decode(files[k]);
    files['_rels/.rels'] = strToU8(dec('_rels/.rels').replace('word/document.xml', mainPart));
    files['[Content_Types].xml'] = strToU8(dec('[Content_Types].xml').replace('/word/document.xml', `/${mainPart}`));
  }
  files[mainPart] = strToU8(xml);
  return zipSync(files);
}
