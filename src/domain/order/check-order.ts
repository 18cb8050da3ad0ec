import type { ExtractedContract } from '../contract/extracted-contract';
import type { Category, Finding } from '../contract/finding';
import type { TemplateDefinition } from '../contract/template-definition';
import { TemplateConfigurationError } from '../errors';
import { redactCprNumbers } from '../privacy/cpr';
import { worstCategory } from '../rules/catalogue';
import { orderFindingOrder } from './finding-order';
import { klBestilling10, klBestillingLayout } from './kl-bestilling-1.0';
import { buildOrderContext, type OrderRuleContext } from './rules/context';
import { documentationRules } from './rules/documentation';
import { fieldRules } from './rules/fields';
import { goalRules } from './rules/goals';
import { guardianshipRules } from './rules/guardianship';
import { serviceRules } from './rules/services';

export interface OrderCheckContext {
  /** The order template the order was read as; defaults to kl-bestilling 1.0. */
  template?: TemplateDefinition;
  /** Display order of field ids per section, for sorting findings (defaults to kl-bestilling 1.0's when checking that template). */
  layout?: Record<string, string[]>;
}

export interface OrderCheckResult {
  category: Category;
  findings: Finding[];
}

const RULE_FAMILIES: ReadonlyArray<(ctx: OrderRuleContext) => Finding[]> = [
  fieldRules,
  guardianshipRules,
  goalRules,
  serviceRules,
  documentationRules,
];

/** True when the extracted document is an order (read as the order template's id). */
export const isOrder = (doc: ExtractedContract, template: TemplateDefinition = klBestilling10): boolean => doc.template.id === template.id;

/**
 * Checks one order (bestilling) against the common order template: required fields, SMART goals
 * with FFB scores, ordered services with kind, extent and time horizon, guardianship and
 * documentation requirements. The category is the worst finding's ('korrekt' when none); findings
 * come in template order; no message contains a CPR number.
 */
export const checkOrder = (order: ExtractedContract, ctx: OrderCheckContext = {}): OrderCheckResult => {
  const template = ctx.template ?? klBestilling10;
  if (order.template.id !== template.id || order.template.version !== template.version) {
    throw new TemplateConfigurationError(
      `Order was read as ${order.template.id} ${order.template.version} but checked against ${template.id} ${template.version}`,
    );
  }
  const context = buildOrderContext(order, template);
  const findings = RULE_FAMILIES.flatMap((family) => family(context))
    .map((f) => ({ ...f, message: redactCprNumbers(f.message) }))
    .sort(orderFindingOrder(template, ctx.layout ?? (template === klBestilling10 ? klBestillingLayout : {})));
  return { category: worstCategory(findings), findings };
};

export { ORDER_TEMPLATE_IDS, isOrderTemplate } from './order-templates';
