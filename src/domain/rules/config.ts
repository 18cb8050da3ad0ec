import type { TemplateDefinition } from '../contract/template-definition';

/**
 * Which fields and options the rules look at, and their thresholds. Data, not scattered literals:
 * the ids are the public field ids of contract-checks.md, the deadline comes from the template
 * ("højst 30") when it states one.
 */
export interface RuleConfig {
  /** Payment deadline field; fewer days is a costly choice, more breaks Renteloven § 3 b. */
  paymentDeadline: { field: string; days: number };
  /** Choosing this option is a costly choice (payment in advance). */
  prepayment: { group: string; option: string };
  /** Choosing this option is a costly choice (paying on after the citizen moves out). */
  extendedPayment: { group: string; option: string; daysField: string };
  /** Group id → the rule for "none chosen" (other required groups get choice.undecided). */
  undecidedRules: Record<string, 'gdpr.undecided' | 'operating-form.undecided'>;
  /** Field definition id → the rule for "required but empty" (others get field.missing). */
  missingRules: Record<string, 'follow-up.missing' | 'price.missing'>;
  /** Keys of the service block's date fields. */
  services: { block: string; startDate: string; endDate: string; firstFollowUpDate: string };
}

export const DEFAULT_RULE_CONFIG: RuleConfig = {
  paymentDeadline: { field: 'payment.deadlineDays', days: 30 },
  prepayment: { group: 'payment.timing', option: 'advance' },
  extendedPayment: { group: 'termination.paymentPeriod', option: 'extended', daysField: 'termination.extendedDays' },
  undecidedRules: {
    'dataProtection.role': 'gdpr.undecided',
    'provider.operatingForm': 'operating-form.undecided',
  },
  missingRules: {
    'services[].firstFollowUpDate': 'follow-up.missing',
    'services[].unitPrice': 'price.missing',
  },
  services: { block: 'services', startDate: 'startDate', endDate: 'endDate', firstFollowUpDate: 'firstFollowUpDate' },
};

/** Defaults, then the template's own limits, then explicit overrides. */
export const resolveRuleConfig = (template: TemplateDefinition, overrides: Partial<RuleConfig> = {}): RuleConfig => {
  const fromTemplate = template.limits?.paymentDeadlineDays;
  const base: RuleConfig = fromTemplate === undefined
    ? DEFAULT_RULE_CONFIG
    : { ...DEFAULT_RULE_CONFIG, paymentDeadline: { ...DEFAULT_RULE_CONFIG.paymentDeadline, days: fromTemplate } };
  return { ...base, ...overrides };
};
