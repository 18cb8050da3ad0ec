import type { Finding } from '../contract/finding';
import { chosenOption, type RuleContext } from './context';
import { extendedPaymentFindings } from './cross-field';
import { validNumber } from './values';

/** Rule family for termination: paying on after the citizen has moved out is a costly choice. */
export const terminationRules = (ctx: RuleContext): Finding[] => {
  const { group, option, daysField } = ctx.config.extendedPayment;
  return extendedPaymentFindings(chosenOption(ctx, group) === option, validNumber(ctx.values.get(daysField)), group);
};
