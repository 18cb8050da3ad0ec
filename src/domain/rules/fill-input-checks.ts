import type { ContractFillInput } from '../contract/fill-input';
import type { Finding } from '../contract/finding';
import { parseDate, parseDays } from '../contract/parsers';
import type { TemplateDefinition } from '../contract/template-definition';
import { resolveRuleConfig, type RuleConfig } from './config';
import { extendedPaymentFindings, paymentDeadlineFindings, serviceDateFindings } from './cross-field';
import { instanceName } from './labels';

/**
 * The cross-field checks of contract-checks.md run on values typed into a form (ContractFillInput,
 * not yet in a document), so the task pane can warn as the user types. Values that cannot be read
 * are skipped: the field's own parser reports them.
 */
export function fillInputCrossFieldFindings(template: TemplateDefinition, input: ContractFillInput, config: RuleConfig = resolveRuleConfig(template)): Finding[] {
  const date = (raw: string | undefined) => {
    const r = raw && raw.trim() ? parseDate(raw) : null;
    return r && r.ok ? r.value : null;
  };
  const days = (raw: string | undefined) => {
    const r = raw && raw.trim() ? parseDays(raw) : null;
    return r && r.ok ? Number(r.value) : null;
  };
  const { block, startDate, endDate, firstFollowUpDate } = config.services;
  const findings: Finding[] = [];
  if (template.repeatBlocks.some((b) => b.id === block)) {
    input.services.forEach((svc, i) => {
      findings.push(...serviceDateFindings(
        instanceName(template, block, i),
        { start: date(svc[startDate]), end: date(svc[endDate]), followUp: date(svc[firstFollowUpDate]) },
        (key) => `${block}[${i}].${key}`,
        { endDate, firstFollowUpDate },
      ));
    });
  }
  const { paymentDeadline, extendedPayment } = config;
  findings.push(...paymentDeadlineFindings(days(input.fields[paymentDeadline.field]), paymentDeadline.days, paymentDeadline.field));
  findings.push(...extendedPaymentFindings(input.choices[extendedPayment.group] === extendedPayment.option, days(input.fields[extendedPayment.daysField]), extendedPayment.group));
  return findings;
}
