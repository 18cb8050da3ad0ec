/**
 * Turns "what the OOXML engine's filler changed" into Word operations. The filler (the same code
 * as kl-fill) fills the document's OOXML; comparing its result with the original gives:
 * - controls whose value or checkbox state changed → write into the live content control;
 * - paragraphs that changed outside controls (legacy ☐/☒ glyphs, or a control Word does not list)
 *   → replace that paragraph with the filled one;
 * - paragraphs the filler added (service blocks 2, 3, …) → insert as OOXML after their anchor;
 * - paragraphs the filler took out (a removed repeat block) → delete.
 * Paragraphs are aligned by their skeleton (text outside controls plus control ids), so the fixed
 * text is never rewritten except in a paragraph that has to be replaced as a fallback.
 */
import type { ContentControl, Paragraph, WordModel } from '../ooxml/word-model';

export type FillOp =
  | { kind: 'control-text'; control: ContentControl; paragraph: number; text: string }
  | { kind: 'control-check'; control: ContentControl; paragraph: number; checked: boolean; glyph: string }
  | { kind: 'replace-paragraph'; paragraph: number; xml: string }
  | { kind: 'insert-after'; paragraph: number; xml: string }
  | { kind: 'delete-paragraph'; paragraph: number };

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

export function planFill(original: WordModel, filled: WordModel, filledXml: string): FillOp[] {
  const ops: FillOp[] = [];
  const a = original.paragraphs.map(skeleton);
  const b = filled.paragraphs.map(skeleton);
  const pairs = lcs(a, b);
  const xmlOf = (ps: Paragraph[]): string => ps.map((p) => filledXml.slice(p.el.start, p.el.end)).join('');

  for (const [i, j] of pairs) {
    const o = original.paragraphs[i]!, f = filled.paragraphs[j]!;
    const fControls = new Map(controlsOf(f).map((c) => [c.id, c]));
    // A control whose tag changed (a repeat block moved up: 'services[2].x' → 'services[1].x') is
    // rewritten with its paragraph, so tag-bound fields keep their instance.
    const retagged = controlsOf(o).some((oc) => { const fc = fControls.get(oc.id); return !!fc && fc.tag !== oc.tag; });
    if (glyphStates(o) !== glyphStates(f) || retagged) {
      ops.push({ kind: 'replace-paragraph', paragraph: i, xml: xmlOf([f]) });
      continue;
    }
    for (const oc of controlsOf(o)) {
      // Controls nested in another control of this paragraph are written through their parent's text.
      const fc = fControls.get(oc.id);
      if (!fc) continue;
      if (oc.checkbox && fc.checkbox) {
        if (oc.checkbox.checked !== fc.checkbox.checked) {
          const glyph = fc.checkbox.checked ? (fc.checkbox.checkedChar ?? '☒') : (fc.checkbox.uncheckedChar ?? '☐');
          ops.push({ kind: 'control-check', control: oc, paragraph: i, checked: fc.checkbox.checked, glyph });
        }
      } else if (oc.rawText !== fc.rawText || oc.showingPlaceholder !== fc.showingPlaceholder) {
        ops.push({ kind: 'control-text', control: oc, paragraph: i, text: fc.text });
      }
    }
  }

  // Gaps between matched pairs: changed paragraphs (replace) and added ones (insert after the anchor).
  const bounds: Array<[number, number]> = [[-1, -1], ...pairs, [a.length, b.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!, [i1, j1] = bounds[k + 1]!;
    const origGap = Array.from({ length: i1 - i0 - 1 }, (_, x) => i0 + 1 + x);
    const fillGap = filled.paragraphs.slice(j0 + 1, j1);
    const paired = Math.min(origGap.length, fillGap.length);
    for (let x = 0; x < paired; x++) ops.push({ kind: 'replace-paragraph', paragraph: origGap[x]!, xml: xmlOf([fillGap[x]!]) });
    for (let x = paired; x < origGap.length; x++) ops.push({ kind: 'delete-paragraph', paragraph: origGap[x]! });
    const added = fillGap.slice(paired);
    if (added.length > 0) {
      const anchor = origGap.length > 0 ? origGap[origGap.length - 1]! : i0;
      ops.push({ kind: 'insert-after', paragraph: Math.max(anchor, 0), xml: xmlOf(added) });
    }
  }
  return ops;
}
