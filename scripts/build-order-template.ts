/**
 * Builds the blank common order template (bestilling) as a .docx from its definition:
 *   npx tsx scripts/build-order-template.ts [output]   (default assets/templates/kl-bestilling-1.0.docx)
 *
 * The template is data (src/domain/order/kl-bestilling-1.0.ts); this script only lays it out.
 * Every field is a content control tagged with its field id (repeat blocks: instance 0, e.g.
 * 'goals[0].description'), titled with its Danish label and showing "Angiv tekst"; dates are date
 * controls (dd-MM-yyyy, da-DK); every checkbox option is a w14:checkbox control tagged
 * '<group id>.<option id>' showing ☐. The layout copies the contract template's: one table row per
 * numbered section, label text followed by its control, so that label-based readers find values too.
 * The output is byte-for-byte deterministic (fixed zip dates, fixed document properties), so a test
 * can compare the committed asset with a fresh build.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { klBestilling10, klBestillingLayout as LAYOUT } from '../src/domain/order/kl-bestilling-1.0';
import type { CheckboxGroupDefinition, FieldDefinition, TemplateDefinition } from '../src/domain/contract/template-definition';

/** Fixed guidance printed at the top of a section (not a field; the reader ignores it). */
const GUIDANCE: Record<string, string> = {
  order:
    'Bestillingen er en del af kontraktgrundlaget: leverandøren leverer efter den seneste aktuelle bestilling. Bestillingen opdateres ved hver opfølgning uden at kontrakten ændres.',
  goals:
    'Skriv hvert mål SMART: specifikt, målbart (antal, hyppighed eller score), realistisk, relevant og tidsafgrænset (hvornår målet skal være nået). Score efter FFB-skalaen: 0 ingen, 1 let, 2 moderat, 3 svær, 4 fuldstændig begrænsning.',
  orderedServices:
    'Beskriv for hver indsats støttens art og tilrettelæggelse (i hvilke situationer), omfanget i gennemsnitlige timer pr. uge eller intensitet (nattevagt, normering) og tidshorisonten.',
  documentation: 'Stiller køber krav om dokumentation, skal det fremgå, hvad dokumentationen skal indeholde, hvor ofte og til hvem.',
};

const HEADING = klBestilling10.recognition.heading;
const SUBTITLE = 'BESTILLING / KRAVSPECIFIKATION TIL KONTRAKT OM BOTILBUD OG STØTTE PÅ VOKSENOMRÅDET';
const FOOTER = `${klBestilling10.recognition.footer} (hører til KL's Standardkontrakt på voksenområdet)`;
const PLACEHOLDER = 'Angiv tekst';
const DATE_PLACEHOLDER = 'Vælg en dato';
/** Zip entries carry this date, so the bytes never depend on when the script ran. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

const NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'mc:Ignorable="w14"';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = (text: string, rPr = ''): string =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

const para = (content: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;

/** Instance 0 of a repeat-block id: 'goals[].description' → 'goals[0].description'. */
const firstInstance = (id: string): string => id.replace('[]', '[0]');

class ControlIds {
  private next = 2000;
  take(): number {
    return this.next++;
  }
}

function textControl(ids: ControlIds, tag: string, title: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${esc(title)}"/><w:tag w:val="${esc(tag)}"/><w:id w:val="${ids.take()}"/>` +
    `<w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>` +
    `<w:sdtContent>${run(PLACEHOLDER, '<w:rStyle w:val="PlaceholderText"/>')}</w:sdtContent></w:sdt>`
  );
}

function dateControl(ids: ControlIds, tag: string, title: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${esc(title)}"/><w:tag w:val="${esc(tag)}"/><w:id w:val="${ids.take()}"/>` +
    `<w:showingPlcHdr/><w:date><w:dateFormat w:val="dd-MM-yyyy"/><w:lid w:val="da-DK"/>` +
    `<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>` +
    `<w:sdtContent>${run(DATE_PLACEHOLDER, '<w:rStyle w:val="PlaceholderText"/>')}</w:sdtContent></w:sdt>`
  );
}

const GLYPH_FONT = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>';

function checkboxControl(ids: ControlIds, tag: string, title: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${esc(title)}"/><w:tag w:val="${esc(tag)}"/><w:id w:val="${ids.take()}"/>` +
    `<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>` +
    `<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>` +
    `<w:sdtContent>${run('☐', GLYPH_FONT)}</w:sdtContent></w:sdt>`
  );
}

const stripColon = (label: string): string => label.replace(/:\s*$/, '');

function fieldParagraph(ids: ControlIds, f: FieldDefinition): string {
  const tag = f.repeat ? firstInstance(f.id) : f.id;
  const control = f.kind === 'date' ? dateControl(ids, tag, stripColon(f.label)) : textControl(ids, tag, stripColon(f.label));
  return para(run(`${f.label} `) + control);
}

/** Short groups sit on one line after their label ("Værgemål: ☐ Nej ☐ Ja"); long ones get a line per option. */
function groupParagraphs(ids: ControlIds, g: CheckboxGroupDefinition): string {
  const groupTag = g.repeat ? firstInstance(g.id) : g.id;
  const label = g.label ?? '';
  const boxes = g.options.map((o) => ({
    control: checkboxControl(ids, `${groupTag}.${o.id}`, `${stripColon(label)}: ${o.text}`),
    text: o.text,
  }));
  const inline = g.options.reduce((n, o) => n + o.text.length + 4, label.length) <= 90;
  if (inline) {
    const parts = boxes.map((b, i) => b.control + run(` ${b.text}${i < boxes.length - 1 ? '   ' : ''}`)).join('');
    return para(run(`${label} `) + parts);
  }
  return para(run(label)) + boxes.map((b) => para(b.control + run(` ${b.text}`))).join('');
}

function sectionRow(def: TemplateDefinition, ids: ControlIds, sectionId: string): string {
  const section = def.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Unknown section ${sectionId}`);
  const itemIds = LAYOUT[sectionId] ?? [];
  const block = def.repeatBlocks.find((b) => b.section === sectionId);
  let body = GUIDANCE[sectionId] ? para(run(GUIDANCE[sectionId])) : '';
  if (block) body += para(run(`${block.heading} 1`, '<w:b/>'));
  for (const id of itemIds) {
    const f = def.fields.find((x) => x.id === id);
    const g = def.checkboxGroups.find((x) => x.id === id);
    if (f) body += fieldParagraph(ids, f);
    else if (g) body += groupParagraphs(ids, g);
    else throw new Error(`Layout names ${id}, which the definition lacks`);
  }
  const cell = (w: number, content: string): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  return `<w:tr>${cell(2600, para(run(`${section.number}. ${section.title}`, '<w:b/>')))}${cell(6400, body)}</w:tr>`;
}

/** Every field and group of the definition must be laid out exactly once. */
function assertLayoutComplete(def: TemplateDefinition): void {
  const laidOut = Object.values(LAYOUT).flat();
  const declared = [...def.fields.map((f) => f.id), ...def.checkboxGroups.map((g) => g.id)];
  const missing = declared.filter((id) => !laidOut.includes(id));
  const twice = laidOut.filter((id, i) => laidOut.indexOf(id) !== i);
  if (missing.length || twice.length) throw new Error(`Layout incomplete: missing ${missing.join(', ')}; twice ${twice.join(', ')}`);
}

function documentXml(def: TemplateDefinition): string {
  assertLayoutComplete(def);
  const ids = new ControlIds();
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  const table =
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    `</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6400"/></w:tblGrid>` +
    [...def.sections].sort((a, b) => a.number - b.number).map((s) => sectionRow(def, ids, s.id)).join('') +
    `</w:tbl>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>` +
    para(run(HEADING), '<w:pStyle w:val="Heading1"/>') +
    para(run(SUBTITLE, '<w:b/>')) +
    para(run('Bestillingen udfyldes af køber og sendes til leverandøren sammen med kontrakten. Felter markeret med en kontrol udfyldes; den øvrige tekst er fast.')) +
    table +
    para('') +
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`
  );
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const STYLES =
  `${XML_DECL}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>` +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  `</w:tblBorders></w:tblPr></w:style></w:styles>`;

const SETTINGS =
  `${XML_DECL}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="1304"/>` +
  `<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const footerXml = (): string => `${XML_DECL}<w:ftr ${NS}>${para(run(FOOTER))}</w:ftr>`;

const CONTENT_TYPES =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const ROOT_RELS =
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
  `<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;

const coreXml = (def: TemplateDefinition): string =>
  `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
  `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `<dc:title>${esc(def.name)} ${esc(def.version)}</dc:title><dc:creator>RS17</dc:creator><dc:language>da-DK</dc:language>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created></cp:coreProperties>`;

const APP =
  `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>KL Kontrakt</Application></Properties>`;

/** The blank order template as .docx bytes. */
export function buildOrderTemplate(def: TemplateDefinition = klBestilling10): Uint8Array {
  const entry = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(xml), { mtime: FIXED_DATE }];
  return zipSync(
    {
      '[Content_Types].xml': entry(CONTENT_TYPES),
      '_rels/.rels': entry(ROOT_RELS),
      'docProps/core.xml': entry(coreXml(def)),
      'docProps/app.xml': entry(APP),
      'word/document.xml': entry(documentXml(def)),
      'word/_rels/document.xml.rels': entry(DOCUMENT_RELS),
      'word/styles.xml': entry(STYLES),
      'word/settings.xml': entry(SETTINGS),
      'word/footer1.xml': entry(footerXml()),
    },
    { level: 9 },
  );
}

export const ORDER_TEMPLATE_PATH = path.join('assets', 'templates', `${klBestilling10.id}-${klBestilling10.version}.docx`);

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', ORDER_TEMPLATE_PATH));
  mkdirSync(path.dirname(out), { recursive: true });
  const bytes = buildOrderTemplate();
  writeFileSync(out, bytes);
  console.log(`Skrev ${out} (${bytes.length} bytes)`);
}
