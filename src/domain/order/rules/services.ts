import type { Finding } from '../../contract/finding';
import { parseExtent } from '../extent';
import { instanceId, textOf } from '../order-values';
import { namesTimeFrame } from '../smart';
import { orderFinding } from './catalogue';
import { instanceLabel, type OrderRuleContext } from './context';

/** Field ids of the ordered-service block. */
export const ORDERED_SERVICES = {
  block: 'orderedServices',
  serviceAndSection: 'orderedServices[].serviceAndSection',
  kind: 'orderedServices[].kind',
  extent: 'orderedServices[].extent',
  staffingRatio: 'orderedServices[].staffingRatio',
  nightWatch: 'orderedServices[].nightWatch',
  timeHorizon: 'orderedServices[].timeHorizon',
};

const extentFindings = (ctx: OrderRuleContext, index: number, label: string): Finding[] => {
  const id = instanceId(ORDERED_SERVICES.extent, index);
  const text = textOf(ctx.order, id);
  if (text === '') {
    return [orderFinding('order.extent-missing', id, `${label}: omfanget mangler. Angiv gennemsnitlige timer pr. uge eller intensiteten (fx nattevagt, normering 1-2/3), så leverandøren kan prissætte og bemande indsatsen, og køber kan følge op på den.`)];
  }
  if (parseExtent(text).kind === 'unclear') {
    return [orderFinding('order.extent-unclear', id, `${label}: omfanget er ikke angivet i gennemsnitlige timer pr. uge eller som intensitet. Skriv fx "12 timer pr. uge" eller "døgndækning med vågen nattevagt, normering 1-2/3".`)];
  }
  return [];
};

const timeHorizonFindings = (ctx: OrderRuleContext, index: number, label: string): Finding[] => {
  const id = instanceId(ORDERED_SERVICES.timeHorizon, index);
  const text = textOf(ctx.order, id);
  if (text === '') {
    return [orderFinding('order.time-horizon-missing', id, `${label}: tidshorisonten mangler. Angiv hvor længe indsatsen forventes at vare, fx "12 måneder" eller "til 28-02-2027"; indsatser skal være tidsbegrænsede.`)];
  }
  if (!namesTimeFrame(text)) {
    return [orderFinding('order.time-horizon-missing', id, `${label}: tidshorisonten angiver hverken en periode eller en dato. Skriv fx "12 måneder" eller "til 28-02-2027" i stedet for en åben formulering; indsatser skal være tidsbegrænsede.`)];
  }
  return [];
};

export const serviceRules = (ctx: OrderRuleContext): Finding[] =>
  (ctx.instances[ORDERED_SERVICES.block] ?? []).flatMap((index) => {
    const label = instanceLabel(ctx, ORDERED_SERVICES.block, index);
    const kindId = instanceId(ORDERED_SERVICES.kind, index);
    const kind =
      textOf(ctx.order, kindId) === ''
        ? [orderFinding('order.support-kind-missing', kindId, `${label}: støttens art og tilrettelæggelse er ikke beskrevet. Beskriv hvilken støtte borgeren skal have, i hvilke situationer, og hvordan den er tilrettelagt.`)]
        : [];
    return [...kind, ...extentFindings(ctx, index, label), ...timeHorizonFindings(ctx, index, label)];
  });
