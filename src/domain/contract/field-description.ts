/**
 * Where a finding points, in the template's own words, for a contract officer: 'services[1].endDate'
 * → "Evt. slutdato (indsats 2), afsnit 4. Ydelser", 'clauses.payment' → "Afsnit 6. Betaling". The
 * field ids stay the rules' and the tools' vocabulary; people read this.
 */
import type { TemplateDefinition } from './template-definition';

const clean = (label: string): string => label.replace(/:\s*$/, '').trim();

export function describeField(def: TemplateDefinition, fieldId: string): string | null {
  const section = (id: string) => def.sections.find((s) => s.id === id);
  const inSection = (id: string) => { const s = section(id); return s ? `afsnit ${s.number}. ${s.title}` : null; };
  if (fieldId.startsWith('clauses.')) {
    const clause = def.clauses.find((c) => `clauses.${c.id}` === fieldId);
    const where = clause && inSection(clause.section);
    return where ? where.charAt(0).toUpperCase() + where.slice(1) : null;
  }
  const m = /^([^[\]]+)\[(\d+)\]\.(.+)$/.exec(fieldId);
  const generic = m ? `${m[1]}[].${m[3]}` : fieldId;
  const instance = m ? def.repeatBlocks.find((b) => b.id === m[1]) : undefined;
  const suffix = m && instance ? ` (${instance.heading.toLowerCase()} ${Number(m[2]) + 1})` : '';
  const field = def.fields.find((f) => f.id === generic || f.id === `${generic}.signature`);
  const group = def.checkboxGroups.find((g) => g.id === generic);
  const signature = def.signatureBlocks.find((b) => `signatures.${b.party}` === generic);
  const label = field ? clean(field.label) : group?.label ? clean(group.label) : signature ? signature.heading : null;
  const sectionId = field?.section ?? group?.section ?? (signature ? 'signatures' : undefined);
  const where = sectionId ? inSection(sectionId) : null;
  if (!label) return null;
  return `${label}${suffix}${where ? `, ${where}` : ''}`;
}
