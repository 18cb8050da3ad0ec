/**
 * The Adaptive Card (1.5, Danish) a flag posts to Teams, the same card again with its state,
 * assignee and outcome when it is updated in place, and the short reply naming the contract when
 * the flag is resolved or rejected.
 *
 * Plain text only for anything a person typed (title, names, comment, finding messages): those go
 * into RichTextBlock/TextRun, which renders no Markdown ("Text to display. Markdown is not
 * supported." — https://learn.microsoft.com/en-us/adaptive-cards/schema-explorer/text-run), so a
 * comment cannot smuggle a link or formatting onto the card; neutraliseMarkdown() makes it inert
 * as well, for the places a host might render it anyway. Our own labels use TextBlock.
 * CPR numbers never reach a card: every text passes cardText() because the card leaves our system.
 */
import { FLAG_STATE_LABELS } from '../../domain/flags/flag-state';
import { containsCprNumber, removeCprNumbers } from '../../domain/privacy/cpr';
import { CATEGORY_LABELS } from '../../ui/findings/categories';
import type { FlagSnapshot } from './delivery-port';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const MAX_CARD_FINDINGS = 3;

export type AdaptiveCard = { type: 'AdaptiveCard'; version: string; body: unknown[]; actions?: unknown[] } & Record<string, unknown>;

const BADGE_STYLE: Record<string, { style: string; color: string }> = {
  korrekt: { style: 'good', color: 'Good' },
  'uhensigtsmaessige-valg': { style: 'warning', color: 'Warning' },
  'fejl-uden-meromkostning': { style: 'warning', color: 'Warning' },
  'fejl-med-oekonomisk-risiko': { style: 'attention', color: 'Attention' },
  'ikke-laesbar': { style: 'attention', color: 'Attention' },
  'ukendt-skabelon': { style: 'attention', color: 'Attention' },
};

export function categoryBadge(category: string): { label: string; style: string; color: string } {
  const label = (CATEGORY_LABELS as Record<string, string>)[category] ?? category;
  return { label, ...(BADGE_STYLE[category] ?? { style: 'emphasis', color: 'Default' }) };
}

const CPR_REMOVED = '[CPR fjernet]';

/**
 * Removes CPR numbers from text bound for Teams, birth date included (a masked ddmmyy-xxxx still
 * names a person's birthday), in every spelling the domain's finder knows (src/domain/privacy).
 * A broad fallback catches any ten digits in a row that the finder let through (an invalid date).
 */
export function scrubCpr(text: string): string {
  return removeCprNumbers(text, CPR_REMOVED).replace(/(?<!\d)\d{6}[ -]?\d{4}(?!\d)/g, CPR_REMOVED);
}

/**
 * The last check before a card leaves: every string in it (URLs and our own labels too) is
 * scrubbed, so a value that reached the card by a path cardText() does not cover cannot leak.
 */
function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return (containsCprNumber(value) ? removeCprNumbers(value, CPR_REMOVED) : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}

/**
 * Markdown in what a person typed, made inert even where a host would render it (a notification
 * summary, a fallback text, a future TextBlock): a link `[text](url)` becomes "text (url)", so its
 * target is always visible; autolinks `<url>` lose their brackets; emphasis, strike-through and
 * code markers around words are dropped. TextRuns render no Markdown in the first place, so this
 * is the second line, and it leaves ordinary text (a "§ 5*" or a file_name) as it was.
 */
export function neutraliseMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'][^)]*["'])?\s*\)/g, (_m, label: string, url: string) => (url ? `${label} (${url})` : label))
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/(\*\*|__|~~)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_`])(?=[^\s*_`])([^\n*_`]*?[^\s*_`])\2(?=$|[\s).,!?:;])/g, '$1$3');
}

/** Every person-typed text on its way to Teams: no CPR number, no live Markdown. */
export const plainUserText = (t: string | null | undefined): string => neutraliseMarkdown(scrubCpr(t ?? '')).trim();

const cardText = plainUserText;

/**
 * The Teams deep link that opens the Gennemgang tab on one flag: context.subEntityId is
 * `flag:<id>` (the tab reads it from app.getContext().page.subPageId), webUrl is where a browser
 * without Teams goes. The app id is the tenant's own (TEAMS_APP_IDS) when it has one.
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application
 */
export function reviewDeepLink(opts: { appId: string; entityId?: string; flagId: string; publicBaseUrl: string }): string {
  const entityId = opts.entityId ?? 'gennemgang';
  const webUrl = `${opts.publicBaseUrl.replace(/\/+$/, '')}/teams/index.html?view=gennemgang&flag=${encodeURIComponent(opts.flagId)}`;
  const context = JSON.stringify({ subEntityId: `flag:${opts.flagId}` });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(opts.appId)}/${encodeURIComponent(entityId)}`
    + `?webUrl=${encodeURIComponent(webUrl)}&label=${encodeURIComponent('Gennemgang')}&context=${encodeURIComponent(context)}`;
}

const isHttpUrl = (u: string | null | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** A line of plain (never Markdown) text; an optional bold label in front. */
function plain(text: string, opts: { label?: string; subtle?: boolean; size?: string; weight?: string } = {}): Record<string, unknown> {
  const inlines: Record<string, unknown>[] = [];
  if (opts.label) inlines.push({ type: 'TextRun', text: `${opts.label}: `, weight: 'Bolder' });
  inlines.push({ type: 'TextRun', text, ...(opts.subtle ? { isSubtle: true } : {}), ...(opts.size ? { size: opts.size } : {}), ...(opts.weight ? { weight: opts.weight } : {}) });
  return { type: 'RichTextBlock', inlines };
}

function outcomeText(flag: FlagSnapshot): string | null {
  if (flag.state === 'afsluttet') return 'Gennemgangen er afsluttet.';
  if (flag.state === 'afvist') return 'Flaget er afvist.';
  return null;
}

/** Builds the flag's card. Pure: the same snapshot gives the same card. */
export function buildFlagCard(flag: FlagSnapshot): AdaptiveCard {
  const badge = categoryBadge(flag.category);
  const findings = flag.topFindings.slice(0, MAX_CARD_FINDINGS);
  const more = Math.max(0, flag.findingCount - findings.length);
  const outcome = outcomeText(flag);
  const offer = [cardText(flag.offerName), cardText(flag.providerName)].filter(Boolean).join(' – ');
  const body: unknown[] = [
    { type: 'TextBlock', text: 'Kontrakt sendt til gennemgang', size: 'Small', isSubtle: true, wrap: true },
    plain(cardText(flag.title), { size: 'Large', weight: 'Bolder' }),
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'Container', style: badge.style, items: [{ type: 'TextBlock', text: badge.label, weight: 'Bolder', color: badge.color, wrap: true }] }] },
        { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: `Status: ${FLAG_STATE_LABELS[flag.state]}`, weight: 'Bolder', wrap: true }] },
      ],
    },
    plain(cardText(flag.municipality) || '–', { label: 'Kommune' }),
    plain(offer || '–', { label: 'Tilbud' }),
    plain(cardText(flag.requesterName) || '–', { label: 'Sendt af' }),
    ...(flag.assigneeName ? [plain(cardText(flag.assigneeName), { label: 'Ansvarlig' })] : []),
    ...(flag.links.documentTitle ? [plain(cardText(flag.links.documentTitle), { label: 'Dokument' })] : []),
    ...(outcome ? [{ type: 'TextBlock', text: outcome, weight: 'Bolder', color: flag.state === 'afsluttet' ? 'Good' : 'Attention', wrap: true }] : []),
    { type: 'TextBlock', text: flag.findingCount === 0 ? 'Ingen fund' : `Vigtigste fund (${flag.findingCount} i alt)`, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    ...findings.map((f) => plain(`• ${cardText(f.message)} (${cardText(f.rule)})`)),
    ...(more > 0 ? [{ type: 'TextBlock', text: `… og ${more} fund mere`, isSubtle: true, wrap: true }] : []),
    ...(flag.comment ? [plain(cardText(flag.comment), { label: flag.commentAuthor ? `Kommentar fra ${cardText(flag.commentAuthor)}` : 'Kommentar' })] : []),
  ];
  const actions = [
    // A link whose address spells a CPR number (a file named after the citizen) is left off, not mangled.
    ...(isHttpUrl(flag.links.document) && !containsCprNumber(flag.links.document) ? [{ type: 'Action.OpenUrl', title: 'Åbn kontrakt', url: flag.links.document }] : []),
    { type: 'Action.OpenUrl', title: 'Åbn i Gennemgang', url: flag.links.review },
  ];
  return scrubDeep({
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: `${plainUserText(flag.title)} – ${FLAG_STATE_LABELS[flag.state]}`,
    body,
    actions,
  });
}

/** The short text of the reply in the card's thread: what happened to which contract. */
export function replyText(flag: FlagSnapshot): string {
  const who = flag.assigneeName ? ` af ${plainUserText(flag.assigneeName)}` : '';
  const what = flag.state === 'afvist' ? 'afvist' : flag.state === 'afsluttet' ? 'afsluttet' : `sat til ${FLAG_STATE_LABELS[flag.state].toLowerCase()}`;
  return scrubCpr(`Gennemgangen af "${plainUserText(flag.title)}" er ${what}${who}.`);
}

/**
 * A small card for where a message cannot be updated in place (the Workflows webhook) and for the
 * reply in the bot's thread: the contract, its new state and the way to it.
 */
export function buildStateReplyCard(flag: FlagSnapshot): AdaptiveCard {
  return scrubDeep({
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: replyText(flag),
    body: [
      plain(replyText(flag)),
      ...(flag.comment ? [plain(cardText(flag.comment), { label: flag.commentAuthor ? `Kommentar fra ${cardText(flag.commentAuthor)}` : 'Kommentar', subtle: true })] : []),
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Åbn i Gennemgang', url: flag.links.review }],
  });
}
