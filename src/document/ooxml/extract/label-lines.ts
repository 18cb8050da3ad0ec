/**
 * Whether a line reads as a label line (and so is no value of the label above it). A label counts
 * when it carries a colon or opens the line; a label word that only ends the line ("Næstved
 * Kommune", "30 dage", "Holbæk By") is the end of a value. The field's own synonyms may open its
 * value ("Kommune Næstved"), other fields' may not.
 */
import { findLabelHits, indexText } from '../../../domain/contract/labels';

export function looksLikeLabelLine(text: string, fields: Array<{ id: string; labels: string[] }>, fieldId: string): boolean {
  const t = text.trim();
  if (/^[^:]{1,40}:(?!\d)/.test(t)) return true;
  const idx = indexText(t);
  const first = idx.pos[0] ?? 0;
  return fields.some((f) => f.labels.some((l) => findLabelHits(idx, l, f.id !== fieldId).some((h) => h.hasColon || h.start === first)));
}
