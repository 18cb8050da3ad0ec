/**
 * The order (bestilling) form as data. Sections, fields, checkbox groups and repeat blocks (goals,
 * ordered services) come from the order template definition, never hard-coded; the values become a
 * ContractFillInput with indexed ids ('goals[1].description', 'goals[1].currentScore'), which the
 * same DocumentPort.writeValues as the contract form writes. Validation uses the domain's parsers
 * (through the contract form's fieldError) and the SMART and FFB-score hints use the order domain's
 * own heuristics, so the form says what "Tjek bestilling" would say.
 */
import type { ContractFillInput } from '../../domain/contract/fill-input';
import type { ExtractedContract } from '../../domain/contract/extracted-contract';
import type {
  CheckboxGroupDefinition, FieldDefinition, SectionDefinition, TemplateDefinition,
} from '../../domain/contract/template-definition';
import { GOALS } from '../../domain/order/rules/goals';
import { assessGoal } from '../../domain/order/smart';
import { fieldError } from '../form/form-model';

/** The form's state: scalar fields and groups by id; repeat blocks as one record per instance keyed by field/group key. */
export interface OrderFormValues {
  fields: Record<string, string>;
  choices: Record<string, string>;
  blocks: Record<string, Array<Record<string, string>>>;
}

export type FormItem = { type: 'field'; def: FieldDefinition } | { type: 'group'; def: CheckboxGroupDefinition };

export interface OrderFormBlock {
  id: string;
  /** "Mål", "Indsats": the instance heading is `${heading} ${i + 1}`. */
  heading: string;
  items: FormItem[];
}

export interface OrderFormSection {
  section: SectionDefinition;
  items: FormItem[];
  block: OrderFormBlock | null;
}

/** 'goals[].description' → 'description'. */
export const blockKey = (id: string): string => id.replace(/^.*\]\./, '');

/** 'goals[].description', 1 → 'goals[1].description'. */
export const instanceOf = (id: string, index: number): string => id.replace('[]', `[${index}]`);

const byLayout = (layout: string[] | undefined) => (a: FormItem, b: FormItem): number => {
  const rank = (x: FormItem) => {
    const i = layout?.indexOf(x.def.id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return rank(a) - rank(b);
};

/**
 * Sections in template order with their items; `layout` (field/group ids per section, as the order
 * domain's klBestillingLayout) puts a group such as "Værgemål" before the field that depends on it.
 */
export function orderFormSections(def: TemplateDefinition, layout: Record<string, string[]> = {}): OrderFormSection[] {
  return def.sections
    .map((section) => {
      const items = (repeat: string | undefined): FormItem[] =>
        [
          ...def.fields.filter((f) => f.section === section.id && f.repeat === repeat).map((f): FormItem => ({ type: 'field', def: f })),
          ...def.checkboxGroups.filter((g) => g.section === section.id && g.repeat === repeat).map((g): FormItem => ({ type: 'group', def: g })),
        ].sort(byLayout(layout[section.id]));
      const rb = def.repeatBlocks.find((b) => b.section === section.id);
      const block = rb ? { id: rb.id, heading: rb.heading, items: items(rb.id) } : null;
      return { section, items: items(undefined), block: block && block.items.length > 0 ? block : null };
    })
    .filter((s) => s.items.length > 0 || s.block !== null);
}

/** One empty instance of every repeat block, so the form shows "Mål 1" and "Indsats 1" at once. */
export function emptyOrderValues(def: TemplateDefinition): OrderFormValues {
  return { fields: {}, choices: {}, blocks: Object.fromEntries(def.repeatBlocks.map((b) => [b.id, [{}]])) };
}

const isGroupKey = (def: TemplateDefinition, blockId: string, key: string): boolean =>
  def.checkboxGroups.some((g) => g.repeat === blockId && blockKey(g.id) === key);

/**
 * The values to write: only what was filled in (a half-filled form never blanks a field in the
 * document); block instances as indexed field and group ids; the contract's 'services' block, if a
 * template has one, as ContractFillInput.services; removed instances as ContractFillInput.removeInstances.
 */
export function toOrderFillInput(def: TemplateDefinition, values: OrderFormValues, removed: Record<string, number[]> = {}): ContractFillInput {
  const filled = (r: Record<string, string>) => Object.entries(r).filter(([, v]) => v.trim() !== '');
  const out: ContractFillInput = { fields: Object.fromEntries(filled(values.fields)), choices: Object.fromEntries(filled(values.choices)), services: [] };
  // Blocks removed in the form since the last insert (document numbers), taken out of the document.
  const removeInstances = Object.fromEntries(Object.entries(removed).filter(([, r]) => r.length > 0));
  if (Object.keys(removeInstances).length > 0) out.removeInstances = removeInstances;
  for (const [blockId, instances] of Object.entries(values.blocks)) {
    if (blockId === 'services') {
      out.services = instances.map((r) => Object.fromEntries(filled(r)));
      continue;
    }
    instances.forEach((r, i) => {
      for (const [key, v] of filled(r)) {
        const id = `${blockId}[${i}].${key}`;
        if (isGroupKey(def, blockId, key)) out.choices[id] = v;
        else out.fields[id] = v;
      }
    });
  }
  return out;
}

const conditionMet = (cond: { group: string; option: string } | undefined, values: OrderFormValues): boolean =>
  cond !== undefined && values.choices[cond.group] === cond.option;

/** Errors keyed by instance id ('citizen.cpr', 'goals[0].currentScore'); Danish messages, never a CPR number. */
export interface OrderFormErrors {
  byId: Record<string, string>;
  count: number;
}

export function validateOrderForm(def: TemplateDefinition, values: OrderFormValues): OrderFormErrors {
  const byId: Record<string, string> = {};
  // fieldError reads requiredWhen from `choices`; the order's conditions are scalar groups.
  const asInput: ContractFillInput = { fields: values.fields, choices: values.choices, services: [] };
  const groupError = (g: CheckboxGroupDefinition, chosen: string | undefined): string | null =>
    !chosen && (g.required || conditionMet(g.requiredWhen, values)) ? 'Vælg en mulighed.' : null;
  for (const f of def.fields) {
    if (f.repeat) {
      (values.blocks[f.repeat] ?? []).forEach((r, i) => {
        const e = fieldError(f, r[blockKey(f.id)], asInput);
        if (e) byId[instanceOf(f.id, i)] = e;
      });
    } else {
      const e = fieldError(f, values.fields[f.id], asInput);
      if (e) byId[f.id] = e;
    }
  }
  for (const g of def.checkboxGroups) {
    if (g.repeat) {
      (values.blocks[g.repeat] ?? []).forEach((r, i) => {
        const e = groupError(g, r[blockKey(g.id)]);
        if (e) byId[instanceOf(g.id, i)] = e;
      });
    } else {
      const e = groupError(g, values.choices[g.id]);
      if (e) byId[g.id] = e;
    }
  }
  return { byId, count: Object.keys(byId).length };
}

export interface SmartHint {
  measurable: boolean;
  timeBound: boolean;
  /** What is missing, in Danish; null when the goal is both measurable and time-bound. */
  message: string | null;
}

/** The order domain's SMART heuristic on a goal as typed; null for an empty goal. */
export function smartHint(description: string | undefined): SmartHint | null {
  const text = (description ?? '').trim();
  if (text === '') return null;
  const { measurable, timeBound } = assessGoal(text);
  const missing = [
    measurable ? null : 'et målbart kriterium (fx "1 gang om ugen", "uden påmindelse" eller en score)',
    timeBound ? null : 'en tidsramme (fx "inden 1. juni 2026" eller "inden for 6 måneder")',
  ].filter((x): x is string => x !== null);
  return { measurable, timeBound, message: missing.length === 0 ? null : `Målet er ikke SMART: det mangler ${missing.join(' og ')}.` };
}

/**
 * The goal's scores as the checker reads them: on the FFB scale a higher number is more limitation,
 * so an expected score above the current one is a decline. Null when fine or not both chosen.
 */
export function scoreHint(def: TemplateDefinition, goal: Record<string, string>): string | null {
  const currentKey = blockKey(GOALS.currentScore);
  const expectedKey = blockKey(GOALS.expectedScore);
  const current = goal[currentKey];
  const expected = goal[expectedKey];
  if (!current || !expected || !(Number(expected) > Number(current))) return null;
  const options = def.checkboxGroups.find((g) => g.id === GOALS.expectedScore)?.options ?? [];
  const text = (id: string) => options.find((o) => o.id === id)?.text ?? id;
  return `Den forventede score (${text(expected)}) er højere end den nuværende (${text(current)}): det er en forventet forværring. Kontrollér scorerne, eller begrund det i den faglige vurdering.`;
}

/** 'goals[2].description' → index 2 of block 'goals'; null for a scalar id. */
const splitInstance = (id: string): { block: string; index: number; key: string } | null => {
  const m = /^([^[\]]+)\[(\d+)\]\.(.+)$/.exec(id);
  return m ? { block: m[1]!, index: Number(m[2]), key: m[3]! } : null;
};

/** The form's values from a read order (Word: "Hent værdier fra dokumentet"); dates as dd-mm-åååå. */
export function valuesFromDocument(def: TemplateDefinition, doc: ExtractedContract): OrderFormValues {
  const values = emptyOrderValues(def);
  const count = (blockId: string) => {
    let n = doc.repeatCounts?.[blockId] ?? 0;
    for (const id of [...Object.keys(doc.values), ...Object.keys(doc.choices)]) {
      const s = splitInstance(id);
      if (s?.block === blockId) n = Math.max(n, s.index + 1);
    }
    return Math.max(1, n);
  };
  for (const b of def.repeatBlocks) values.blocks[b.id] = Array.from({ length: count(b.id) }, () => ({}));
  for (const [id, v] of Object.entries(doc.values)) {
    const text = v.isoDate ? v.isoDate.split('-').reverse().join('-') : v.text;
    if (!text) continue;
    const s = splitInstance(id);
    if (s && values.blocks[s.block]) values.blocks[s.block]![s.index]![s.key] = text;
    else if (!s && def.fields.some((f) => f.id === id)) values.fields[id] = text;
  }
  for (const [id, c] of Object.entries(doc.choices)) {
    const checked = [...new Set(c.checked)];
    if (checked.length !== 1) continue;
    const s = splitInstance(id);
    if (s && values.blocks[s.block]) values.blocks[s.block]![s.index]![s.key] = checked[0]!;
    else if (!s && def.checkboxGroups.some((g) => g.id === id)) values.choices[id] = checked[0]!;
  }
  return values;
}
