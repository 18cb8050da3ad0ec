/**
 * The inline content of a paragraph: runs, content controls (nested too), checkbox glyphs,
 * legacy form fields, pictures and anchored text boxes, as the paragraph's inline items.
 *
 * Nested controls: LibreOffice saves each checkbox as two nested controls, one of them plain (only
 * a w:id), either way round. A control that is not itself a checkbox but holds boxes (a nested
 * checkbox control, ☐/☒ glyphs, a FORMCHECKBOX) gives its items to the paragraph, so the boxes are
 * seen where they stand; a checkbox control is one box whatever it holds.
 */
import { isPlaceholderText, readControlProps, truthy } from './word-controls';
import type { ContentControl, InlineItem, Paragraph, WordModel } from './word-model';
import { attr, child, isElement, textContent, type XmlElement } from './xml';

export interface InlineCtx {
  items: InlineItem[];
  /** Text sink for the current control's content (nested controls add to their parents). */
  sinks: ControlSink[];
}

interface ControlSink { control: ContentControl; raw: string; styledPlaceholderOnly: boolean; sawText: boolean }

export interface InlineEnv {
  model: WordModel;
  para: Paragraph;
  bold: { any: boolean; allBold: boolean };
  /** Reads a text box's content (w:txbxContent) as paragraphs of their own. */
  textBox: (content: XmlElement) => void;
}

const CHECKED_GLYPHS = new Set(['☒', '☑', '✓', '✔', '✗', '✘', '⊠']);
const UNCHECKED_GLYPHS = new Set(['☐', '□']);
/** Any box glyph (a quick test before the text is split). */
const GLYPH = /[☒☑✓✔✗✘⊠☐□]/;
/** Wingdings / Symbol codes used by legacy forms for empty and ticked boxes. */
const SYM_UNCHECKED = new Set(['F06F', 'F0A8', 'F071', 'F0A3', '006F', '00A8']);
const SYM_CHECKED = new Set(['F0FE', 'F078', 'F0FD', 'F0FC', 'F0FB', '00FE', '00FD']);

/** Inside a checkbox control its glyph is the control's own display, not a box of its own. */
const inCheckbox = (ctx: InlineCtx): boolean => ctx.sinks.some((s) => !!s.control.checkbox);

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
    // Kept too, for a control that turns out to hold boxes and gives its content to the paragraph.
    pushItem(ctx, { kind: 'text', text: s });
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

export function walkInline(el: XmlElement, ctx: InlineCtx, env: InlineEnv): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:r': readRun(c, ctx, env); break;
      case 'w:ins':
      case 'w:moveTo':
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:dir':
      case 'w:bdo':
      case 'w:sdtContent':
        walkInline(c, ctx, env);
        break;
      case 'mc:AlternateContent': {
        const choice = c.children.find((x) => isElement(x) && (x.name === 'mc:Choice' || x.name === 'mc:Fallback'));
        if (choice && isElement(choice)) walkInline(choice, ctx, env);
        break;
      }
      case 'w:sdt': readInlineControl(c, ctx, env); break;
      default: break; // w:del, w:moveFrom (not in the accepted text), bookmarks, comments, proofing marks
    }
  }
}

function readInlineControl(sdt: XmlElement, ctx: InlineCtx, env: InlineEnv): void {
  const cc = readControlProps(sdt, false, env.para.index);
  env.model.controls.push(cc);
  const content = child(sdt, 'w:sdtContent');
  const sink: ControlSink = { control: cc, raw: '', styledPlaceholderOnly: true, sawText: false };
  const inner: InlineCtx = { items: [], sinks: [...ctx.sinks, sink] };
  if (content) walkInline(content, inner, env);
  cc.hasPicture = inner.items.some((i) => i.kind === 'picture');
  cc.rawText = sink.raw;
  const placeholder = cc.showingPlaceholder || isPlaceholderText(sink.raw) || (sink.sawText && sink.styledPlaceholderOnly);
  cc.text = placeholder ? '' : sink.raw.replace(/\s+/g, ' ').trim();
  if (cc.hasPicture) for (const s of ctx.sinks) s.control.hasPicture = true;
  if (cc.checkbox) {
    ctx.items.push({ kind: 'box', checked: cc.checkbox.checked, control: cc });
    return;
  }
  // A plain control around boxes (LibreOffice's nesting, glyphs typed into a control): its content stands.
  if (inner.items.some((i) => i.kind === 'box')) {
    for (const it of inner.items) pushItem(ctx, it);
    return;
  }
  // Nested in another inline control, the outer control's text already holds this one's.
  ctx.items.push({ kind: 'control', control: cc });
}

/** Adds an item from a flattened control, joining adjacent text. */
function pushItem(ctx: InlineCtx, it: InlineItem): void {
  const last = ctx.items[ctx.items.length - 1];
  if (it.kind === 'text' && last?.kind === 'text') last.text += it.text;
  else ctx.items.push(it.kind === 'text' ? { kind: 'text', text: it.text } : it);
}

function readRun(r: XmlElement, ctx: InlineCtx, env: InlineEnv): void {
  const bold = env.bold;
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
        if (GLYPH.test(t) && !inCheckbox(ctx)) {
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
        if (!inCheckbox(ctx) && (SYM_CHECKED.has(code) || SYM_UNCHECKED.has(code))) {
          ctx.items.push({ kind: 'box', checked: SYM_CHECKED.has(code) });
        }
        break;
      }
      case 'w:fldChar': {
        // Legacy FORMCHECKBOX: w:ffData/w:checkBox with w:checked (or w:default).
        const ff = child(c, 'w:ffData');
        const cb = ff && child(ff, 'w:checkBox');
        if (cb && !inCheckbox(ctx)) {
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
      case 'mc:AlternateContent': {
        // A text box is read as paragraphs (Choice and Fallback hold the same box: the first one counts).
        const box = findFirst(c, 'w:txbxContent');
        if (box) {
          env.textBox(box);
          break;
        }
        const picture = c.name === 'mc:AlternateContent'
          ? containsName(c, 'w:drawing') || containsName(c, 'v:imagedata')
          : c.name !== 'w:pict' || hasImage(c);
        if (picture) {
          for (const s of ctx.sinks) s.control.hasPicture = true;
          ctx.items.push({ kind: 'picture' });
        }
        break;
      }
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

function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const f = findFirst(c, name);
    if (f) return f;
  }
  return undefined;
}

function containsName(el: XmlElement, name: string): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name || containsName(c, name)) return true;
  }
  return false;
}
