/**
 * Paragraph styles (styles.xml) and list definitions (numbering.xml), resolved so that a paragraph
 * knows whether it is numbered and whether it is a heading even when only its style says so:
 * LibreOffice and many templates number section headings through "List Number" or "Heading 1"
 * (the style's w:numPr), and the heading level through the style's w:outlineLvl or its name.
 * A style inherits from its w:basedOn chain; the nearest definition wins (ECMA-376 §17.7.2).
 */
import { attr, child, isElement, type XmlElement } from './xml';

export interface ResolvedNumbering {
  numId: string;
  ilvl: number;
  /** Where the numbering comes from: the paragraph's own w:numPr or its style chain. */
  source: 'own' | 'style';
  /** w:numFmt of the level ('decimal', 'bullet', …) when numbering.xml defines it. */
  format?: string;
}

interface StyleEntry {
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

export interface StyleSheet {
  readonly styles: Map<string, StyleEntry>;
  /** What each style id resolves to, computed once per style (documents repeat few styles many times). */
  resolved?: Map<string, ResolvedStyle>;
  /** numId → level → numFmt. */
  readonly formats: Map<string, Map<number, string>>;
  readonly defaultParagraphStyle?: string;
}

interface ResolvedStyle { numbering?: StyleEntry; outlineLevel?: number; headingByName?: number }

/** The inherited properties of a style id ('' for paragraphs without w:pStyle). */
function resolvedStyle(sheet: StyleSheet, styleId: string | undefined): ResolvedStyle {
  const key = styleId ?? '';
  let r = sheet.resolved?.get(key);
  if (r) return r;
  r = {
    numbering: inherited(sheet, styleId, (s) => (s.numId !== undefined ? s : undefined)),
    outlineLevel: inherited(sheet, styleId, (s) => s.outlineLevel),
    headingByName: inherited(sheet, styleId, (s) => {
      const m = HEADING_NAME.exec(s.name ?? '');
      return m ? Number(m[1]) : undefined;
    }),
  };
  (sheet.resolved ??= new Map()).set(key, r);
  return r;
}

/** No styles part: nothing to resolve (a fresh object each time, as the resolution cache lives on it). */
export const emptyStyles = (): StyleSheet => ({ styles: new Map(), formats: new Map() });

const num = (v: string | undefined): number | undefined => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isInteger(n) ? n : undefined;
};

export function readStyleSheet(styles: XmlElement | undefined, numbering: XmlElement | undefined): StyleSheet {
  return lazyStyleSheet(() => styles, () => numbering);
}

/**
 * A style sheet whose parts are read on first use: most paragraphs never need them (no w:pStyle, or
 * not numbered), and inflating and parsing styles.xml and numbering.xml for every document is not free.
 */
export function lazyStyleSheet(styles: () => XmlElement | undefined, numbering: () => XmlElement | undefined): StyleSheet {
  let parsed: { styles: Map<string, StyleEntry>; defaultParagraphStyle?: string } | undefined;
  let formats: Map<string, Map<number, string>> | undefined;
  const sheet = {
    get styles() { return (parsed ??= parseStyles(styles())).styles; },
    get defaultParagraphStyle() { return (parsed ??= parseStyles(styles())).defaultParagraphStyle; },
    get formats() {
      if (!formats) {
        formats = new Map();
        const root = numbering();
        if (root) readNumbering(root, formats);
      }
      return formats;
    },
  };
  return sheet;
}

function parseStyles(styles: XmlElement | undefined): { styles: Map<string, StyleEntry>; defaultParagraphStyle?: string } {
  const sheet: { styles: Map<string, StyleEntry>; defaultParagraphStyle?: string } = { styles: new Map() };
  if (styles) {
    for (const s of styles.children) {
      if (!isElement(s) || s.name !== 'w:style' || (attr(s, 'w:type') ?? 'paragraph') !== 'paragraph') continue;
      const id = attr(s, 'w:styleId');
      if (!id) continue;
      const entry: StyleEntry = {};
      const name = child(s, 'w:name');
      if (name) entry.name = attr(name, 'w:val');
      const based = child(s, 'w:basedOn');
      if (based) entry.basedOn = attr(based, 'w:val');
      const pPr = child(s, 'w:pPr');
      const numPr = pPr && child(pPr, 'w:numPr');
      if (numPr) {
        const id2 = child(numPr, 'w:numId');
        const lvl = child(numPr, 'w:ilvl');
        if (id2) entry.numId = attr(id2, 'w:val');
        entry.ilvl = num(lvl && attr(lvl, 'w:val')) ?? 0;
      }
      const ol = pPr && child(pPr, 'w:outlineLvl');
      if (ol) entry.outlineLevel = num(attr(ol, 'w:val'));
      sheet.styles.set(id, entry);
      if (attr(s, 'w:default') === '1' || attr(s, 'w:default') === 'true') sheet.defaultParagraphStyle = id;
    }
  }
  return sheet;
}

function readNumbering(root: XmlElement, out: Map<string, Map<number, string>>): void {
  const abstract = new Map<string, Map<number, string>>();
  for (const a of root.children) {
    if (!isElement(a) || a.name !== 'w:abstractNum') continue;
    const levels = new Map<number, string>();
    for (const l of a.children) {
      if (!isElement(l) || l.name !== 'w:lvl') continue;
      const fmt = child(l, 'w:numFmt');
      const ilvl = num(attr(l, 'w:ilvl'));
      if (ilvl !== undefined && fmt) levels.set(ilvl, attr(fmt, 'w:val') ?? 'decimal');
    }
    const id = attr(a, 'w:abstractNumId');
    if (id !== undefined) abstract.set(id, levels);
  }
  for (const n of root.children) {
    if (!isElement(n) || n.name !== 'w:num') continue;
    const ref = child(n, 'w:abstractNumId');
    const id = attr(n, 'w:numId');
    const levels = ref && abstract.get(attr(ref, 'w:val') ?? '');
    if (id !== undefined && levels) out.set(id, levels);
  }
}

/** Walks a style's basedOn chain (guarding against loops) and returns the first value `pick` finds. */
function inherited<T>(sheet: StyleSheet, styleId: string | undefined, pick: (s: StyleEntry) => T | undefined): T | undefined {
  const seen = new Set<string>();
  // Unstyled paragraphs are not resolved through the default style: it is rarely numbered, and so the
  // styles part is read only for documents that style their paragraphs.
  let id = styleId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = sheet.styles.get(id);
    if (!s) return undefined;
    const v = pick(s);
    if (v !== undefined) return v;
    id = s.basedOn;
  }
  return undefined;
}

/** The numbering that applies to a paragraph: its own w:numPr, else its style chain's; numId 0 switches it off. */
export function resolveNumbering(
  sheet: StyleSheet, styleId: string | undefined, own: { numId?: string; ilvl?: number } | undefined,
): ResolvedNumbering | undefined {
  let numId = own?.numId;
  let ilvl = own?.ilvl;
  let source: 'own' | 'style' = 'own';
  if (numId === undefined) {
    const fromStyle = resolvedStyle(sheet, styleId).numbering;
    if (fromStyle) {
      numId = fromStyle.numId;
      ilvl = ilvl ?? fromStyle.ilvl;
      source = 'style';
    } else if (own) {
      // A w:numPr with only w:ilvl and no style numbering: Word still shows a list item.
      numId = '';
    }
  }
  if (numId === undefined || numId === '0') return undefined;
  const level = ilvl ?? 0;
  const format = sheet.formats.get(numId)?.get(level);
  return { numId, ilvl: level, source, ...(format ? { format } : {}) };
}

/** Outline level of a paragraph (0-based as in w:outlineLvl; 9 is body text): own, else its style chain's. */
export function resolveOutlineLevel(sheet: StyleSheet, styleId: string | undefined, own: number | undefined): number | undefined {
  const lvl = own ?? resolvedStyle(sheet, styleId).outlineLevel;
  return lvl !== undefined && lvl >= 0 && lvl < 9 ? lvl : undefined;
}

const HEADING_NAME = /^(?:heading|overskrift)\s*(\d)$/i;

/** Heading level 1–9: the outline level, else a built-in heading style in the chain ("heading 1", "Overskrift 2"). */
export function resolveHeadingLevel(sheet: StyleSheet, styleId: string | undefined, outline: number | undefined): number | undefined {
  if (outline !== undefined) return outline + 1;
  const byName = resolvedStyle(sheet, styleId).headingByName;
  if (byName !== undefined) return byName;
  const m = /^(?:heading|overskrift)(\d)$/i.exec(styleId ?? '');
  return m ? Number(m[1]) : undefined;
}
