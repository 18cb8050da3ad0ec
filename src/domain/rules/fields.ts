import type { Finding } from '../contract/finding';
import { finding, isRuleId } from './catalogue';
import { isRequired, type FieldInstance, type RuleContext } from './context';
import { fieldRef, quoteValue } from './labels';

/**
 * Rule family for single values: field.missing (or the field's own missing rule, e.g. price.missing),
 * and the kind's *.invalid rule (cpr.invalid, ean.invalid, date.invalid, number.invalid, …).
 * Exactly one finding per value: an unreadable value gets its *.invalid finding and nothing else.
 */
export const valueFindings = (ctx: RuleContext, inst: FieldInstance): Finding[] => {
  const judged = ctx.values.get(inst.id);
  const where = fieldRef(ctx.template, inst.def, inst.index);
  if (judged === undefined || judged.state === 'empty') {
    if (!isRequired(ctx, inst.def)) return [];
    const rule = ctx.config.missingRules[inst.def.id] ?? 'field.missing';
    return [finding(rule, inst.id, missingMessage(rule, where))];
  }
  if (judged.state === 'invalid') {
    // Parser codes are the rule ids of contract-checks.md; an unknown code is still an unreadable value.
    const rule = isRuleId(judged.code) ? judged.code : inst.def.kind === 'date' ? 'date.invalid' : 'number.invalid';
    // The CPR value is never quoted, not even when it is wrong.
    const quoted = inst.def.kind === 'cpr' ? null : quoteValue(judged.text);
    const value = quoted ? `: ${quoted}` : '';
    return [finding(rule, inst.id, `Feltet ${where} er udfyldt forkert${value}. ${judged.reason} Ret værdien.`)];
  }
  return [];
};

const missingMessage = (rule: string, where: string): string => {
  switch (rule) {
    case 'price.missing':
      return `Feltet ${where} er ikke udfyldt: indsatsen har ingen pris. Angiv enhedsprisen, fx 2.450,00 kr. pr. døgn; uden pris er den økonomiske aftale uklar.`;
    case 'follow-up.missing':
      return `Feltet ${where} er ikke udfyldt. Angiv datoen for den første opfølgning på indsatsen.`;
    default:
      return `Feltet ${where} er ikke udfyldt. Udfyld feltet.`;
  }
};

/** Fields that belong to a signature block are judged by the signature rules (they depend on the signature line). */
export const isSignatureGated = (ctx: RuleContext, inst: FieldInstance): boolean =>
  inst.def.kind === 'signature' ||
  (inst.def.block !== undefined &&
    ctx.template.fields.some((f) => f.kind === 'signature' && f.section === inst.def.section && f.block === inst.def.block));

export const fieldRules = (ctx: RuleContext): Finding[] =>
  ctx.fields.filter((inst) => !isSignatureGated(ctx, inst)).flatMap((inst) => valueFindings(ctx, inst));
