import type { Finding } from '../../contract/finding';
import type { CheckboxGroupDefinition, FieldDefinition } from '../../contract/template-definition';
import { capitalise, fieldRef, groupRef, joinOr } from '../../rules/labels';
import { judgeValue } from '../../rules/values';
import { checkedOf, chosenOf, instanceId } from '../order-values';
import { orderFinding, type OrderRuleId } from './catalogue';
import type { OrderRuleContext } from './context';

/**
 * Required fields and checkbox groups in general; fields and groups with a rule of their own
 * (goals, extent, time horizon, kind of support, documentation, guardianship, scores) are left to
 * that rule, so each problem gets exactly one finding.
 */
export const OWN_RULE_FIELDS = new Set([
  'goals[].description',
  'orderedServices[].kind',
  'orderedServices[].extent',
  'orderedServices[].timeHorizon',
  'documentation.content',
]);
export const OWN_RULE_GROUPS = new Set(['guardianship.status', 'guardianship.section', 'goals[].currentScore', 'goals[].expectedScore', 'documentation.required']);

const INVALID_RULES: Record<string, OrderRuleId> = {
  'cpr.invalid': 'order.cpr-invalid',
  'date.invalid': 'order.date-invalid',
};

const instancesOf = (ctx: OrderRuleContext, def: { repeat?: string }): Array<number | null> =>
  def.repeat === undefined ? [null] : (ctx.instances[def.repeat] ?? [0]);

export const isRequired = (ctx: OrderRuleContext, def: FieldDefinition | CheckboxGroupDefinition): boolean =>
  def.required || (def.requiredWhen !== undefined && chosenOf(ctx.order, def.requiredWhen.group) === def.requiredWhen.option);

const fieldFindings = (ctx: OrderRuleContext, def: FieldDefinition, index: number | null): Finding[] => {
  const id = index === null ? def.id : instanceId(def.id, index);
  const judged = judgeValue(def.kind, ctx.order.values[id]);
  const where = capitalise(fieldRef(ctx.template, def, index));
  if (judged.state === 'invalid') {
    // The parser's reason never repeats the value (it may be a CPR number).
    return [orderFinding(INVALID_RULES[judged.code] ?? 'order.value-invalid', id, `${where}: ${judged.reason}`)];
  }
  if (judged.state === 'empty' && isRequired(ctx, def) && !OWN_RULE_FIELDS.has(def.id)) {
    return [orderFinding('order.field-missing', id, `${where} er ikke udfyldt. Udfyld feltet, så bestillingen er fuldstændig.`)];
  }
  return [];
};

/** Several options checked is ambiguous in every group; none checked is reported here unless the group has its own rule. */
const groupFindings = (ctx: OrderRuleContext, def: CheckboxGroupDefinition, index: number | null): Finding[] => {
  const id = index === null ? def.id : instanceId(def.id, index);
  const checked = checkedOf(ctx.order, id);
  const where = groupRef(ctx.template, def, index);
  if (checked.length > 1) {
    const texts = def.options.filter((o) => checked.includes(o.id)).map((o) => `»${o.text}«`);
    return [orderFinding('order.choice-ambiguous', id, `Der er sat flere krydser i ${where} (${joinOr(texts).replace(' eller ', ' og ')}). Sæt kryds ved kun én mulighed.`)];
  }
  if (checked.length === 0 && isRequired(ctx, def) && !OWN_RULE_GROUPS.has(def.id)) {
    const texts = def.options.map((o) => `»${o.text}«`);
    return [orderFinding('order.choice-undecided', id, `Der er ikke sat kryds i ${where}. Vælg ${joinOr(texts)}.`)];
  }
  return [];
};

export const fieldRules = (ctx: OrderRuleContext): Finding[] => [
  ...ctx.template.checkboxGroups.flatMap((def) => instancesOf(ctx, def).flatMap((i) => groupFindings(ctx, def, i))),
  ...ctx.template.fields.flatMap((def) => instancesOf(ctx, def).flatMap((i) => fieldFindings(ctx, def, i))),
];
