/**
 * The main document part as a flat list of paragraphs in document order (also inside tables and
 * block-level content controls), each a sequence of inline items: text, content controls,
 * checkboxes (content-control checkboxes, legacy glyphs ☐/☒, legacy form fields, Wingdings
 * symbols) and pictures. Text is read as it reads with tracked changes accepted: insertions and
 * moved-to text in, deletions and moved-from text out.
 */
import { attr, child, isElement, textContent, type XmlElement } from './xml';

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

export interface Paragraph {
  index: number;
  el: XmlElement;
  items: InlineItem[];
  /** Full accepted-view text, controls included, boxes left out, whitespace as written. */
  text: string;
  styleId?: string;
  numbered: boolean;
  outlineLevel?: number;
  allBold: boolean;
  /** Block-level content controls enclosing the paragraph, outermost first. */
  blockControls: ContentControl[];
  /** The table cell holding the paragraph, if any. */
  cell?: XmlElement;
}

export interface WordModel {
  paragraphs: Paragraph[];
  /** Every content control in document order (inline and block, nested too). */
  controls: ContentControl[];
  hasPendingRevisions: boolean;
}

/** Texts Word and KL's templates show in an empty control (compared trimmed, case-insensitively). */
export const PLACEHOLDER_TEXTS = new Set([
  'angiv tekst',
  'angiv tekst.',
  'klik eller tryk her for at skrive tekst.',
  'klik eller tryk her for at skrive tekst',
  'klik eller tryk for at angive en dato.',
  'klik eller tryk for at angive en dato',
  'vælg en dato',
  'vælg en dato.',
  'vælg et element.',
  'klik her for at skrive tekst.',
  'klik her for at angive en dato.',
  'click or tap here to enter text.',
  'click or tap to enter a date.',
  'click here to enter text.',
  'click here to enter a date.',
  'choose an item.',
]);

export const isPlaceholderText = (s: string): boolean => PLACEHOLDER_TEXTS.has(s.trim().toLowerCase());

const CHECKED_GLYPHS = new Set(['☒', '☑', '✓', '✔', '✗', '✘', '⊠']);
const UNCHECKED_GLYPHS = new Set(['☐', '□']);
/** Wingdings / Symbol codes used by legacy forms for empty and ticked boxes. */
const SYM_UNCHECKED = new Set(['F06F', 'F0A8', 'F071', 'F0A3', '006F', '00A8']);
const SYM_CHECKED = new Set(['F0FE', 'F078', 'F0FD', 'F0FC', 'F0FB', '00FE', '00FD']);

const REVISION = /<(?:[A-Za-z0-9]+:)?(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange|cellIns|cellDel|numberingChange)[\s/>]/;

const truthy = (v: string | undefined): boolean => v === undefined || v === '1' || v === 'true' || v === 'on';

interface InlineCtx {
  items: InlineItem[];
  /** Text sink for the current control's content (nested controls add to their parents). */
  sinks: ControlSink[];
}

interface ControlSink { control: ContentControl; raw: string; styledPlaceholderOnly: boolean; sawText: boolean }

export function buildWordModel(documentXml: string, root: XmlElement): WordModel {
  const model: WordModel = { paragraphs: [], controls: [], hasPendingRevisions: REVISION.test(documentXml) };
  const body = findBody(root);
  if (body) walkBlock(body, model, [], undefined);
  return model;
}

function findBody(root: XmlElement): XmlElement | undefined {
  const doc = root.children.find((c) => isElement(c) && c.name === 'w:document') as XmlElement | undefined;
  return doc ? child(doc, 'w:body') : undefined;
}

function readControlProps(sdt: XmlElement, block: boolean, paragraph: number): ContentControl {
  const pr = child(sdt, 'w:sdtPr');
  const cc: ContentControl = { el: sdt, text: '', rawText: '', showingPlaceholder: false, hasPicture: false, block, paragraph };
  if (!pr) return cc;
  for (const c of pr.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:id': cc.id = attr(c, 'w:val'); break;
      case 'w:tag': cc.tag = attr(c, 'w:val'); break;
      case 'w:alias': cc.alias = attr(c, 'w:val'); break;
      case 'w:showingPlcHdr': cc.showingPlaceholder = truthy(attr(c, 'w:val')); break;
      case 'w:date': cc.date = { fullDate: attr(c, 'w:fullDate') }; break;
      case 'w14:checkbox': {
        const checked = child(c, 'w14:checked');
        const cs = child(c, 'w14:checkedState');
        const us = child(c, 'w14:uncheckedState');
        cc.checkbox = {
          checked: checked ? truthy(attr(checked, 'w14:val')) : false,
          checkedChar: hexChar(cs && attr(cs, 'w14:val')),
          uncheckedChar: hexChar(us && attr(us, 'w14:val')),
        };
        break;
      }
    }
  }
  return cc;
}

function hexChar(hex: string | undefined): string | undefined {
  if (!hex) return undefined;
  const code = parseInt(hex, 16);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function walkBlock(el: XmlElement, model: WordModel, blockControls: ContentControl[], cell: XmlElement | undefined): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:p': readParagraph(c, model, blockControls, cell); break;
      case 'w:tbl':
        walkTable(c, model, blockControls);
        break;
      case 'w:sdt':
        walkBlockControl(c, model, blockControls, (content, inner) => walkBlock(content, model, inner, cell));
        break;
      case 'w:sdtContent':
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:tr':
      case 'w:tc':
        walkBlock(c, model, blockControls, cell);
        break;
      default:
        break;
    }
  }
}

/**
 * Table rows and cells, also when wrapped in row- or cell-level content controls (repeating
 * sections, a control around a value cell): each paragraph knows its own cell.
 */
function walkTable(el: XmlElement, model: WordModel, blockControls: ContentControl[]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:tr':
      case 'w:customXml':
        walkTable(c, model, blockControls);
        break;
      case 'w:tc':
        walkBlock(c, model, blockControls, c);
        break;
      case 'w:sdt':
        walkBlockControl(c, model, blockControls, (content, inner) => walkTable(content, model, inner));
        break;
      default:
        break;
    }
  }
}

/** A block-level (or row- or cell-level) content control: registered, then its content walked. */
function walkBlockControl(
  sdt: XmlElement, model: WordModel, blockControls: ContentControl[], walk: (content: XmlElement, inner: ContentControl[]) => void,
): void {
  const cc = readControlProps(sdt, true, model.paragraphs.length);
  model.controls.push(cc);
  const content = child(sdt, 'w:sdtContent');
  const first = model.paragraphs.length;
  if (content) walk(content, [...blockControls, cc]);
  const paras = model.paragraphs.slice(first);
  cc.rawText = paras.map((p) => p.text).join('\n');
  cc.hasPicture = paras.some((p) => p.items.some((i) => i.kind === 'picture'));
  cc.text = cc.showingPlaceholder || isPlaceholderText(cc.rawText) ? '' : cc.rawText.trim();
}

function readParagraph(p: XmlElement, model: WordModel, blockControls: ContentControl[], cell: XmlElement | undefined): void {
  const para: Paragraph = {
    index: model.paragraphs.length, el: p, items: [], text: '', numbered: false, allBold: true, blockControls, cell,
  };
  model.paragraphs.push(para);
  const pPr = child(p, 'w:pPr');
  if (pPr) {
    const style = child(pPr, 'w:pStyle');
    if (style) para.styleId = attr(style, 'w:val');
    para.numbered = child(pPr, 'w:numPr') !== undefined;
    const ol = child(pPr, 'w:outlineLvl');
    if (ol) para.outlineLevel = Number(attr(ol, 'w:val'));
  }
  const ctx: InlineCtx = { items: para.items, sinks: [] };
  const boldState = { any: false, allBold: true };
  walkInline(p, ctx, model, para, boldState);
  para.allBold = boldState.any && boldState.allBold;
  let text = '';
  for (const it of para.items) {
    if (it.kind === 'text') text += it.text;
    else if (it.kind === 'control') text += it.control.rawText;
  }
  para.text = text;
}

function pushText(ctx: InlineCtx, s: string, placeholderStyled: boolean): void {
  if (s === '') return;
  if (ctx.sinks.length) {
    for (const sink of ctx.sinks) {
      sink.raw += s;
      if (s.trim() !== '') {
        sink.sawText = true;
        if (!placeholderStyled) sink.styledPlaceholderOnly = false;
      }
    }
    return;
  }
  // Plain-text forms (converted or typed) mark boxes as "[ ]" and "[X]": each becomes a checkbox item.
  const parts = s.indexOf('[') >= 0 ? s.split(BRACKET_BOX) : [s];
  parts.forEach((part, k) => {
    if (k % 2 === 1) {
      ctx.items.push({ kind: 'box', checked: /[xX✓✔]/.test(part) });
      return;
    }
    if (part === '') return;
    const last = ctx.items[ctx.items.length - 1];
    if (last && last.kind === 'text') last.text += part;
    else ctx.items.push({ kind: 'text', text: part });
  });
}

const BRACKET_BOX = /(\[ ?[xX✓✔]? ?\])/;

function walkInline(el: XmlElement, ctx: InlineCtx, model: WordModel, para: Paragraph, bold: { any: boolean; allBold: boolean }): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:r': readRun(c, ctx, bold); break;
      case 'w:ins':
      case 'w:moveTo':
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:dir':
      case 'w:bdo':
      case 'w:sdtContent':
        walkInline(c, ctx, model, para, bold);
        break;
      case 'mc:AlternateContent': {
        const choice = c.children.find((x) => isElement(x) && (x.name === 'mc:Choice' || x.name === 'mc:Fallback'));
        if (choice && isElement(choice)) walkInline(choice, ctx, model, para, bold);
        break;
      }
      case 'w:sdt': readInlineControl(c, ctx, model, para, bold); break;
      default: break; // w:del, w:moveFrom (not in the accepted text), bookmarks, comments, proofing marks
    }
  }
}

function readInlineControl(sdt: XmlElement, ctx: InlineCtx, model: WordModel, para: Paragraph, bold: { any: boolean; allBold: boolean }): void {
  const cc = readControlProps(sdt, false, para.index);
  model.controls.push(cc);
  const content = child(sdt, 'w:sdtContent');
  const sink: ControlSink = { control: cc, raw: '', styledPlaceholderOnly: true, sawText: false };
  const inner: InlineCtx = { items: [], sinks: [...ctx.sinks, sink] };
  if (content) walkInline(content, inner, model, para, bold);
  cc.hasPicture = inner.items.some((i) => i.kind === 'picture');
  cc.rawText = sink.raw;
  const placeholder = cc.showingPlaceholder || isPlaceholderText(sink.raw) || (sink.sawText && sink.styledPlaceholderOnly);
  cc.text = placeholder ? '' : sink.raw.replace(/\s+/g, ' ').trim();
  if (ctx.sinks.length) {
    // Nested in another inline control: the outer control's text already holds this one's.
    if (cc.hasPicture) for (const s of ctx.sinks) s.control.hasPicture = true;
    return;
  }
  if (cc.checkbox) ctx.items.push({ kind: 'box', checked: cc.checkbox.checked, control: cc });
  else ctx.items.push({ kind: 'control', control: cc });
}

function readRun(r: XmlElement, ctx: InlineCtx, bold: { any: boolean; allBold: boolean }): void {
  let placeholderStyled = false;
  let runBold = false;
  for (const c of r.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:rPr': {
        const rs = child(c, 'w:rStyle');
        const v = rs ? attr(rs, 'w:val') ?? '' : '';
        placeholderStyled = /placeholder|pladsholder/i.test(v);
        const b = child(c, 'w:b');
        runBold = b !== undefined && truthy(attr(b, 'w:val'));
        break;
      }
      case 'w:t': {
        const t = textContent(c);
        if (t.trim() !== '' && !ctx.sinks.length) { bold.any = true; if (!runBold) bold.allBold = false; }
        if (!ctx.sinks.length && [...t].some((ch) => CHECKED_GLYPHS.has(ch) || UNCHECKED_GLYPHS.has(ch))) {
          pushGlyphText(ctx, t, r, c);
        } else pushText(ctx, t, placeholderStyled);
        break;
      }
      case 'w:tab':
      case 'w:ptab':
        pushText(ctx, '\t', placeholderStyled);
        break;
      case 'w:br':
      case 'w:cr':
        pushText(ctx, ' ', placeholderStyled);
        break;
      case 'w:noBreakHyphen': pushText(ctx, '-', placeholderStyled); break;
      case 'w:sym': {
        const code = (attr(c, 'w:char') ?? '').toUpperCase();
        if (!ctx.sinks.length && (SYM_CHECKED.has(code) || SYM_UNCHECKED.has(code))) {
          ctx.items.push({ kind: 'box', checked: SYM_CHECKED.has(code) });
        }
        break;
      }
      case 'w:fldChar': {
        // Legacy FORMCHECKBOX: w:ffData/w:checkBox with w:checked (or w:default).
        const ff = child(c, 'w:ffData');
        const cb = ff && child(ff, 'w:checkBox');
        if (cb && !ctx.sinks.length) {
          const checked = child(cb, 'w:checked');
          const def = child(cb, 'w:default');
          const on = checked ? truthy(attr(checked, 'w:val')) : def ? truthy(attr(def, 'w:val')) : false;
          ctx.items.push({ kind: 'box', checked: on });
        }
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        if (c.name !== 'w:pict' || hasImage(c)) {
          if (ctx.sinks.length) for (const s of ctx.sinks) s.control.hasPicture = true;
          ctx.items.push({ kind: 'picture' });
        }
        break;
      case 'mc:AlternateContent':
        if (containsName(c, 'w:drawing') || containsName(c, 'v:imagedata')) {
          if (ctx.sinks.length) for (const s of ctx.sinks) s.control.hasPicture = true;
          ctx.items.push({ kind: 'picture' });
        }
        break;
      default: break; // w:delText, w:instrText, w:footnoteReference …: not visible text
    }
  }
}

/** A text element that holds glyph boxes: each glyph becomes a box item that knows its run (for writing). */
function pushGlyphText(ctx: InlineCtx, t: string, run: XmlElement, textEl: XmlElement): void {
  let buf = '';
  let index = 0;
  for (const ch of t) {
    if (CHECKED_GLYPHS.has(ch) || UNCHECKED_GLYPHS.has(ch)) {
      if (buf) pushText(ctx, buf, false);
      buf = '';
      ctx.items.push({ kind: 'box', checked: CHECKED_GLYPHS.has(ch), glyph: { run, textEl, char: ch, index: index++ } });
    } else buf += ch;
  }
  if (buf) pushText(ctx, buf, false);
}

function hasImage(pict: XmlElement): boolean {
  return containsName(pict, 'v:imagedata') || containsName(pict, 'v:shape');
}

function containsName(el: XmlElement, name: string): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name || containsName(c, name)) return true;
  }
  return false;
}
