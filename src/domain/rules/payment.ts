import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import { chosenOption, type RuleContext } from './context';
import { paymentDeadlineFindings } from './cross-field';
import { validNumber } from './values';

/**
 * Rule family for payment: payment in advance and a deadline other than the template's (30 days).
 * A shorter deadline is a costly choice; a longer one breaks Renteloven § 3 b.
 */
export const paymentRules = (ctx: RuleContext): Finding[] => {
  const findings: Finding[] = [];
  const { prepayment, paymentDeadline } = ctx.config;
  if (chosenOption(ctx, prepayment.group) === prepayment.option) {
    findings.push(finding('payment.prepayment', prepayment.group,
      'Der er valgt forudbetaling. Det er et uhensigtsmæssigt valg: kommunen betaler, før indsatsen er leveret. Vælg »Bagud«, medmindre forudbetaling er aftalt bevidst.'));
  }
  findings.push(...paymentDeadlineFindings(validNumber(ctx.values.get(paymentDeadline.field)), paymentDeadline.days, paymentDeadline.field));
  return findings;
};
