import type { ExtractedContract } from '../contract/extracted-contract';
import type {
  CheckboxGroupDefinition,
  FieldDefinition,
  TemplateDefinition,
} from '../contract/template-definition';
import type { RuleConfig } from './config';
import { judgeValue, type JudgedValue } from './values';

/** One occurrence of a field: a plain field once, a repeated field once per block instance. */
export interface FieldInstance {
  def: FieldDefinition;
  /** Field id of this occurrence, e.g. 'services[1].unitPrice'. */
  id: string;
  /** Instance index in the repeating block, null for a plain field. */
  index: number | null;
}

export interface GroupInstance {
  def: CheckboxGroupDefinition;
  id: string;
  index: number | null;
}

/** Everything a rule family reads: the contract, its template, the config and the judged values. */
export interface RuleContext {
  contract: ExtractedContract;
  template: TemplateDefinition;
  standardTexts: Record<string, string>;
  config: RuleConfig;
  fields: FieldInstance[];
  groups: GroupInstance[];
  /** Judged value per field instance id. */
  values: Map<string, JudgedValue>;
}

/** `services[].key` → `services[i].key`. */
export const instanceId = (definitionId: string, index: number | null): string =>
  index === null ? definitionId : definitionId.replace('[]', `[${index}]`);

/** How many instances of a repeating block the contract holds; at least one, so missing blocks show as missing fields. */
export const repeatCount = (contract: ExtractedContract, blockId: string, servicesBlock: string): number =>
  blockId === servicesBlock ? Math.max(1, contract.serviceCount) : 1;

const expand = <D extends { id: string; repeat?: string }>(
  defs: readonly D[],
  contract: ExtractedContract,
  servicesBlock: string,
): Array<{ def: D; id: string; index: number | null }> =>
  defs.flatMap((def): Array<{ def: D; id: string; index: number | null }> =>
    def.repeat === undefined
      ? [{ def, id: def.id, index: null }]
      : Array.from({ length: repeatCount(contract, def.repeat, servicesBlock) }, (_, i) => ({ def, id: instanceId(def.id, i), index: i })),
  );

export const buildContext = (
  contract: ExtractedContract,
  template: TemplateDefinition,
  standardTexts: Record<string, string>,
  config: RuleConfig,
): RuleContext => {
  const fields = expand(template.fields, contract, config.services.block);
  const groups = expand(template.checkboxGroups, contract, config.services.block);
  const values = new Map(fields.map((f) => [f.id, judgeValue(f.def.kind, contract.values[f.id])] as const));
  return { contract, template, standardTexts, config, fields, groups, values };
};

/** Distinct checked options of a group ([] when the group was not found). */
export const checkedOptions = (ctx: RuleContext, groupId: string): string[] => [
  ...new Set(ctx.contract.choices[groupId]?.checked ?? []),
];

/** The one chosen option of a group, or null when none or several are checked. */
export const chosenOption = (ctx: RuleContext, groupId: string): string | null => {
  const checked = checkedOptions(ctx, groupId);
  return checked.length === 1 ? (checked[0] ?? null) : null;
};

/** Whether a field must be filled (or a group decided) in this contract (requiredWhen follows the group's one chosen option). */
export const isRequired = (ctx: RuleContext, def: Pick<FieldDefinition, 'required' | 'requiredWhen'>): boolean =>
  def.required || (def.requiredWhen !== undefined && chosenOption(ctx, def.requiredWhen.group) === def.requiredWhen.option);
