import type { Finding } from '../contract/finding';
import { finding } from './catalogue';
import { serviceDateFindings } from './cross-field';
import { instanceId, repeatCount, type RuleContext } from './context';
import { instanceName } from './labels';
import { validDate } from './values';

/**
 * Rule family for the dates of each service: end or first follow-up before the start date, and the
 * recommendation to time-limit a service (contract.open-ended). Missing and unreadable dates are the
 * field rules' concern; these rules only compare dates that were read.
 */
export const serviceRules = (ctx: RuleContext): Finding[] => {
  const { block, startDate, endDate, firstFollowUpDate } = ctx.config.services;
  if (!ctx.template.repeatBlocks.some((b) => b.id === block)) return [];
  const findings: Finding[] = [];
  for (let i = 0; i < repeatCount(ctx.contract, block, block); i++) {
    const id = (key: string) => instanceId(`${block}[].${key}`, i);
    const name = instanceName(ctx.template, block, i);
    const start = validDate(ctx.values.get(id(startDate)));
    const endJudged = ctx.values.get(id(endDate));
    const end = validDate(endJudged);
    const followUp = validDate(ctx.values.get(id(firstFollowUpDate)));
    findings.push(...serviceDateFindings(name, { start, end, followUp }, id, { endDate, firstFollowUpDate }));
    if (endJudged?.state === 'empty') {
      findings.push(finding('contract.open-ended', id(endDate),
        `${name} har ingen slutdato. Anbefaling: rammeaftalen foretrækker tidsbegrænsede kontrakter, så overvej at angive en slutdato.`));
    }
  }
  return findings;
};
