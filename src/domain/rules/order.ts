import type { Finding } from '../contract/finding';
import type { TemplateDefinition } from '../contract/template-definition';

/**
 * Deterministic finding order, in template order: fields of the sections (section order; within a
 * section checkbox groups before fields, each in definition order), then the services (instance by
 * instance), then the clauses, then findings about the whole document.
 */
export const findingOrder = (template: TemplateDefinition): ((a: Finding, b: Finding) => number) => {
  const sectionIndex = (id: string) => {
    const i = template.sections.findIndex((s) => s.id === id);
    return i < 0 ? template.sections.length : i;
  };
  const blockIndex = (id: string) => template.repeatBlocks.findIndex((b) => b.id === id);
  const positions = new Map<string, number[]>();
  const groupCount = template.checkboxGroups.length;
  template.checkboxGroups.forEach((g, gi) => {
    positions.set(g.id, g.repeat ? [1, blockIndex(g.repeat), gi] : [0, sectionIndex(g.section), gi]);
  });
  template.fields.forEach((f, fi) => {
    positions.set(f.id, f.repeat ? [1, blockIndex(f.repeat), groupCount + fi] : [0, sectionIndex(f.section), groupCount + fi]);
  });
  // A finding on a whole signature block ('signatures.buyer') comes just before the block's fields.
  for (const block of template.signatureBlocks) {
    const fi = template.fields.findIndex((f) => f.block === block.party);
    const first = template.fields[fi];
    if (first) positions.set(`signatures.${block.party}`, [0, sectionIndex(first.section), groupCount + fi - 0.5]);
  }

  const keyOf = (field: string | null): number[] => {
    if (field === null) return [3];
    if (field.startsWith('clauses.')) return [2, template.clauses.findIndex((c) => `clauses.${c.id}` === field)];
    const repeated = /^([^[\]]+)\[(\d+)\]\.(.+)$/.exec(field);
    if (repeated) {
      const [, block = '', index = '0', key = ''] = repeated;
      const [, b = -1, pos = Number.MAX_SAFE_INTEGER] = positions.get(`${block}[].${key}`) ?? [];
      return [1, b, Number(index), pos];
    }
    return positions.get(field) ?? [0, template.sections.length, Number.MAX_SAFE_INTEGER];
  };

  const cache = new Map<string | null, number[]>();
  const cachedKey = (field: string | null) => {
    let key = cache.get(field);
    if (key === undefined) cache.set(field, (key = keyOf(field)));
    return key;
  };
  return (a, b) => {
    const ka = cachedKey(a.field);
    const kb = cachedKey(b.field);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (ka[i] ?? -1) - (kb[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
};
