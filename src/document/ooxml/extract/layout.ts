/**
 * Layout: where the template's parts stand in a document. Sections by their headings, instances of
 * repeat blocks ("Indsats 1", "Indsats 2", …) inside their section, and sub-blocks (a party's
 * signature block, also side by side in one table).
 */
import { labelKey } from '../../../domain/contract/labels';
import type { TemplateDefinition } from '../../../domain/contract/template-definition';
import { sameCell, sameRow, type ContentControl, type Paragraph, type WordModel } from '../word-model';
import type { Located, Scope } from './shared';

/** A title alone in the first cell of a table row whose other cells hold the section ("Betaling" | …). */
const headsRow = (p: Paragraph): boolean => !!p.table && p.table.cells >= 2 && p.table.cell === 0;

/** Looks like a heading by its form: numbered (own or style numbering), bold, heading style or outline level. */
const headingLike = (p: Paragraph): boolean =>
  p.numbered || p.allBold || p.headingLevel !== undefined || /heading|overskrift/i.test(p.styleId ?? '') || headsRow(p);

/** Section headings: "1. Borger" (number and title or a synonym), or an unnumbered title styled as a heading. */
export function locateSections(model: WordModel, def: TemplateDefinition): Map<string, Located> {
  const keys = new Map<string, string>();
  for (const s of def.sections) for (const t of [s.title, ...s.titleSynonyms]) if (!keys.has(labelKey(t))) keys.set(labelKey(t), s.id);
  const found: Array<{ id: string; heading: number }> = [];
  const seen = new Set<string>();
  for (const p of model.paragraphs) {
    const text = p.text.trim();
    if (text.length === 0 || text.length > 120) continue;
    let id: string | undefined;
    const m = /^(\d{1,2})(?:\s*[.)]\s*|\s+)(.+?)\s*:?$/u.exec(text);
    if (m) id = keys.get(labelKey(m[2] ?? ''));
    // The title first, then its form: a paragraph's numbering and heading level are resolved only when asked.
    if (!id) {
      const titled = keys.get(labelKey(text));
      if (titled && headingLike(p)) id = titled;
    }
    if (id && !seen.has(id)) {
      seen.add(id);
      found.push({ id, heading: p.index });
    }
  }
  // The template's footer typed into the body (retyped and converted documents) ends the section
  // before it: it is no value of a label left empty above it.
  const footerKey = labelKey(def.recognition.footer);
  const footerAt = (from: number, to: number): number => {
    for (let i = from; i < to; i++) if (footerKey && labelKey(model.paragraphs[i]?.text ?? '').includes(footerKey)) return i;
    return to;
  };
  const out = new Map<string, Located>();
  found.forEach((s, k) => {
    const next = found[k + 1];
    const to = next ? next.heading : model.paragraphs.length;
    out.set(s.id, { heading: s.heading, scope: { from: s.heading + 1, to: next ? to : footerAt(s.heading + 1, to) } });
  });
  return out;
}

/** The key rest of a block heading after its word: "1", "nr1" ("Indsats nr. 1"). */
export const INSTANCE_NUMBER = /^(?:nr)?\d{1,3}$/;

function locateInstances(model: WordModel, scope: Scope, headings: string[]): Located[] {
  const keys = headings.map(labelKey);
  const starts: number[] = [];
  for (let i = scope.from; i < scope.to; i++) {
    const k = labelKey(model.paragraphs[i]?.text ?? '');
    if (keys.some((h) => k.startsWith(h) && INSTANCE_NUMBER.test(k.slice(h.length)))) starts.push(i);
  }
  if (starts.length === 0) return [{ heading: -1, scope }];
  return starts.map((s, k) => ({ heading: s, scope: { from: s + 1, to: starts[k + 1] ?? scope.to } }));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Instances of every repeat block the template defines, inside its section. Tags naming instance
 * numbers beyond the headings found still count (a tagged block without a heading).
 */
export function locateRepeatBlocks(
  model: WordModel, def: TemplateDefinition, sections: Map<string, Located>, byTag: Map<string, ContentControl>,
): Map<string, Located[]> {
  const blocks = new Map<string, Located[]>();
  for (const rb of def.repeatBlocks) {
    const section = sections.get(rb.section);
    const instances = section ? locateInstances(model, section.scope, [rb.heading, ...rb.headingSynonyms]) : [];
    let tagged = 0;
    const tagRe = new RegExp(`^${escapeRe(rb.id)}\\[(\\d+)\\]\\.`);
    for (const tag of byTag.keys()) {
      const m = tagRe.exec(tag);
      if (m) tagged = Math.max(tagged, Number(m[1]) + 1);
    }
    while (instances.length < tagged) instances.push({ heading: -1, scope: { from: 0, to: 0 } });
    blocks.set(rb.id, instances);
  }
  return blocks;
}

/** A sub-block of a section (a party's signature block): from its heading to the next, or its column of a shared table. */
export function blockScope(model: WordModel, def: TemplateDefinition, sections: Map<string, Located>, sectionId: string, block: string): Scope | null {
  const section = sections.get(sectionId);
  if (!section) return null;
  const headingKeys = def.signatureBlocks.map((b) => ({ party: b.party, keys: [b.heading, ...b.headingSynonyms].map(labelKey) }));
  const starts: Array<{ party: string; at: number }> = [];
  for (let i = section.scope.from; i < section.scope.to; i++) {
    const k = labelKey(model.paragraphs[i]?.text ?? '');
    if (!k) continue;
    const hit = headingKeys.find((h) => h.keys.includes(k));
    if (hit && !starts.some((s) => s.party === hit.party)) starts.push({ party: hit.party, at: i });
  }
  starts.sort((a, b) => a.at - b.at);
  const k = starts.findIndex((s) => s.party === block);
  const s = starts[k];
  if (!s) return null;
  const own = model.paragraphs[s.at]?.table;
  const sideBySide = own && starts.some((o) => o !== s && sameRow(model.paragraphs[o.at]?.table, own) && !sameCell(model.paragraphs[o.at]?.table, own));
  if (own && sideBySide) {
    // The parties sign side by side in one table: a block is its heading's column, in the rows below.
    // Columns left of every party's heading hold the labels of a grid ("Dato:" | køber | leverandør).
    const partyCells = starts.map((o) => model.paragraphs[o.at]?.table).filter((t) => t?.table === own.table).map((t) => t?.cell ?? 0);
    const firstParty = Math.min(...partyCells);
    const only = new Set<number>();
    let labelColumn = false;
    for (let i = s.at + 1; i < section.scope.to; i++) {
      const t = model.paragraphs[i]?.table;
      if (!t || t.table !== own.table) continue;
      if (t.cell === own.cell) only.add(i);
      else if (t.cell < firstParty && t.row !== own.row) {
        only.add(i);
        labelColumn = true;
      }
    }
    return { from: s.at + 1, to: section.scope.to, only, ...(labelColumn ? { valueColumn: own.cell } : {}) };
  }
  return { from: s.at + 1, to: starts[k + 1]?.at ?? section.scope.to };
}
