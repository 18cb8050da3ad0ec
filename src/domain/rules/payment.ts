import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import { chosenOption, type RuleContext } from './context';
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
  const days = validNumber(ctx.values.get(paymentDeadline.field));
  if (days !== null && days < paymentDeadline.days) {
    findings.push(finding('payment.short-deadline', paymentDeadline.field,
      `Betalingsfristen er ${days} dage, kortere end ${paymentDeadline.days} dage. Det er et uhensigtsmæssigt valg; aftal en betalingsfrist på ${paymentDeadline.days} dage efter modtagelse af faktura.`));
  }
  if (days !== null && days > paymentDeadline.days) {
    findings.push(finding('payment.deadline-over-limit', paymentDeadline.field,
      `Betalingsfristen er ${days} dage, men må højst være ${paymentDeadline.days} dage (renteloven § 3 b). Ret fristen til højst ${paymentDeadline.days} dage.`));
  }
  return findings;
};
