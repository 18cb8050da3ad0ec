/**
 * Checkbox groups: each option's box, by tag `<group>.<option>` or by the option text beside it (on
 * the line, in the next cell), and choices typed as text where a form has no boxes.
 */
import type { ExtractedChoice } from '../../../domain/contract/extracted-contract';
import { definitionLabelKey, endsWithLabel, findLabelHits, indexText, startsWithLabel } from '../../../domain/contract/labels';
import type { CheckboxGroupDefinition, TemplateDefinition } from '../../../domain/contract/template-definition';
import { sameRow, type ContentControl, type InlineItem, type Paragraph, type WordModel } from '../word-model';
import { inScope, instanceId, labelsOf, locationOf, type ExtractionIndex, type OptionBinding, type Scope } from './shared';

/** Every checkbox group of the template, once per instance of its repeat block. */
export function extractChoices(
  def: TemplateDefinition, index: ExtractionIndex, byTag: Map<string, ContentControl>,
  scopeOf: (sectionId: string, blockId?: string, instance?: number) => Scope | null,
): Record<string, ExtractedChoice> {
  const model = index.model;
  const choices: Record<string, ExtractedChoice> = {};
  for (const grp of def.checkboxGroups) {
    const n = grp.repeat ? Math.max(index.blocks.get(grp.repeat)?.length ?? 0, 1) : 1;
    for (let i = 0; i < n; i++) {
      const gid = grp.repeat ? instanceId(grp.id, i) : grp.id;
      const scope = grp.repeat ? scopeOf(grp.section, grp.repeat, i) : scopeOf(grp.section);
      const bindings = findOptions(model, grp, gid, scope, byTag);
      index.options.set(gid, bindings);
      const checked = [...new Set(bindings.filter((b) => b.item.checked).map((b) => b.optionId))];
      const first = bindings[0];
      const typed = bindings.length === 0 && scope ? typedChoice(model, grp, scope) : null;
      choices[gid] = typed ?? {
        checked,
        found: bindings.length > 0,
        ...(first ? { location: locationOf(first.paragraph, first.item.control) } : {}),
      };
    }
  }
  return choices;
}

/** Checkbox options of a group: by tag `<group>.<option>`, else by the option text beside each box. */
export function findOptions(
  model: WordModel, grp: CheckboxGroupDefinition, gid: string, scope: Scope | null, byTag: Map<string, ContentControl>,
): OptionBinding[] {
  const out: OptionBinding[] = [];
  for (const o of grp.options) {
    const c = byTag.get(`${gid}.${o.id}`);
    if (c && c.checkbox) out.push({ optionId: o.id, paragraph: c.paragraph, item: { kind: 'box', checked: c.checkbox.checked, control: c } });
  }
  if (out.length > 0 || !scope) return out;
  const optionLabels = grp.options.map((o) => ({ id: o.id, labels: [o.text, ...o.synonyms] }));
  const match = (text: string, where: 'start' | 'end' = 'start'): string | undefined => {
    let best: { id: string; w: number } | undefined;
    const idx = indexText(text);
    if (idx.key === '') return undefined;
    for (const o of optionLabels) {
      for (const l of o.labels) {
        const w = definitionLabelKey(l).length;
        const hit = where === 'start' ? startsWithLabel(idx, l) : endsWithLabel(idx, l);
        if (hit && (!best || w > best.w)) best = { id: o.id, w };
      }
    }
    return best?.id;
  };
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i)) continue;
    const items = p.items;
    const boxes = items.flatMap((it, k) => (it.kind === 'box' ? [k] : []));
    if (boxes.length === 0) continue;
    // "Forud ☐  Bagud ☒": the option text stands before its box when nothing follows the last box.
    const textFirst = textAround(items, boxes[boxes.length - 1] as number, 1) === '' &&
      match(textAround(items, boxes[0] as number, -1), 'end') !== undefined;
    for (const k of boxes) {
      const it = items[k];
      if (!it || it.kind !== 'box') continue;
      let id: string | undefined;
      for (const name of [it.control?.alias, it.control?.tag]) if (!id && name) id = match(name);
      if (!id && textFirst) id = match(textAround(items, k, -1), 'end');
      if (!id && !textFirst) id = match(textAround(items, k, 1)) ?? match(textAround(items, k, -1), 'end');
      // A checkbox table: the box alone in its cell, the option text in the next (or previous) cell.
      if (!id && boxes.length === 1 && p.table && textAround(items, k, 1) === '' && textAround(items, k, -1) === '') {
        id = match(neighbourCellText(model, p, 1)) ?? match(neighbourCellText(model, p, -1), 'end');
      }
      if (id) out.push({ optionId: id, paragraph: p.index, item: it });
    }
  }
  return out;
}

/**
 * A choice typed as text where the form has no boxes at all ("Betaling sker: Bagud"): the one option
 * named after the group's label. Naming several ("Forud / Bagud", the unfilled form) decides nothing.
 */
export function typedChoice(model: WordModel, grp: CheckboxGroupDefinition, scope: Scope): ExtractedChoice | null {
  const labels = labelsOf(grp);
  // Option lines without boxes: the options not chosen were deleted, the chosen one is left standing.
  const standing = new Map<string, number>();
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i) || p.items.some((it) => it.kind === 'box')) continue;
    const idx = indexText(p.text);
    const o = grp.options.find((opt) => [opt.text, ...opt.synonyms].some((l) => startsWithLabel(idx, l) && idx.key.length <= definitionLabelKey(l).length + 40));
    if (o && !standing.has(o.id)) standing.set(o.id, i);
  }
  if (standing.size > 0) {
    const [first] = standing.values();
    return { checked: standing.size === 1 ? [...standing.keys()] : [], found: true, location: { paragraph: first ?? scope.from } };
  }
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || !inScope(scope, i) || p.items.some((it) => it.kind === 'box')) continue;
    const idx = indexText(p.text);
    const hit = labels.flatMap((l) => findLabelHits(idx, l)).find((h) => h.hasColon);
    if (!hit) continue;
    const rest = indexText(idx.text.slice(hit.end)).key;
    if (rest === '') continue;
    const named = grp.options.filter((o) => [o.text, ...o.synonyms].some((l) => rest.includes(definitionLabelKey(l))));
    return { checked: named.length === 1 ? [named[0]!.id] : [], found: true, location: { paragraph: i } };
  }
  return null;
}

/** The text of the cell after (dir 1) or before (dir -1) a paragraph's cell in the same row, '' when there is none. */
function neighbourCellText(model: WordModel, p: Paragraph, dir: 1 | -1): string {
  const at = p.table;
  if (!at) return '';
  return model.paragraphs.filter((q) => sameRow(q.table, at) && q.table?.cell === at.cell + dir).map((q) => q.text).join(' ').trim();
}

/** Text beside a box, after it (dir 1) or before it (dir -1), up to the next box or control. */
function textAround(items: InlineItem[], k: number, dir: 1 | -1): string {
  let s = '';
  for (let j = k + dir; j >= 0 && j < items.length; j += dir) {
    const it = items[j];
    if (!it || it.kind === 'box' || it.kind === 'control') break;
    if (it.kind === 'text') s = dir === 1 ? s + it.text : it.text + s;
  }
  return s.trim();
}

