import type { ExtractedContract } from '../../contract/extracted-contract';
import type { TemplateDefinition } from '../../contract/template-definition';
import { blockCount, checkedOf, instanceId, textOf } from '../order-values';

/** What every order rule reads: the order, its template and the block instances that hold anything. */
export interface OrderRuleContext {
  order: ExtractedContract;
  template: TemplateDefinition;
  /** Per repeat block id: indexes of the instances to check (see activeInstances). */
  instances: Record<string, number[]>;
}

const instanceIsEmpty = (order: ExtractedContract, template: TemplateDefinition, blockId: string, index: number): boolean =>
  template.fields.filter((f) => f.repeat === blockId).every((f) => textOf(order, instanceId(f.id, index)) === '') &&
  template.checkboxGroups.filter((g) => g.repeat === blockId).every((g) => checkedOf(order, instanceId(g.id, index)).length === 0);

/**
 * The instances of a block to check: those that hold anything. An untouched extra block ("Mål 3"
 * left blank after two goals) is not an error; when every instance is blank, the first is checked,
 * so that the missing content is reported once, where it belongs.
 */
const activeInstances = (order: ExtractedContract, template: TemplateDefinition, blockId: string): number[] => {
  const all = Array.from({ length: blockCount(order, blockId) }, (_, i) => i);
  const filled = all.filter((i) => !instanceIsEmpty(order, template, blockId, i));
  return filled.length > 0 ? filled : [0];
};

export const buildOrderContext = (order: ExtractedContract, template: TemplateDefinition): OrderRuleContext => ({
  order,
  template,
  instances: Object.fromEntries(template.repeatBlocks.map((b) => [b.id, activeInstances(order, template, b.id)])),
});

/** True when every instance of the block is blank (activeInstances then holds just the first). */
export const blockIsBlank = (ctx: OrderRuleContext, blockId: string): boolean => {
  const [first, ...rest] = ctx.instances[blockId] ?? [0];
  return rest.length === 0 && instanceIsEmpty(ctx.order, ctx.template, blockId, first ?? 0);
};

/** "Mål 1", "Indsats 2". */
export const instanceLabel = (ctx: OrderRuleContext, blockId: string, index: number): string => {
  const block = ctx.template.repeatBlocks.find((b) => b.id === blockId);
  return `${block?.heading ?? blockId} ${index + 1}`;
};
