/**
 * Whether a line reads as a label line (and so is no value of the label above it). A label counts
 * when it carries a colon or opens the line; a label word that only ends the line ("Næstved
 * Kommune", "30 dage", "Holbæk By") is the end of a value. The field's own synonyms may open its
 * value ("Kommune Næstved"), other fields' may not. A line that reads as a value of the field's
 * kind (a date, a number of days, an amount, a CVR number) is its value whatever words it holds.
 */
import { findLabelHits, indexText, type IndexedText, type LabelHit } from '../../../domain/contract/labels';
import { parseFieldValue } from '../../../domain/contract/parsers';
import type { FieldKind } from '../../../domain/contract/template-definition';

export interface LabelledField { id: string; labels: string[]; kind: FieldKind }

/** The text is a value of the kind (kinds with a parser only: any text is a 'text' or 'signature' value, so that says nothing). */
export const isValueOfKind = (kind: FieldKind | undefined, text: string): boolean =>
  kind !== undefined && kind !== 'text' && kind !== 'signature' && text.trim() !== '' && parseFieldValue(kind, text.trim()).ok;

/**
 * A label word without a colon that ends the text without opening it is the end of a value, not a
 * label: after another label on the line ("Adresse: Torvet 1, Næstved By", "Antal: 1 Indsats"), or
 * when the text reads as a value of the word's own field ("30 Dage", "2.450,00 kr. Døgntakst").
 */
export function endsValue(idx: IndexedText, h: LabelHit, followsLabel: boolean, kind: FieldKind | undefined): boolean {
  if (h.hasColon || h.start === (idx.pos[0] ?? 0) || idx.text.slice(h.end).trim() !== '') return false;
  return followsLabel || isValueOfKind(kind, idx.text);
}

export function looksLikeLabelLine(text: string, fields: LabelledField[], fieldId: string): boolean {
  const t = text.trim();
  if (/^[^:]{1,40}:(?!\d)/.test(t)) return true;
  if (isValueOfKind(fields.find((f) => f.id === fieldId)?.kind, t)) return false;
  const idx = indexText(t);
  const first = idx.pos[0] ?? 0;
  return fields.some((f) => f.labels.some((l) => findLabelHits(idx, l, f.id !== fieldId).some((h) => h.hasColon || h.start === first)));
}
