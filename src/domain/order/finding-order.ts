import type { Finding } from '../contract/finding';
import type { TemplateDefinition } from '../contract/template-definition';

/**
 * Findings in the order a reader meets them in the order document: by section, then block
 * instance ("Mål 1" before "Mål 2"), then the field's place in the layout (definition order when
 * the template has no layout); findings about the whole document last.
 */
export const orderFindingOrder = (
  template: TemplateDefinition,
  layout: Record<string, string[]> = {},
): ((a: Finding, b: Finding) => number) => {
  const laidOut = [
    ...template.sections.flatMap((s) => layout[s.id] ?? []),
    ...template.fields.map((f) => f.id),
    ...template.checkboxGroups.map((g) => g.id),
  ];
  const sectionOf = new Map<string, string>([
    ...template.fields.map((f) => [f.id, f.section] as const),
    ...template.checkboxGroups.map((g) => [g.id, g.section] as const),
  ]);
  const key = (field: string | null): number[] => {
    if (field === null) return [Number.MAX_SAFE_INTEGER];
    const m = /^([^[\]]+)\[(\d+)\]\.(.+)$/.exec(field);
    const definitionId = m ? `${m[1]}[].${m[3]}` : field;
    const section = template.sections.findIndex((s) => s.id === sectionOf.get(definitionId));
    const position = laidOut.indexOf(definitionId);
    return [section < 0 ? template.sections.length : section, m ? Number(m[2]) : -1, position < 0 ? laidOut.length : position];
  };
  return (a, b) => {
    const ka = key(a.field);
    const kb = key(b.field);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (ka[i] ?? -1) - (kb[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
};
