/**
 * Turns "what the OOXML engine's filler changed" into Word operations. The filler (the same code
 * as kl-fill) fills the document's OOXML; comparing its result with the original gives:
 * - controls whose value or checkbox state changed → write into the live content control;
 * - paragraphs that changed outside controls (legacy ☐/☒ glyphs, or a control Word does not list)
 *   → replace that paragraph with the filled one;
 * - paragraphs and tables the filler added (service blocks 2, 3, …) → insert as OOXML next to their anchor;
 * - paragraphs the filler took out (a removed repeat block) → delete; a table it took out → delete
 *   the table as a whole (deleting its cells' paragraphs one by one would leave an empty table).
 *
 * The comparison walks the document as Word nests it: a container (the body, a table cell) holds
 * paragraphs and tables. Items are aligned by their skeleton (a paragraph's text outside controls
 * plus control ids; a table's shape and its paragraphs' skeletons), so the fixed text is never
 * rewritten except in a paragraph that has to be replaced as a fallback, and values (which are not
 * in the skeleton) never make an item look different. A table that differs (the contract's layout
 * table, whose cells gain or lose service blocks) is compared cell by cell when its shape is the
 * same; one whose shape changed is deleted and inserted anew.
 */
import type { ContentControl, Paragraph, WordModel } from '../ooxml/word-model';
import { isElement, type XmlElement } from '../ooxml/xml';

/**
 * A table as Word's API reaches it: `paragraph` stands directly in the table (not in a table
 * nested in it), so Paragraph.parentTable is this table; `nesting` is its Paragraph.tableNestingLevel
 * (1 for a table in the body), to check the live paragraph before the table is touched.
 */
export interface TableRef { paragraph: number; nesting: number }

export type FillOp =
  | { kind: 'control-text'; control: ContentControl; paragraph: number; text: string }
  | { kind: 'control-check'; control: ContentControl; paragraph: number; checked: boolean; glyph: string }
  | { kind: 'replace-paragraph'; paragraph: number; xml: string }
  | { kind: 'insert-after'; paragraph: number; xml: string }
  /** At the start of a container, or after a table: before the paragraph that follows. */
  | { kind: 'insert-before'; paragraph: number; xml: string }
  /** Next to a table where no paragraph is at hand (two tables in a row, a table opening a cell). */
  | { kind: 'insert-at-table'; table: TableRef; where: 'Before' | 'After'; xml: string }
  | { kind: 'delete-paragraph'; paragraph: number }
  | { kind: 'delete-table'; table: TableRef };

const skeleton = (p: Paragraph): string =>
  p.items.map((it) => {
    switch (it.kind) {
      case 'text': return `t:${it.text}`;
      case 'control': return `c:${it.control.id ?? '?'}`;
      case 'box': return it.control ? `b:${it.control.id ?? '?'}` : 'g';
      case 'picture': return 'p';
    }
  }).join('\u0001');

/** Glyph boxes (no control) and their states: a change here can only be written by replacing the paragraph. */
const glyphStates = (p: Paragraph): string => p.items.filter((it) => it.kind === 'box' && !it.control).map((it) => (it.kind === 'box' && it.checked ? '1' : '0')).join('');

/** Longest common subsequence of two key lists, as matched index pairs in order. */
function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length, m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const pairs: Array<[number, number]> = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const controlsOf = (p: Paragraph): ContentControl[] =>
  p.items.flatMap((it) => (it.kind === 'control' ? [it.control] : it.kind === 'box' && it.control ? [it.control] : []));

/** A paragraph, or a table with every paragraph in it (nested tables and text boxes included), in document order. */
type TableItem = { kind: 'tbl'; el: XmlElement; paras: Paragraph[] };
type Item = { kind: 'p'; p: Paragraph } | TableItem;

const within = (el: XmlElement, outer: XmlElement): boolean => el.start >= outer.start && el.end <= outer.end;

/**
 * The outermost table below `container` that holds `el`. A table inside a text box does not count:
 * the model lists text-box paragraphs after their anchor paragraph, and so are they compared.
 */
function outermostTable(el: XmlElement, container: XmlElement | null): XmlElement | undefined {
  let found: XmlElement | undefined;
  for (let e = el.parent; e && e !== container; e = e.parent) {
    if (e.name === 'w:tbl') found = e;
    else if (e.name === 'w:txbxContent') found = undefined;
  }
  return found;
}

/** The items of a container, from the model paragraphs that stand in it (consecutive in the model). */
function itemsOf(paras: Paragraph[], container: XmlElement | null): Item[] {
  const items: Item[] = [];
  for (const p of paras) {
    const t = outermostTable(p.el, container);
    const last = items[items.length - 1];
    if (!t) items.push({ kind: 'p', p });
    else if (last?.kind === 'tbl' && last.el === t) last.paras.push(p);
    else items.push({ kind: 'tbl', el: t, paras: [p] });
  }
  return items;
}

const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

/** A table's rows and their cells (also inside row- and cell-level content controls), not those of nested tables. */
function rowsOf(tbl: XmlElement): XmlElement[][] {
  const collect = (el: XmlElement, name: string, out: XmlElement[]): XmlElement[] => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      else if (WRAPPERS.has(c.name)) collect(c, name, out);
    }
    return out;
  };
  return collect(tbl, 'w:tr', []).map((tr) => collect(tr, 'w:tc', []));
}

const shapeOf = (tbl: XmlElement): string => rowsOf(tbl).map((r) => r.length).join(',');

/** Nesting level of the table that directly holds `el` (Word's Paragraph.tableNestingLevel): its w:tbl ancestors. */
function nestingOf(el: XmlElement): number {
  let n = 0;
  for (let e = el.parent; e; e = e.parent) if (e.name === 'w:tbl') n++;
  return n;
}

/** The table as Word's API reaches it: through a paragraph standing directly in it. */
function tableRef(item: TableItem): TableRef {
  const direct = item.paras.find((p) => !p.inTextBox && outermostTable(p.el, item.el) === undefined) ?? item.paras[0]!;
  return { paragraph: direct.index, nesting: nestingOf(item.el) + 1 };
}

export function planFill(original: WordModel, filled: WordModel, filledXml: string): FillOp[] {
  const ops: FillOp[] = [];
  const xmlOfItems = (items: Item[]): string => items.map((it) => {
    const el = it.kind === 'p' ? it.p.el : it.el;
    return filledXml.slice(el.start, el.end);
  }).join('');

  /** Two paragraphs that align: write what changed in their controls, or replace the paragraph. */
  const matched = (o: Paragraph, f: Paragraph): void => {
    const fControls = new Map(controlsOf(f).map((c) => [c.id, c]));
    // A control whose tag changed (a repeat block moved up: 'services[2].x' → 'services[1].x') is
    // rewritten with its paragraph, so tag-bound fields keep their instance.
    const retagged = controlsOf(o).some((oc) => { const fc = fControls.get(oc.id); return !!fc && fc.tag !== oc.tag; });
    if (glyphStates(o) !== glyphStates(f) || retagged) {
      ops.push({ kind: 'replace-paragraph', paragraph: o.index, xml: filledXml.slice(f.el.start, f.el.end) });
      return;
    }
    for (const oc of controlsOf(o)) {
      // Controls nested in another control of this paragraph are written through their parent's text.
      const fc = fControls.get(oc.id);
      if (!fc) continue;
      if (oc.checkbox && fc.checkbox) {
        if (oc.checkbox.checked !== fc.checkbox.checked) {
          const glyph = fc.checkbox.checked ? (fc.checkbox.checkedChar ?? '☒') : (fc.checkbox.uncheckedChar ?? '☐');
          ops.push({ kind: 'control-check', control: oc, paragraph: o.index, checked: fc.checkbox.checked, glyph });
        }
      } else if (oc.rawText !== fc.rawText || oc.showingPlaceholder !== fc.showingPlaceholder) {
        ops.push({ kind: 'control-text', control: oc, paragraph: o.index, text: fc.text });
      }
    }
  };

  /**
   * Inserts `added` between two items of the original that stay (`prev`, `next`; undefined at a
   * container's start or end): after a paragraph where there is one, else before the next paragraph
   * (a table's range, not its first paragraph, when a table stands there).
   */
  const insert = (added: Item[], prev: Item | undefined, next: Item | undefined, fallback: number): void => {
    if (added.length === 0) return;
    const xml = xmlOfItems(added);
    if (prev?.kind === 'p') ops.push({ kind: 'insert-after', paragraph: prev.p.index, xml });
    else if (next?.kind === 'p') ops.push({ kind: 'insert-before', paragraph: next.p.index, xml });
    else if (prev?.kind === 'tbl') ops.push({ kind: 'insert-at-table', table: tableRef(prev), where: 'After', xml });
    else if (next?.kind === 'tbl') ops.push({ kind: 'insert-at-table', table: tableRef(next), where: 'Before', xml });
    else ops.push({ kind: 'insert-after', paragraph: Math.max(fallback, 0), xml });
  };

  const remove = (it: Item): void => {
    if (it.kind === 'p') ops.push({ kind: 'delete-paragraph', paragraph: it.p.index });
    else ops.push({ kind: 'delete-table', table: tableRef(it) });
  };

  /** Two tables of the same shape whose content differs: cell by cell. */
  const sameShape = (o: TableItem, f: TableItem): void => {
    const fCells = rowsOf(f.el).flat();
    rowsOf(o.el).flat().forEach((cell, k) => {
      const other = fCells[k]!;
      container(o.paras.filter((p) => within(p.el, cell)), f.paras.filter((p) => within(p.el, other)), cell, other);
    });
  };

  /**
   * The changed items between two aligned ones (`before`, `after`). Paragraphs pair with paragraphs
   * (replaced) and tables with tables of the same shape (compared cell by cell), in order; what is
   * left is deleted (a table as a whole) or inserted. A table whose shape changed is thus deleted and
   * inserted anew: its cells cannot be matched one to one.
   */
  const gap = (orig: Item[], fill: Item[], before: Item | undefined, after: Item | undefined, fallback: number): void => {
    if (orig.length === 0 && fill.length === 0) return;
    const kind = (it: Item) => (it.kind === 'p' ? 'p' : `t${shapeOf(it.el)}`);
    const pairs = lcs(orig.map(kind), fill.map(kind));
    const bounds: Array<[number, number]> = [[-1, -1], ...pairs, [orig.length, fill.length]];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const [i0, j0] = bounds[k]!, [i1, j1] = bounds[k + 1]!;
      for (let i = i0 + 1; i < i1; i++) remove(orig[i]!);
      // Anchored on items that stay (paired ones are replaced or compared, not deleted).
      insert(fill.slice(j0 + 1, j1), i0 >= 0 ? orig[i0] : before, i1 < orig.length ? orig[i1] : after, fallback);
      if (i1 < orig.length) {
        const o = orig[i1]!, f = fill[j1]!;
        if (o.kind === 'p' && f.kind === 'p') ops.push({ kind: 'replace-paragraph', paragraph: o.p.index, xml: xmlOfItems([f]) });
        else if (o.kind === 'tbl' && f.kind === 'tbl') sameShape(o, f);
      }
    }
  };

  /** Aligns the items of two corresponding containers (the bodies, or two cells). */
  const container = (oParas: Paragraph[], fParas: Paragraph[], oContainer: XmlElement | null, fContainer: XmlElement | null): void => {
    const a = itemsOf(oParas, oContainer), b = itemsOf(fParas, fContainer);
    const key = (it: Item) => (it.kind === 'p' ? `p${skeleton(it.p)}` : `t${shapeOf(it.el)}\u0002${it.paras.map(skeleton).join('\u0002')}`);
    const pairs = lcs(a.map(key), b.map(key));
    const bounds: Array<[number, number]> = [[-1, -1], ...pairs, [a.length, b.length]];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const [i0, j0] = bounds[k]!, [i1, j1] = bounds[k + 1]!;
      gap(a.slice(i0 + 1, i1), b.slice(j0 + 1, j1), a[i0], a[i1], oParas[0]?.index ?? 0);
      if (i1 < a.length) {
        const o = a[i1]!, f = b[j1]!;
        if (o.kind === 'p' && f.kind === 'p') matched(o.p, f.p);
        else if (o.kind === 'tbl' && f.kind === 'tbl') o.paras.forEach((p, x) => matched(p, f.paras[x]!));
      }
    }
  };

  container(original.paragraphs, filled.paragraphs, null, null);
  return ops;
}
