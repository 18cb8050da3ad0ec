import type { Finding } from '../../contract/finding';
import { FFB_SCORE_OPTIONS } from '../kl-bestilling-1.0';
import { checkedOf, instanceId, textOf } from '../order-values';
import { assessGoal } from '../smart';
import { orderFinding } from './catalogue';
import { blockIsBlank, instanceLabel, type OrderRuleContext } from './context';

/** Configuration of the goal block, so another order template version can name its fields differently. */
export const GOALS = { block: 'goals', description: 'goals[].description', currentScore: 'goals[].currentScore', expectedScore: 'goals[].expectedScore' };

const scoreText = (id: string): string => FFB_SCORE_OPTIONS.find((o) => o.id === id)?.text ?? id;

const smartMessage = (label: string, measurable: boolean, timeBound: boolean): string => {
  const missing = [
    measurable ? null : 'et målbart kriterium (fx et antal, en hyppighed som "1 gang om ugen" eller en score)',
    timeBound ? null : 'en tidsramme (fx "inden 1. juni 2026" eller "inden for 6 måneder")',
  ].filter((x): x is string => x !== null);
  return `${label} er ikke SMART: målet mangler ${missing.join(' og ')}. Omskriv målet, så leverandøren ved, hvad der skal nås og hvornår, og så borgerens progression kan følges ved opfølgningen.`;
};

const scoreFindings = (ctx: OrderRuleContext, index: number, label: string): Finding[] => {
  const findings: Finding[] = [];
  const currentId = instanceId(GOALS.currentScore, index);
  const expectedId = instanceId(GOALS.expectedScore, index);
  const current = checkedOf(ctx.order, currentId);
  const expected = checkedOf(ctx.order, expectedId);
  if (current.length === 0) {
    findings.push(orderFinding('order.score-missing', currentId, `${label}: der er ikke valgt en nuværende score. Sæt kryds ved én score på FFB-skalaen fra 0 (ingen begrænsning) til 4 (fuldstændig begrænsning).`));
  }
  if (expected.length === 0) {
    findings.push(orderFinding('order.score-missing', expectedId, `${label}: der er ikke valgt en forventet score. Sæt kryds ved den score på FFB-skalaen (0–4), borgeren forventes at nå.`));
  }
  const [c] = current;
  const [e] = expected;
  // On the FFB scale a higher number is more limitation, so a higher expected score is a decline.
  if (current.length === 1 && expected.length === 1 && c !== undefined && e !== undefined && Number(e) > Number(c)) {
    findings.push(orderFinding('order.score-worse', expectedId, `${label}: den forventede score (${scoreText(e)}) er højere end den nuværende (${scoreText(c)}), dvs. en forventet forværring. Kontrollér scorerne; er en tilbagegang forventet, så begrund det i den faglige vurdering.`));
  }
  return findings;
};

export const goalRules = (ctx: OrderRuleContext): Finding[] => {
  if (blockIsBlank(ctx, GOALS.block)) {
    return [orderFinding('order.goals-missing', instanceId(GOALS.description, 0), 'Bestillingen har ingen indsatsmål. Beskriv mindst ét SMART mål med nuværende og forventet score (0–4), så leverandøren ved, hvad der skal arbejdes hen imod, og køber kan følge borgerens progression.')];
  }
  return (ctx.instances[GOALS.block] ?? []).flatMap((index) => {
    const label = instanceLabel(ctx, GOALS.block, index);
    const descriptionId = instanceId(GOALS.description, index);
    const description = textOf(ctx.order, descriptionId);
    const findings: Finding[] = [];
    if (description === '') {
      findings.push(orderFinding('order.field-missing', descriptionId, `${label}: målet er ikke beskrevet. Skriv et SMART mål: hvad borgeren skal kunne, målbart og med en tidsramme.`));
    } else {
      const { measurable, timeBound } = assessGoal(description);
      if (!measurable || !timeBound) findings.push(orderFinding('order.goal-not-smart', descriptionId, smartMessage(label, measurable, timeBound)));
    }
    return [...findings, ...scoreFindings(ctx, index, label)];
  });
};
