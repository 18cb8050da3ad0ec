/** Clauses: the fixed prose of their sections, outside fields, labels, checkbox lines and block headings. */
import type { ExtractedClause } from '../../../domain/contract/extracted-contract';
import { definitionLabelKey, findLabelHits, indexText, labelKey, startsWithLabel } from '../../../domain/contract/labels';
import type { TemplateDefinition } from '../../../domain/contract/template-definition';
import type { WordModel } from '../word-model';
import { INSTANCE_NUMBER } from './layout';
import { labelsOf, type ExtractionIndex, type Scope } from './shared';

export function extractClauses(def: TemplateDefinition, index: ExtractionIndex): Record<string, ExtractedClause> {
  const model = index.model;
  const clauses: Record<string, ExtractedClause> = {};
  const bound = new Set<number>();
  for (const b of index.fields.values()) bound.add(b.paragraph);
  for (const cl of def.clauses) {
    const section = index.sections.get(cl.section);
    if (!section) {
      clauses[cl.id] = { text: null };
      continue;
    }
    const paras = clauseParagraphs(model, def, cl.section, section.scope).filter((i) => !bound.has(i));
    index.clauseParagraphs.set(cl.id, paras);
    const text = paras.map((i) => (model.paragraphs[i]?.text ?? '').replace(/\s+/g, ' ').trim()).join('\n');
    clauses[cl.id] = { text, location: { paragraph: paras[0] ?? section.heading } };
  }
  return clauses;
}

/** Paragraphs of a section that hold its fixed prose: not fields, not checkbox lines, not labels or block headings. */
function clauseParagraphs(model: WordModel, def: TemplateDefinition, sectionId: string, scope: Scope): number[] {
  const labels: string[] = [];
  for (const f of def.fields) if (f.section === sectionId) labels.push(...labelsOf(f));
  for (const g of def.checkboxGroups) if (g.section === sectionId) labels.push(...labelsOf(g));
  const blockHeadings = def.repeatBlocks.filter((b) => b.section === sectionId).flatMap((b) => [b.heading, ...b.headingSynonyms].map(labelKey));
  const optionTexts = def.checkboxGroups.filter((g) => g.section === sectionId).flatMap((g) => g.options.flatMap((o) => [o.text, ...o.synonyms]));
  const out: number[] = [];
  for (let i = scope.from; i < scope.to; i++) {
    const p = model.paragraphs[i];
    if (!p || p.text.trim() === '') continue;
    if (p.items.some((it) => it.kind !== 'text')) continue;
    const idx = indexText(p.text);
    const key = idx.key;
    if (blockHeadings.some((h) => key.startsWith(h) && (key === h || INSTANCE_NUMBER.test(key.slice(h.length))))) continue;
    // An option line whose box is gone (the options not chosen were deleted) is a choice, not prose.
    if (optionTexts.some((o) => startsWithLabel(idx, o) && key.length <= definitionLabelKey(o).length + 40)) continue;
    const isLabel = labels.some((l) => {
      if (definitionLabelKey(l) === key) return true;
      const hit = findLabelHits(idx, l)[0];
      return !!hit && hit.hasColon && idx.text.slice(0, hit.start).trim().replace(/^[\d.)\s]*/, '') === '';
    });
    if (!isLabel) out.push(i);
  }
  return out;
}
