/**
 * The main document part as a flat list of paragraphs in document order (also inside tables and
 * block-level content controls), each a sequence of inline items: text, content controls,
 * checkboxes (content-control checkboxes, legacy glyphs ☐/☒, legacy form fields, Wingdings
 * symbols) and pictures. Text is read as it reads with tracked changes accepted: insertions and
 * moved-to text in, deletions and moved-from text out. Text boxes (w:txbxContent) are read in
 * reading order, as paragraphs right after the paragraph that anchors them.
 *
 * Each paragraph carries what extraction needs, so that no extractor climbs the XML: its table
 * coordinates, its numbering resolved through styles.xml and numbering.xml, its heading level,
 * whether it sits in a text box, and its part: the page headers and footers (header*.xml, footer*.xml)
 * are read into `pageParagraphs`, apart from the body, so that recognition finds a title or a footer
 * there and no extractor ever takes page-part text for a field or a signature.
 */
import { isPlaceholderText, readControlProps } from './word-controls';
import { walkInline, type InlineCtx } from './word-inline';
import {
  emptyStyles, resolveHeadingLevel, resolveNumbering, resolveOutlineLevel, type ResolvedNumbering, type StyleSheet,
} from './word-styles';
import { attr, child, isElement, type XmlElement } from './xml';

export { isPlaceholderText, PLACEHOLDER_TEXTS, readControlProps, truthy } from './word-controls';

export interface ContentControl {
  el: XmlElement;
  /** w:id value. */
  id?: string;
  tag?: string;
  /** Title (w:alias). */
  alias?: string;
  checkbox?: { checked: boolean; checkedChar?: string; uncheckedChar?: string };
  date?: { fullDate?: string };
  /** Accepted-view text of the content, '' when it shows its placeholder. */
  text: string;
  /** Raw text including placeholder text. */
  rawText: string;
  showingPlaceholder: boolean;
  hasPicture: boolean;
  block: boolean;
  /** Index of the first paragraph the control touches. */
  paragraph: number;
}

export type InlineItem =
  | { kind: 'text'; text: string }
  | { kind: 'control'; control: ContentControl }
  | { kind: 'box'; checked: boolean; control?: ContentControl; glyph?: { run: XmlElement; textEl: XmlElement; char: string; index: number } }
  | { kind: 'picture' };

/** Where a paragraph sits in a table: `cell` counts the row's cells, `column` the grid columns (w:gridSpan). */
export interface TableCoords {
  /** Document-wide table number (nested tables get their own). */
  table: number;
  row: number;
  cell: number;
  /** Number of cells in the row. */
  cells: number;
  column: number;
  colSpan: number;
}

/** Where a paragraph stands: the body (document.xml) or a page header or footer part. */
export type PagePart = 'body' | 'header' | 'footer';

export interface Paragraph {
  /** Position in its list: `paragraphs` for the body, `pageParagraphs` for headers and footers. */
  index: number;
  part: PagePart;
  el: XmlElement;
  items: InlineItem[];
  /** Full accepted-view text, controls included, boxes left out, whitespace as written. */
  text: string;
  styleId?: string;
  /** True when Word shows a list number or bullet: own w:numPr or one from the style chain. */
  readonly numbered: boolean;
  readonly numbering: ResolvedNumbering | undefined;
  /** w:outlineLvl, own or from the style chain (0-based). */
  readonly outlineLevel: number | undefined;
  /** 1-based heading level from the outline level or a built-in heading style. */
  readonly headingLevel: number | undefined;
  allBold: boolean;
  /** Block-level content controls enclosing the paragraph, outermost first. */
  blockControls: ContentControl[];
  table?: TableCoords;
  inTextBox: boolean;
}

export interface WordModel {
  /** The body's paragraphs: the only ones extraction reads. */
  paragraphs: Paragraph[];
  /** Paragraphs of the page headers and footers (part set), for recognition only; empty without page parts. */
  pageParagraphs: Paragraph[];
  /** Every content control of the body in document order (inline and block, nested too). */
  controls: ContentControl[];
  hasPendingRevisions: boolean;
  /** The styles and numbering the paragraphs were resolved with (kept to rebuild after edits). */
  styles: StyleSheet;
}

/** Same table row (and, with `cell`, same cell). */
export const sameRow = (a: TableCoords | undefined, b: TableCoords | undefined): boolean =>
  !!a && !!b && a.table === b.table && a.row === b.row;
export const sameCell = (a: TableCoords | undefined, b: TableCoords | undefined): boolean =>
  sameRow(a, b) && a?.cell === b?.cell;

const REVISION = /<(?:[A-Za-z0-9]+:)?(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange|cellIns|cellDel|numberingChange)[\s/>]/;

/** Where the walk is: enclosing block controls, table cell, text box. */
interface Place { blockControls: ContentControl[]; table?: TableCoords; inTextBox: boolean; part: PagePart }

export function buildWordModel(documentXml: string, root: XmlElement, styles: StyleSheet = emptyStyles()): WordModel {
  const model: WordModel = { paragraphs: [], pageParagraphs: [], controls: [], hasPendingRevisions: REVISION.test(documentXml), styles };
  const body = findBody(root);
  if (body) walkPart(body, model, 'body');
  return model;
}

/**
 * Adds the paragraphs of a header or footer part (its root, w:hdr or w:ftr) to `model.pageParagraphs`.
 * Their controls stay out of the model's control list: no field is ever bound to a page part.
 */
export function addPageParagraphs(model: WordModel, partRoot: XmlElement, part: 'header' | 'footer'): Paragraph[] {
  const first = model.pageParagraphs.length;
  const side: WordModel = { paragraphs: model.pageParagraphs, pageParagraphs: [], controls: [], hasPendingRevisions: false, styles: model.styles };
  walkPart(partRoot, side, part);
  return model.pageParagraphs.slice(first);
}

function walkPart(el: XmlElement, model: WordModel, part: PagePart): void {
  const tables: Tables = { next: 0, textBox: (content) => walkBlock(content, model, { blockControls: [], inTextBox: true, part }, tables) };
  walkBlock(el, model, { blockControls: [], inTextBox: false, part }, tables);
}

function findBody(root: XmlElement): XmlElement | undefined {
  const doc = root.children.find((c) => isElement(c) && c.name === 'w:document') as XmlElement | undefined;
  return doc ? child(doc, 'w:body') : undefined;
}

/** State of one model build: the next table number, and the reader of text boxes (made once, not per paragraph). */
type Tables = { next: number; textBox: (content: XmlElement) => void };

function walkBlock(el: XmlElement, model: WordModel, place: Place, tables: Tables): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:p': readParagraph(c, model, place, tables); break;
      case 'w:tbl':
        walkTable(c, model, place, tables, { table: tables.next++, row: -1, cell: 0, cells: 0, column: 0, colSpan: 1 });
        break;
      case 'w:sdt':
        walkBlockControl(c, model, place, (content, inner) => walkBlock(content, model, inner, tables));
        break;
      case 'w:sdtContent':
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:tr':
      case 'w:tc':
        walkBlock(c, model, place, tables);
        break;
      default:
        break;
    }
  }
}

function gridSpan(tc: XmlElement): number {
  const pr = child(tc, 'w:tcPr');
  const gs = pr && child(pr, 'w:gridSpan');
  const n = Number(gs ? attr(gs, 'w:val') : 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * Table rows and cells, also when wrapped in row- or cell-level content controls (repeating
 * sections, a control around a value cell): each paragraph knows its table, row and cell.
 */
function walkTable(el: XmlElement, model: WordModel, place: Place, tables: Tables, at: TableCoords): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:tr': {
        at.row++;
        at.cell = 0;
        at.column = 0;
        const first = model.paragraphs.length;
        walkTable(c, model, place, tables, at);
        // The row's cell count is known once it is walked (cells may sit inside cell-level controls).
        for (let i = first; i < model.paragraphs.length; i++) {
          const t = model.paragraphs[i]?.table;
          if (t && t.table === at.table && t.row === at.row) t.cells = at.cell;
        }
        break;
      }
      case 'w:customXml':
        walkTable(c, model, place, tables, at);
        break;
      case 'w:tc': {
        const span = gridSpan(c);
        walkBlock(c, model, { ...place, table: { ...at, colSpan: span } }, tables);
        at.cell++;
        at.column += span;
        break;
      }
      case 'w:sdt':
        walkBlockControl(c, model, place, (content, inner) => walkTable(content, model, inner, tables, at));
        break;
      default:
        break;
    }
  }
}

/** A block-level (or row- or cell-level) content control: registered, then its content walked. */
function walkBlockControl(
  sdt: XmlElement, model: WordModel, place: Place, walk: (content: XmlElement, inner: Place) => void,
): void {
  const cc = readControlProps(sdt, true, model.paragraphs.length);
  model.controls.push(cc);
  const content = child(sdt, 'w:sdtContent');
  const first = model.paragraphs.length;
  if (content) walk(content, { ...place, blockControls: [...place.blockControls, cc] });
  const paras = model.paragraphs.slice(first).filter((p) => p.inTextBox === place.inTextBox);
  cc.rawText = paras.map((p) => p.text).join('\n');
  cc.hasPicture = paras.some((p) => p.items.some((i) => i.kind === 'picture'));
  cc.text = cc.showingPlaceholder || isPlaceholderText(cc.rawText) ? '' : cc.rawText.trim();
}

function ownNumPr(pPr: XmlElement): { numId?: string; ilvl?: number } | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const id = child(numPr, 'w:numId');
  const lvl = child(numPr, 'w:ilvl');
  const ilvl = Number(lvl ? attr(lvl, 'w:val') : NaN);
  return { ...(id ? { numId: attr(id, 'w:val') ?? '' } : {}), ...(Number.isInteger(ilvl) ? { ilvl } : {}) };
}

interface ResolvedProps { numbering?: ResolvedNumbering; outlineLevel?: number; headingLevel?: number }

function resolveProps(pPr: XmlElement | undefined, styleId: string | undefined, styles: StyleSheet): ResolvedProps {
  // Without paragraph properties a paragraph has the default style: not numbered, no heading (see word-styles).
  if (!pPr) return {};
  const out: ResolvedProps = {};
  const numbering = resolveNumbering(styles, styleId, ownNumPr(pPr));
  if (numbering) out.numbering = numbering;
  const ol = child(pPr, 'w:outlineLvl');
  const outline = resolveOutlineLevel(styles, styleId, ol ? Number(attr(ol, 'w:val')) : undefined);
  if (outline !== undefined) out.outlineLevel = outline;
  const heading = resolveHeadingLevel(styles, styleId, outline);
  if (heading !== undefined) out.headingLevel = heading;
  return out;
}

/**
 * A paragraph whose numbering and heading level are resolved when first asked for: only a few
 * paragraphs (those reading like a section title) need them, so most documents never read their
 * styles part at all.
 */
class ParagraphNode implements Paragraph {
  items: InlineItem[] = [];
  text = '';
  allBold = true;
  styleId?: string;
  table?: TableCoords;
  #props: ResolvedProps | undefined;

  constructor(
    readonly index: number, readonly el: XmlElement, readonly blockControls: ContentControl[], readonly inTextBox: boolean,
    readonly part: PagePart, private readonly pPr: XmlElement | undefined, private readonly styles: StyleSheet,
  ) {}

  private get props(): ResolvedProps {
    return (this.#props ??= resolveProps(this.pPr, this.styleId, this.styles));
  }

  get numbering(): ResolvedNumbering | undefined { return this.props.numbering; }
  get numbered(): boolean { return this.props.numbering !== undefined; }
  get outlineLevel(): number | undefined { return this.props.outlineLevel; }
  get headingLevel(): number | undefined { return this.props.headingLevel; }
}

function readParagraph(p: XmlElement, model: WordModel, place: Place, tables: Tables): void {
  const pPr = child(p, 'w:pPr');
  const para = new ParagraphNode(model.paragraphs.length, p, place.blockControls, place.inTextBox, place.part, pPr, model.styles);
  if (place.table) para.table = place.table;
  const style = pPr && child(pPr, 'w:pStyle');
  if (style) para.styleId = attr(style, 'w:val');
  model.paragraphs.push(para);
  const ctx: InlineCtx = { items: para.items, sinks: [] };
  const boldState = { any: false, allBold: true };
  walkInline(p, ctx, {
    model, para, bold: boldState,
    // A text box's paragraphs follow the paragraph that anchors it, in reading order.
    textBox: tables.textBox,
  });
  para.allBold = boldState.any && boldState.allBold;
  let text = '';
  for (const it of para.items) {
    if (it.kind === 'text') text += it.text;
    else if (it.kind === 'control') text += it.control.rawText;
  }
  para.text = text;
}
