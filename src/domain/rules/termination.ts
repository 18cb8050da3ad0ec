import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import { chosenOption, type RuleContext } from './context';
import { validNumber } from './values';

/** Rule family for termination: paying on after the citizen has moved out is a costly choice. */
export const terminationRules = (ctx: RuleContext): Finding[] => {
  const { group, option, daysField } = ctx.config.extendedPayment;
  if (chosenOption(ctx, group) !== option) return [];
  const days = validNumber(ctx.values.get(daysField));
  const period = days === null ? '' : ` (${days} dage)`;
  return [finding('termination.extended-payment', group,
    `Der er valgt forlænget betalingsperiode efter fraflytning${period}. Det er et uhensigtsmæssigt valg; standard er betaling til udgangen af den måned, hvor borgeren fraflytter. Vælg standardperioden, medmindre den forlængede periode er aftalt bevidst.`)];
};
