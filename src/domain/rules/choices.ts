import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import { checkedOptions, isRequired, type RuleContext } from './context';
import { capitalise, groupRef, joinAnd, joinOr, sectionRef } from './labels';

/**
 * Rule family for checkbox groups: a required group with nothing checked is undecided (gdpr.undecided,
 * operating-form.undecided, else choice.undecided); any group with two or more checked is ambiguous.
 */
export const choiceRules = (ctx: RuleContext): Finding[] =>
  ctx.groups.flatMap(({ def, id, index }) => {
    const checked = checkedOptions(ctx, id);
    const where = groupRef(ctx.template, def, index);
    const optionText = (optionId: string) => `»${def.options.find((o) => o.id === optionId)?.text ?? optionId}«`;
    if (checked.length >= 2) {
      return [finding('choice.ambiguous', id,
        `Der er sat kryds ved flere muligheder under ${where}: ${joinAnd(checked.map(optionText))}. Fjern krydset, så kun én mulighed er valgt.`)];
    }
    if (checked.length === 0 && isRequired(ctx, def)) {
      const rule = ctx.config.undecidedRules[id] ?? 'choice.undecided';
      const options = joinOr(def.options.map((o) => optionText(o.id)));
      const message = rule === 'gdpr.undecided'
        ? `Der er ikke taget stilling til persondata i ${sectionRef(ctx.template, def.section)}. Sæt kryds ved én af mulighederne: ${options}.`
        : rule === 'operating-form.undecided'
          ? `Driftsformen er ikke valgt: der er ikke sat kryds ved ${where}. Vælg én af ${options}.`
          : `${capitalise(where)}: der er ikke sat kryds. Vælg én af mulighederne ${options}.`;
      return [finding(rule, id, message)];
    }
    return [];
  });
