import type { Finding, FindingCategory } from '../../contract/finding';

/**
 * Every order rule and its category. Order rules have their own ids ('order.*'), also where a
 * contract rule has the same meaning (order.field-missing ~ field.missing): a folder's summary
 * then counts order problems apart from contract problems, as the audit reported them apart.
 *
 * Categories follow contract-checks.md's scale:
 * - economic risk: the provider cannot price or staff the order, or the buyer pays for something the
 *   order does not describe (extent missing or unclear; contract and order disagree on citizen,
 *   service or extent; a contract without any order, which the contract says the service follows);
 * - errors without extra cost: the order cannot be followed up or is incomplete;
 * - a lawful but questionable choice: an expected score worse than the current (a planned decline
 *   may be right for a progressive condition, but must be deliberate).
 */
export const ORDER_RULE_CATEGORIES = {
  'order.field-missing': 'fejl-uden-meromkostning',
  'order.choice-undecided': 'fejl-uden-meromkostning',
  'order.choice-ambiguous': 'fejl-uden-meromkostning',
  'order.cpr-invalid': 'fejl-uden-meromkostning',
  'order.date-invalid': 'fejl-uden-meromkostning',
  'order.value-invalid': 'fejl-uden-meromkostning',
  'order.guardianship-undecided': 'fejl-uden-meromkostning',
  'order.goals-missing': 'fejl-uden-meromkostning',
  'order.goal-not-smart': 'fejl-uden-meromkostning',
  'order.score-missing': 'fejl-uden-meromkostning',
  'order.score-worse': 'uhensigtsmaessige-valg',
  'order.support-kind-missing': 'fejl-uden-meromkostning',
  'order.extent-missing': 'fejl-med-oekonomisk-risiko',
  'order.extent-unclear': 'fejl-med-oekonomisk-risiko',
  'order.time-horizon-missing': 'fejl-uden-meromkostning',
  'order.documentation-content-missing': 'fejl-uden-meromkostning',
  // Contract ↔ order consistency (src/domain/order/consistency.ts).
  'order.missing': 'fejl-med-oekonomisk-risiko',
  'order.citizen-mismatch': 'fejl-med-oekonomisk-risiko',
  'order.start-date-mismatch': 'fejl-uden-meromkostning',
  'order.service-mismatch': 'fejl-med-oekonomisk-risiko',
  'order.extent-mismatch': 'fejl-med-oekonomisk-risiko',
} as const satisfies Record<string, FindingCategory>;

export type OrderRuleId = keyof typeof ORDER_RULE_CATEGORIES;

/** A finding of an order rule; its category comes from the catalogue. */
export const orderFinding = (rule: OrderRuleId, field: string | null, message: string): Finding => ({
  rule,
  category: ORDER_RULE_CATEGORIES[rule],
  field,
  message,
});
