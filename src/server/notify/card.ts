/**
 * The Adaptive Card (1.5) a flag posts to Teams, expanded from card-template.json with
 * adaptivecards-templating, and the short card posted as a reply when the flag changes state.
 * CPR numbers never reach a card: findings carry rule ids and messages only, and every text is
 * scrubbed once more here because the card leaves our system.
 */
import { Template } from 'adaptivecards-templating';
import templateJson from './card-template.json';
import type { FlagSnapshot } from './delivery-port';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const MAX_CARD_FINDINGS = 3;

export type AdaptiveCard = { type: 'AdaptiveCard'; version: string; body: unknown[]; actions?: unknown[] } & Record<string, unknown>;

const CATEGORY_BADGES: Record<string, { label: string; style: string; color: string }> = {
  korrekt: { label: 'Korrekt', style: 'good', color: 'Good' },
  'uhensigtsmaessige-valg': { label: 'Uhensigtsmæssige valg', style: 'warning', color: 'Warning' },
  'fejl-uden-meromkostning': { label: 'Fejl uden meromkostning', style: 'warning', color: 'Warning' },
  'fejl-med-oekonomisk-risiko': { label: 'Fejl med økonomisk risiko', style: 'attention', color: 'Attention' },
  'ikke-laesbar': { label: 'Kan ikke læses', style: 'attention', color: 'Attention' },
  'ukendt-skabelon': { label: 'Ukendt skabelon', style: 'attention', color: 'Attention' },
};

export const FLAG_STATE_TEXT: Record<FlagSnapshot['state'], string> = {
  ny: 'Ny',
  'under-gennemgang': 'Under gennemgang',
  afsluttet: 'Afsluttet',
  afvist: 'Afvist',
};

export function categoryBadge(category: string): { label: string; style: string; color: string } {
  return CATEGORY_BADGES[category] ?? { label: category, style: 'emphasis', color: 'Default' };
}

/**
 * Anything shaped like a CPR number (ddmmyy-ssss or 10 digits in a row) is replaced. Deliberately
 * broad: a false positive costs a masked number on a card, a false negative leaks personal data.
 */
export function scrubCpr(text: string): string {
  return text.replace(/(?<!\d)\d{6}[ -]?\d{4}(?!\d)/g, '[CPR fjernet]');
}

/**
 * The Teams deep link that opens the Gennemgang tab on one flag: subEntityId carries the flag id
 * (read by the tab from its context), webUrl is where a browser without Teams goes.
 */
export function reviewDeepLink(opts: { appId: string; entityId?: string; flagId: string; publicBaseUrl: string }): string {
  const entityId = opts.entityId ?? 'gennemgang';
  const webUrl = `${opts.publicBaseUrl.replace(/\/+$/, '')}/teams/index.html?view=gennemgang&flag=${encodeURIComponent(opts.flagId)}`;
  const context = JSON.stringify({ subEntityId: opts.flagId });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(opts.appId)}/${encodeURIComponent(entityId)}`
    + `?webUrl=${encodeURIComponent(webUrl)}&label=${encodeURIComponent('Gennemgang')}&context=${encodeURIComponent(context)}`;
}

const isHttpUrl = (u: string | null | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** Builds the flag's card. Pure: the same snapshot gives the same card. */
export function buildFlagCard(flag: FlagSnapshot): AdaptiveCard {
  const s = (t: string | null | undefined) => scrubCpr(t ?? '');
  const facts = [
    { name: 'Kommune', value: s(flag.municipality) || '–' },
    { name: 'Tilbud', value: s(flag.offerName) || '–' },
    ...(flag.providerName ? [{ name: 'Leverandør', value: s(flag.providerName) }] : []),
    { name: 'Sendt af', value: s(flag.requesterName) },
    ...(flag.assigneeName ? [{ name: 'Ansvarlig', value: s(flag.assigneeName) }] : []),
    ...(flag.links.documentTitle ? [{ name: 'Dokument', value: s(flag.links.documentTitle) }] : []),
  ];
  const findings = flag.topFindings.slice(0, MAX_CARD_FINDINGS).map((f) => ({ rule: s(f.rule), message: s(f.message) }));
  const actions = [
    ...(isHttpUrl(flag.links.document) ? [{ title: 'Åbn kontrakt', url: flag.links.document }] : []),
    { title: 'Åbn i Gennemgang', url: flag.links.review },
  ];
  const data = {
    heading: 'Kontrakt sendt til gennemgang',
    title: s(flag.title),
    requester: s(flag.requesterName),
    badge: categoryBadge(flag.category),
    stateLabel: FLAG_STATE_TEXT[flag.state],
    facts,
    findingsHeading: flag.findingCount === 0 ? 'Ingen fund' : `Vigtigste fund (${flag.findingCount} i alt)`,
    findings,
    moreFindings: Math.max(0, flag.findingCount - findings.length),
    comment: s(flag.comment),
    actions,
  };
  const card = new Template(templateJson).expand({ $root: data }) as AdaptiveCard;
  delete card.$schema;
  return card;
}

/** The reply posted in the card's thread when the flag changes state. */
export function buildStateReplyCard(flag: FlagSnapshot): AdaptiveCard {
  const who = flag.assigneeName ? ` (${scrubCpr(flag.assigneeName)})` : '';
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: stateChangeText(flag),
    body: [
      { type: 'TextBlock', text: `Status ændret til **${FLAG_STATE_TEXT[flag.state]}**${who}`, wrap: true },
      ...(flag.comment ? [{ type: 'TextBlock', text: scrubCpr(flag.comment), wrap: true, isSubtle: true }] : []),
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Åbn i Gennemgang', url: flag.links.review }],
  };
}

export function stateChangeText(flag: FlagSnapshot): string {
  return scrubCpr(`${flag.title}: status ændret til ${FLAG_STATE_TEXT[flag.state]}`);
}
