/** A realistic flag snapshot for the notify tests (the CPR in the comment must never reach a card). */
import type { FlagSnapshot, OutboxMessage } from '../../../src/server/notify/delivery-port';

export function flagSnapshot(over: Partial<FlagSnapshot> = {}): FlagSnapshot {
  return {
    id: 'f0b5c1de-0000-4000-8000-000000000001',
    title: 'Kontrakt: Botilbud Solsikken, § 108',
    municipality: 'Næstved',
    offerName: 'Botilbud Solsikken',
    providerName: 'Solsikken ApS',
    category: 'fejl-med-oekonomisk-risiko',
    topFindings: [
      { rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', message: 'Kontrakten mangler leverandørens underskrift.' },
      { rule: 'gdpr.choice-missing', category: 'fejl-uden-meromkostning', message: 'Der er ikke valgt databehandlerforhold.' },
      { rule: 'followup.first-date-missing', category: 'fejl-uden-meromkostning', message: 'Første opfølgningsdato mangler.' },
      { rule: 'payment.prepayment', category: 'uhensigtsmaessige-valg', message: 'Forudbetaling er valgt.' },
    ],
    findingCount: 5,
    requesterName: 'Mette Myndighed',
    assigneeName: null,
    state: 'ny',
    comment: 'Borger 010190-1234 flytter ind 1. marts; tjek prisreguleringen',
    links: {
      document: 'https://naestved.sharepoint.com/sites/kontrakter/Kontrakt%20Solsikken.docx',
      documentTitle: 'Kontrakt Solsikken.docx',
      review: 'https://teams.microsoft.com/l/entity/6b0c8f0e-3a52-4c1e-9f0d-6a1f6f9c2b11/gennemgang?context=%7B%22subEntityId%22%3A%22f0b5c1de%22%7D',
    },
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    ...over,
  };
}

export function outboxMessage(over: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id: 'a1b2c3d4-0000-4000-8000-00000000000a',
    kind: 'flag.created',
    flag: flagSnapshot(),
    target: { kind: 'review-target', targetId: 'target-1' },
    conversation: { targetId: 'target-1', tenantId: '9b1c2d3e-0000-4000-8000-000000000001', conversationId: '19:kontrakter@thread.tacv2', serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    attempt: 1,
    ...over,
  };
}
