/**
 * Turns a WordModel into an ExtractedContract for a template definition. Generic over the
 * definition: sections, repeat blocks, sub-blocks, fields, checkbox groups and clauses all come
 * from the data. Each concern has its file: ./layout (sections, repeat instances, sub-blocks),
 * ./fields and ./neighbours (the value strategies), ./choices (checkbox groups), ./clauses.
 * Each field is found in this order (contract-checks.md):
 *   1. a content control whose tag is the field id (anywhere in the document);
 *   2. a content control in the field's section whose title (alias) or tag is a label synonym;
 *   3. the content control that follows the field's label in the same paragraph;
 *   4. bare text typed after the label (or beside or below a label that stands alone).
 */
import type { ExtractedValue } from '../../../domain/contract/extracted-contract';
import type { FieldDefinition, TemplateDefinition } from '../../../domain/contract/template-definition';
import type { ContentControl, WordModel } from '../word-model';
import { extractChoices } from './choices';
import { extractClauses } from './clauses';
import { bindByLabels } from './fields';
import { blockScope, locateRepeatBlocks, locateSections } from './layout';
import { bindControl, inScope, instanceId, labelsOf, type Extraction, type ExtractionIndex, type Scope } from './shared';

export { locateSections } from './layout';
export type { Extraction, ExtractionIndex, FieldBinding, OptionBinding, Scope } from './shared';

export function extractContract(model: WordModel, def: TemplateDefinition): Extraction {
  const byTag = new Map<string, ContentControl>();
  for (const c of model.controls) if (c.tag && !byTag.has(c.tag)) byTag.set(c.tag, c);
  const sections = locateSections(model, def);
  const index: ExtractionIndex = {
    model, sections, blocks: locateRepeatBlocks(model, def, sections, byTag), fields: new Map(), options: new Map(), clauseParagraphs: new Map(),
  };
  const scopeOf = (sectionId: string, blockId?: string, instance?: number): Scope | null => {
    if (blockId !== undefined && instance !== undefined) {
      const inst = index.blocks.get(blockId)?.[instance];
      return inst && inst.scope.to > inst.scope.from ? inst.scope : null;
    }
    return index.sections.get(sectionId)?.scope ?? null;
  };

  extractFields(def, index, byTag, scopeOf);
  const choices = extractChoices(def, index, byTag, scopeOf);
  const clauses = extractClauses(def, index);

  const values: Record<string, ExtractedValue> = {};
  for (const [id, b] of index.fields) values[id] = b.value;
  const repeatCounts: Record<string, number> = {};
  for (const [id, instances] of index.blocks) repeatCounts[id] = instances.length;
  const primary = def.repeatBlocks[0];

  return {
    contract: {
      template: { id: def.id, version: def.version },
      values,
      // The domain's count of the template's first repeat block (its services); every block is in repeatCounts.
      serviceCount: primary ? repeatCounts[primary.id] ?? 0 : 0,
      repeatCounts,
      choices,
      clauses,
      hasPendingRevisions: model.hasPendingRevisions,
    },
    index,
  };
}

interface Wanted { id: string; def: FieldDefinition; genericTags: string[] }

/** Fields grouped by scope, so that labels compete only with their neighbours; then strategy 1, then 2–4. */
function extractFields(
  def: TemplateDefinition, index: ExtractionIndex, byTag: Map<string, ContentControl>,
  scopeOf: (sectionId: string, blockId?: string, instance?: number) => Scope | null,
): void {
  const model = index.model;
  const groups = new Map<string, { scope: Scope | null; fields: Wanted[] }>();
  const want = (key: string, scope: () => Scope | null, w: Wanted): void => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scope: scope(), fields: [] }));
    g.fields.push(w);
  };
  for (const f of def.fields) {
    if (f.repeat) {
      const n = index.blocks.get(f.repeat)?.length ?? 0;
      const key = f.id.slice(f.id.indexOf('.') + 1);
      for (let i = 0; i < Math.max(n, 1); i++) {
        want(`${f.repeat}#${i}`, () => scopeOf(f.section, f.repeat, i), { id: instanceId(f.id, i), def: f, genericTags: [f.id, `${f.repeat}.${key}`] });
      }
    } else if (f.block) {
      const block = f.block;
      want(`${f.section}/${block}`, () => blockScope(model, def, index.sections, f.section, block), { id: f.id, def: f, genericTags: [] });
    } else {
      want(f.section, () => scopeOf(f.section), { id: f.id, def: f, genericTags: [] });
    }
  }
  const isFieldTag = byTagIsField(def);
  for (const g of groups.values()) {
    // Strategy 1: tag = field id, anywhere; generic tags of a repeat block only inside its instance.
    for (const w of g.fields) {
      const scope = g.scope;
      const c = byTag.get(w.id) ?? (scope ? model.controls.find((cc) => inScope(scope, cc.paragraph) && !!cc.tag && w.genericTags.includes(cc.tag)) : undefined);
      if (c && !c.checkbox) index.fields.set(w.id, bindControl(w.id, 1, c));
    }
    if (!g.scope) continue;
    const open = g.fields.filter((w) => !index.fields.has(w.id));
    if (open.length === 0) continue;
    bindByLabels(model, g.scope, open.map((w) => ({ id: w.id, labels: labelsOf(w.def), kind: w.def.kind })), index.fields, isFieldTag);
  }
}

/** Tags that are some field's or option's id: such a control is never claimed by a label of another field. */
function byTagIsField(def: TemplateDefinition): (tag: string) => boolean {
  const ids = new Set<string>(def.fields.map((f) => f.id));
  for (const g of def.checkboxGroups) for (const o of g.options) ids.add(`${g.id}.${o.id}`);
  return (tag) => ids.has(tag.replace(/\[\d+\]/g, '[]'));
}
