import type { ExtractedContract } from '../contract/extracted-contract';
import type { Category, Finding } from '../contract/finding';
import type { TemplateDefinition } from '../contract/template-definition';
import { TemplateConfigurationError } from '../errors';
import { redactCprNumbers } from '../privacy/cpr';
import { worstCategory } from './catalogue';
import { resolveRuleConfig, type RuleConfig } from './config';
import { buildContext, type RuleContext } from './context';
import { choiceRules } from './choices';
import { fieldRules } from './fields';
import { findingOrder } from './order';
import { paymentRules } from './payment';
import { revisionRules } from './revisions';
import { serviceRules } from './services';
import { signatureRules } from './signatures';
import { standardTextRules } from './standard-text';
import { terminationRules } from './termination';

export { worstCategory } from './catalogue';

export interface CheckContext {
  template: TemplateDefinition;
  /** Clause id → standard text read from the registered template document. */
  standardTexts: Record<string, string>;
  /** Overrides of the rule configuration (thresholds, field ids); defaults follow the template. */
  config?: Partial<RuleConfig>;
}

export interface CheckResult {
  category: Category;
  findings: Finding[];
}

/** The rule families, each a pure function of the context. Order here only breaks ties within one field. */
const RULE_FAMILIES: ReadonlyArray<(ctx: RuleContext) => Finding[]> = [
  choiceRules,
  paymentRules,
  terminationRules,
  fieldRules,
  serviceRules,
  signatureRules,
  standardTextRules,
  revisionRules,
];

/**
 * Checks one contract against its template and the agreement's rules (contract-checks.md). The
 * category is the worst finding's ('korrekt' when none; recommendations never count). Findings come
 * in template order, and no message ever contains a CPR number.
 */
export const checkContract = (contract: ExtractedContract, ctx: CheckContext): CheckResult => {
  const { template } = ctx;
  if (contract.template.id !== template.id || contract.template.version !== template.version) {
    throw new TemplateConfigurationError(
      `Contract was read as ${contract.template.id} ${contract.template.version} but checked against ${template.id} ${template.version}`,
    );
  }
  const context = buildContext(contract, template, ctx.standardTexts, resolveRuleConfig(template, ctx.config));
  const findings = RULE_FAMILIES.flatMap((family) => family(context))
    // Last line of defence: a clause or a value quoted in a message may itself hold a CPR number.
    .map((f) => ({ ...f, message: redactCprNumbers(f.message) }))
    .sort(findingOrder(template));
  return { category: worstCategory(findings), findings };
};
