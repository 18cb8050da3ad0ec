/**
 * Fields by their labels (strategies 2–4 of contract-checks.md): a control whose title or tag is a
 * label synonym, the control after a label in the same paragraph, bare text after the label, and
 * (./neighbours) the value beside or below a label that stands alone.
 */
import { findLabelHits, indexText, sameLabel } from '../../../domain/contract/labels';
import type { ContentControl, Paragraph, WordModel } from '../word-model';
import { endsValue, looksLikeLabelLine, type LabelledField } from './label-lines';
import { neighbourValue } from './neighbours';
import {
  bareValue, bindControl, cleanValue, controlValue, inScope, OBJECT, type FieldBinding, type Scope,
} from './shared';

export type { LabelledField } from './label-lines';

interface Segment { text: string; next?: ContentControl; paragraph: Paragraph; last: boolean }

/** Splits a paragraph at content controls and boxes into text segments, each knowing the control after it. */
function segments(p: Paragraph): Segment[] {
  const out: Segment[] = [];
  let text = '';
  for (const it of p.items) {
    if (it.kind === 'text') text += it.text;
    else if (it.kind === 'picture') text += OBJECT;
    else if (it.kind === 'control') {
      out.push({ text, next: it.control, paragraph: p, last: false });
      text = '';
    } else {
      out.push({ text, paragraph: p, last: false });
      text = '';
    }
  }
  out.push({ text, paragraph: p, last: true });
  return out;
}

/** Strategies 2–4 for the open fields of one scope. */
export function bindByLabels(
  model: WordModel, scope: Scope, fields: LabelledField[],
  out: Map<string, FieldBinding>, isFieldTag: (tag: string) => boolean,
): void {
  const found = new Map<string, FieldBinding>();
  const offer = (b: FieldBinding): void => {
    const cur = found.get(b.fieldId);
    if (!cur || b.strategy < cur.strategy) found.set(b.fieldId, b);
  };
  // Labels without a colon ("Cpr.nr. 120385-1234") are weaker evidence: used only for a field found no
  // other way, and not on a line that another binding read as its value ("Forvaltning:" / "Center for …").
  const weak = new Map<string, FieldBinding>();
  /** A control whose tag or title names another field is that field's, never the value of a label above it. */
  const namesOther = (c: ContentControl, fieldId: string): boolean => {
    const generic = (id: string) => id.replace(/\[\d+\]/g, '[]');
    for (const name of [c.tag, c.alias]) {
      if (!name) continue;
      if (isFieldTag(name)) return generic(name) !== generic(fieldId);
      const other = fields.find((fl) => fl.labels.some((l) => sameLabel(l, name)));
      if (other) return other.id !== fieldId;
    }
    return false;
  };
  const isLabelLine = (text: string, fieldId: string): boolean => looksLikeLabelLine(text, fields, fieldId);
  const kindOf = new Map(fields.map((f) => [f.id, f.kind]));
  // Lines a label above read as its value ("Handelskommune:" / "Næstved Kommune"): a label word at
  // their end without a colon is part of the value, not a label of its own.
  const valueLines = new Set<number>();
  const offerBare = (id: string, raw: string, at: number): void =>
    offer({ fieldId: id, strategy: 4, paragraph: at, value: bareValue(cleanValue(raw), at) });
  // Strategy 2: title or tag names the field by a label synonym.
  for (const c of model.controls) {
    if (!inScope(scope, c.paragraph) || c.checkbox) continue;
    for (const name of [c.alias, c.tag]) {
      if (!name || isFieldTag(name)) continue;
      const f = fields.find((fl) => fl.labels.some((l) => sameLabel(l, name)));
      if (f) { offer(bindControl(f.id, 2, c)); break; }
    }
  }
  // Strategies 3 and 4: labels in the text.
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i)) continue;
    for (const [segNo, seg] of segments(p).entries()) {
      if (seg.text.trim() === '') continue;
      const idx = indexText(seg.text);
      if (idx.key === '') continue;
      const hits: Array<{ id: string; start: number; end: number; weight: number; hasColon: boolean }> = [];
      for (const f of fields) {
        // A label without a colon counts when it opens the paragraph ("CPR-NR. 120385-1234").
        for (const l of f.labels) for (const h of findLabelHits(idx, l, segNo === 0)) hits.push({ id: f.id, ...h });
      }
      const valueLine = valueLines.has(p.index);
      const usable = valueLine ? hits.filter((h) => h.hasColon) : hits;
      if (usable.length === 0) continue;
      usable.sort((a, b) => a.start - b.start || b.weight - a.weight);
      const chosen: typeof usable = [];
      for (const h of usable) {
        const prev = chosen[chosen.length - 1];
        if (prev && h.start < prev.end) continue;
        // A label word that ends a value ("Adresse: Torvet 1, Næstved By", "30 Dage") is part of that value.
        if (endsValue(idx, h, chosen.length > 0, kindOf.get(h.id))) continue;
        chosen.push(h);
      }
      chosen.forEach((h, k) => {
        const nextHit = chosen[k + 1];
        const prevHit = chosen[k - 1];
        // "Postnr. og by: 4700 Næstved": two labels joined into one, the value split between them.
        if (nextHit && isCombined(idx.text, h, nextHit)) return;
        const nextStart = nextHit?.start ?? idx.text.length;
        const raw = idx.text.slice(h.end, nextStart);
        if (prevHit && isCombined(idx.text, prevHit, h)) {
          const [first, second] = splitCombined(raw);
          offerBare(prevHit.id, first, p.index);
          offerBare(h.id, second, p.index);
          return;
        }
        const value = cleanValue(raw);
        const isLast = k === chosen.length - 1;
        if (value.text === null && !value.picture && isLast && seg.next && !seg.next.checkbox) {
          offer(bindControl(h.id, 3, seg.next));
        } else if (value.text !== null || value.picture) {
          const b: FieldBinding = { fieldId: h.id, strategy: 4, paragraph: p.index, value: bareValue(value, p.index) };
          if (h.hasColon || k > 0) offer(b);
          else if (!weak.has(h.id)) weak.set(h.id, b);
        } else if (isLast && seg.last && p.items.every((it) => it.kind !== 'control')) {
          const nb = neighbourValue(model, p, scope, h.id, {
            isLabelLine: (text) => isLabelLine(text, h.id), namesOther: (c) => namesOther(c, h.id),
          });
          if (nb) {
            offer(nb);
            if (nb.strategy === 4) valueLines.add(nb.paragraph);
          }
        }
      });
    }
  }
  // A control that holds the label and the value together ("Navn: Mette Sørensen" in one control).
  for (const c of model.controls) {
    if (!inScope(scope, c.paragraph) || c.checkbox || c.text === '') continue;
    const idx = indexText(c.text);
    // The longest label that opens the control's text names its field ("CVR nr." rather than "CVR").
    let best: { id: string; end: number; weight: number } | undefined;
    for (const f of fields) {
      for (const l of f.labels) {
        for (const h of findLabelHits(idx, l, true)) {
          if (idx.text.slice(0, h.start).trim() === '' && (!best || h.weight > best.weight)) best = { id: f.id, end: h.end, weight: h.weight };
        }
      }
    }
    if (!best || found.has(best.id)) continue;
    const value = cleanValue(idx.text.slice(best.end));
    if (value.text === null) continue;
    found.set(best.id, { fieldId: best.id, strategy: 3, paragraph: c.paragraph, control: c, value: { ...controlValue(c, 3), text: value.text } });
  }
  const used = new Set([...found.values()].map((b) => b.paragraph));
  for (const [id, b] of weak) if (!found.has(id) && !used.has(b.paragraph)) found.set(id, b);
  for (const [id, b] of found) if (!out.has(id)) out.set(id, b);
}


interface Hit { id: string; start: number; end: number; hasColon: boolean }

/** Two labels joined by "og", "/", "&", "," or "+" and one colon: "Postnr. og by:", "Postnr./By:". */
function isCombined(text: string, a: Hit, b: Hit): boolean {
  // Synonyms of one field ("Forvaltning/afdeling:") are one label, not two.
  if (a.hasColon || !b.hasColon || a.id === b.id) return false;
  return /^\s*(?:og|&|\/|,|\+|samt)?\s*$/i.test(text.slice(a.end, b.start));
}

/** The value of a combined label: split at a comma or slash, else after its first word ("4700 Næstved"). */
function splitCombined(raw: string): [string, string] {
  const t = raw.trim();
  const sep = /\s*[,/]\s*/.exec(t);
  if (sep) return [t.slice(0, sep.index), t.slice(sep.index + sep[0].length)];
  const m = /^(\S+)\s+([\s\S]*)$/.exec(t);
  return m ? [m[1] ?? '', m[2] ?? ''] : [t, ''];
}
