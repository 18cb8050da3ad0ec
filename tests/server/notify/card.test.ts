import { buildFlagCard, buildStateReplyCard, neutraliseMarkdown, replyText, reviewDeepLink, scrubCpr } from '../../../src/server/notify/card';
import { containsCprNumber } from '../../../src/domain/privacy/cpr';
import { validateAdaptiveCard } from '../../fakes/bot-connector';
import { flagSnapshot } from './flag-snapshot';

/** Parses with the Adaptive Cards SDK and returns every parse/validation message (unknown elements, bad values). */
function sdkProblems(card: unknown): string[] {
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card as never, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  for (const e of parsed.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

// The package's ESM build imports without file extensions, which Node cannot load; its UMD bundle
// is the same SDK and runs in Node for parsing and validation.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

const texts = (card: unknown): string => JSON.stringify(card);

describe('flag card', () => {
  it('is a valid Adaptive Card 1.5 that the SDK parses without complaint', () => {
    const card = buildFlagCard(flagSnapshot());
    expect(card.version).toBe('1.5');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(sdkProblems(card)).toEqual([]);
  });

  it('shows title, municipality, offer, provider, badge, top findings, requester and both actions', () => {
    const flag = flagSnapshot();
    const t = texts(buildFlagCard(flag));
    for (const s of ['Kontrakt: Botilbud Solsikken, § 108', 'Næstved', 'Botilbud Solsikken – Solsikken ApS', 'Fejl med økonomisk risiko', 'Status: Ny', 'Mette Myndighed', 'signature.missing', 'Kontrakten mangler leverandørens underskrift.', '5 i alt', 'og 2 fund mere']) {
      expect(t).toContain(s);
    }
    // Only the top three findings are listed.
    expect(t).not.toContain('payment.prepayment');
    const actions = buildFlagCard(flag).actions as { type: string; title: string; url: string }[];
    expect(actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Åbn kontrakt', url: flag.links.document },
      { type: 'Action.OpenUrl', title: 'Åbn i Gennemgang', url: flag.links.review },
    ]);
  });

  it('never carries a CPR number, wherever it was typed', () => {
    const flag = flagSnapshot({
      title: 'Kontrakt for 0101901234',
      topFindings: [{ rule: 'cpr.invalid', category: 'fejl-uden-meromkostning', message: 'CPR 311299-4321 er ugyldigt' }],
    });
    const t = texts(buildFlagCard(flag)) + texts(buildStateReplyCard({ ...flag, state: 'afsluttet' }));
    expect(t).not.toMatch(/\d{6}[- ]?\d{4}/);
    expect(t).toContain('[CPR fjernet]');
  });

  it('removes CPR numbers in every spelling, and leaves off a document link that spells one', () => {
    const flag = flagSnapshot({
      title: 'Kontrakt for 12.03.85 – 1234', comment: 'Borger １２０３８５－１２３４ og 1203\u200b85−1234',
      links: { document: 'https://kommune.sharepoint.com/Aftale%20120385%E2%80%931234.docx', documentTitle: 'Aftale 120385\t1234.docx', review: 'https://teams.microsoft.com/l/entity/x/gennemgang' },
    });
    const cards = [buildFlagCard(flag), buildStateReplyCard(flag)];
    for (const card of cards) expect(containsCprNumber(texts(card))).toBe(false);
    expect((cards[0]?.actions as { title: string }[]).map((a) => a.title)).toEqual(['Åbn i Gennemgang']);
  });

  it('leaves out what is unknown instead of showing empty values', () => {
    const card = buildFlagCard(flagSnapshot({ providerName: null, comment: null, topFindings: [], findingCount: 0, links: { document: null, documentTitle: null, review: 'https://teams.microsoft.com/l/entity/x/gennemgang' } }));
    const t = texts(card);
    expect(t).toContain('Ingen fund');
    expect(t).not.toContain('Solsikken ApS');
    expect(t).not.toContain('Kommentar');
    expect(t).not.toContain('fund mere');
    expect((card.actions as { title: string }[]).map((a) => a.title)).toEqual(['Åbn i Gennemgang']);
    expect(sdkProblems(card)).toEqual([]);
  });

  it('gives each category its badge and the reply names the contract, its outcome and who', () => {
    expect(texts(buildFlagCard(flagSnapshot({ category: 'uhensigtsmaessige-valg' })))).toContain('Uhensigtsmæssige valg');
    const reply = buildStateReplyCard(flagSnapshot({ state: 'afvist', assigneeName: 'Rikke Revisor' }));
    expect(texts(reply)).toContain('Gennemgangen af \\"Kontrakt: Botilbud Solsikken, § 108\\" er afvist af Rikke Revisor.');
    expect(sdkProblems(reply)).toEqual([]);
    expect(replyText(flagSnapshot({ state: 'afsluttet' }))).toBe('Gennemgangen af "Kontrakt: Botilbud Solsikken, § 108" er afsluttet.');
  });

  it('updated in place, the card shows the state, the assignee, the outcome and the latest comment with its author', () => {
    const card = buildFlagCard(flagSnapshot({ state: 'afsluttet', assigneeName: 'Rikke Revisor', comment: 'Prisen er rettet.', commentAuthor: 'Rikke Revisor' }));
    const t = texts(card);
    for (const s of ['Status: Afsluttet', 'Ansvarlig: ', 'Rikke Revisor', 'Gennemgangen er afsluttet.', 'Kommentar fra Rikke Revisor: ', 'Prisen er rettet.']) expect(t).toContain(s);
    expect(sdkProblems(card)).toEqual([]);
  });

  it('puts everything a person typed into TextRuns, which render no Markdown: a comment cannot become a link', () => {
    const card = buildFlagCard(flagSnapshot({ comment: '[Klik her](https://evil.example) **vigtigt**', requesterName: '[Mette](https://evil.example)', title: '_Kontrakt_' }));
    const blocks = JSON.stringify(card.body.filter((b) => (b as { type: string }).type === 'TextBlock'));
    expect(blocks).not.toContain('evil.example');
    expect(blocks).not.toContain('Kontrakt_');
    // And the Markdown itself is inert: the link's target is shown, emphasis markers are gone.
    expect(texts(card)).toContain('{"type":"TextRun","text":"Klik her (https://evil.example) vigtigt"}');
    expect(texts(card)).not.toMatch(/\]\(|\*\*|_Kontrakt_/);
    // Facts are not in a FactSet either: Fact.Value renders Markdown in Teams.
    expect(texts(card)).not.toContain('FactSet');
  });

  it.each([
    ['[Klik her](https://evil.example)', 'Klik her (https://evil.example)'],
    ['![billede](https://evil.example/x.png)', 'billede (https://evil.example/x.png)'],
    ['[titel](https://evil.example "hover")', 'titel (https://evil.example)'],
    ['<https://evil.example>', 'https://evil.example'],
    ['**fed** __fed__ *kursiv* _kursiv_ ~~slettet~~ `kode`', 'fed fed kursiv kursiv slettet kode'],
    ['**[skjult](https://evil.example)**', 'skjult (https://evil.example)'],
  ])('neutralises Markdown in user text: %s', (input, plain) => {
    expect(neutraliseMarkdown(input)).toBe(plain);
    const card = buildFlagCard(flagSnapshot({ comment: input, title: input }));
    expect(texts(card)).toContain(JSON.stringify(plain).slice(1, -1));
    expect(card.fallbackText).toContain(plain);
    expect(replyText(flagSnapshot({ title: input }))).toContain(plain);
  });

  it.each(['Se § 5* i kontrakten', 'fil_navn_v2.docx', 'a * b * c', '2 * 3 = 6'])('leaves ordinary text alone: %s', (text) => {
    expect(neutraliseMarkdown(text)).toBe(text);
  });

  it('builds the Teams deep link to the Gennemgang tab with the flag as sub-entity', () => {
    const link = reviewDeepLink({ appId: 'app-1', flagId: 'flag 7', publicBaseUrl: 'https://kl.example.dk/' });
    const u = new URL(link);
    expect(u.origin + u.pathname).toBe('https://teams.microsoft.com/l/entity/app-1/gennemgang');
    expect(JSON.parse(u.searchParams.get('context')!)).toEqual({ subEntityId: 'flag:flag 7' });
    expect(u.searchParams.get('webUrl')).toBe('https://kl.example.dk/teams/index.html?view=gennemgang&flag=flag%207');
  });

  it('scrubs CPR-shaped numbers but keeps other numbers', () => {
    expect(scrubCpr('010190-1234, 0101901234 og 010190 1234')).toBe('[CPR fjernet], [CPR fjernet] og [CPR fjernet]');
    expect(scrubCpr('CVR 12345678, tlf. 12345678, beløb 2.450,00')).toBe('CVR 12345678, tlf. 12345678, beløb 2.450,00');
  });
});
