import type { CheckboxGroupDefinition, FieldDefinition, TemplateDefinition } from '../contract/template-definition';

/**
 * Danish references to places in the contract, for messages: "»Enhedspris« for indsats 1 i afsnit 4
 * (Leverandørens indsatser og pris)". Built from the template definition, so a new template needs no code.
 */
export const labelText = (label: string): string => label.replace(/\s*:\s*$/, '').trim();

export const sectionRef = (template: TemplateDefinition, sectionId: string): string => {
  const section = template.sections.find((s) => s.id === sectionId);
  return section ? `afsnit ${section.number} (${section.title})` : `afsnittet ${sectionId}`;
};

/** "Indsats 1" for instance 0 of the block. */
export const instanceName = (template: TemplateDefinition, blockId: string, index: number): string => {
  const block = template.repeatBlocks.find((b) => b.id === blockId);
  return `${block?.heading ?? blockId} ${index + 1}`;
};

const blockHeading = (template: TemplateDefinition, block: string): string =>
  template.signatureBlocks.find((b) => b.party === block)?.heading ?? block;

export const fieldRef = (template: TemplateDefinition, def: FieldDefinition, index: number | null): string => {
  const label = `»${labelText(def.label)}«`;
  const where = sectionRef(template, def.section);
  if (index !== null && def.repeat !== undefined) return `${label} for ${instanceName(template, def.repeat, index).toLowerCase()} i ${where}`;
  if (def.block !== undefined) return `${label} under »${blockHeading(template, def.block)}« i ${where}`;
  return `${label} i ${where}`;
};

export const groupRef = (template: TemplateDefinition, def: CheckboxGroupDefinition, index: number | null): string => {
  const where = sectionRef(template, def.section);
  const name = def.label ? `»${labelText(def.label)}«` : 'afkrydsningsfelterne';
  const instance = index !== null && def.repeat !== undefined ? ` for ${instanceName(template, def.repeat, index).toLowerCase()}` : '';
  return `${name}${instance} i ${where}`;
};

/** "a, b eller c" */
export const joinOr = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;

/** "a, b og c" */
export const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;

/** Capitalises the first letter (messages start with a reference that may begin in lower case). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A value quoted in a message, shortened. Anything with a CPR-shaped digit run is left out entirely:
 * messages never repeat a CPR number, valid or not.
 */
export const quoteValue = (text: string, max = 40): string | null => {
  if (/\d{6}[-\s]?\d{4}/.test(text)) return null;
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `»${short}«`;
};
