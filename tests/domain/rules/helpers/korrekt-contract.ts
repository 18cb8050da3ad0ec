import type { ExtractedContract, ExtractedValue } from '../../../../src/domain/contract/extracted-contract';
import { klVoksen21 } from '../../../../src/domain/contract/kl-voksen-2.1';
import { checkContract, type CheckResult } from '../../../../src/domain/rules/engine';

/** The citizen's CPR number in the test contract; no message may ever contain its digits. */
export const CPR = '150385-1234';

/** Standard clause texts as the .docx engine would read them from the registered template. */
export const STANDARD_TEXTS: Record<string, string> = {
  payment: 'Leverandøren fakturerer køber månedsvis. Betaling sker senest det antal dage efter modtagelse af faktura, som er angivet ovenfor.',
  priceRegulation: 'Taksten reguleres årligt pr. 1. januar med KL\'s pris- og lønskøn. Øvrige ændringer af taksten kræver genforhandling efter afsnit 7.',
  renegotiation: 'Hver af parterne kan kræve kontrakten genforhandlet, hvis borgerens behov ændrer sig væsentligt.',
  termination: 'Kontrakten kan opsiges af køber med løbende måned plus én måned og af leverandøren med tre måneders varsel.',
  documentation: 'Leverandøren dokumenterer indsatsen, så køber kan følge op på de aftalte mål.',
};

const v = (text: string | null, extra: Partial<ExtractedValue> = {}): ExtractedValue => ({ text, ...extra });

/** A fully and correctly filled kl-voksen 2.1 contract with one service: checkContract finds nothing (but a recommendation-free end date too). */
export const korrektContract = (): ExtractedContract => ({
  template: { id: 'kl-voksen', version: '2.1' },
  values: {
    'citizen.name': v('Anna Jensen'),
    'citizen.cpr': v(CPR),
    'buyer.municipality': v('Roskilde Kommune'),
    'buyer.department': v('Social og Sundhed'),
    'buyer.address': v('Køgevej 80'),
    'buyer.postcode': v('4000'),
    'buyer.city': v('Roskilde'),
    'buyer.ean': v('5798000000001'),
    'buyer.phone': v('46 31 31 31'),
    'buyer.secureEmail': v('sikkerpost@roskilde.dk'),
    'provider.name': v('Bostedet Æblegården'),
    'provider.address': v('Skovvej 1'),
    'provider.postcode': v('4100'),
    'provider.city': v('Ringsted'),
    'provider.secureEmail': v('post@aeblegaarden.dk'),
    'provider.phone': v('+45 57 00 00 00'),
    'provider.pNumber': v('1003388394'),
    'provider.cvr': v('13748136'),
    'provider.departmentUuid': v('3f2504e0-4f89-11d3-9a0c-0305e82c3301'),
    'services[0].serviceAndSection': v('Længerevarende botilbud, SEL § 108'),
    'services[0].quantity': v('1 plads'),
    'services[0].unitPrice': v('2.450,00 kr. pr. døgn'),
    'services[0].description': v(null),
    'services[0].startDate': v('01-03-2026', { isoDate: '2026-03-01' }),
    'services[0].endDate': v('28. februar 2027'),
    'services[0].firstFollowUpDate': v('01-06-2026', { isoDate: '2026-06-01' }),
    'payment.deadlineDays': v('30 dage'),
    'signatures.buyer.date': v('15-02-2026'),
    'signatures.buyer.name': v('Mette Hansen, afdelingsleder'),
    'signatures.buyer.signature': v('Mette Hansen'),
    'signatures.provider.date': v('16.2.2026'),
    'signatures.provider.name': v('Per Berg'),
    'signatures.provider.signature': v(null, { hasPicture: true }),
  },
  serviceCount: 1,
  choices: {
    'provider.operatingForm': { checked: ['private'], found: true },
    'payment.timing': { checked: ['arrears'], found: true },
    'termination.paymentPeriod': { checked: ['standard'], found: true },
    'dataProtection.role': { checked: ['processor'], found: true },
  },
  clauses: Object.fromEntries(Object.entries(STANDARD_TEXTS).map(([id, text]) => [id, { text }])),
  hasPendingRevisions: false,
});

/** Builds a korrekt contract, lets the test change one thing, and checks it. */
export const checkWith = (mutate: (c: ExtractedContract) => void = () => undefined): CheckResult => {
  const contract = korrektContract();
  mutate(contract);
  return checkContract(contract, { template: klVoksen21, standardTexts: STANDARD_TEXTS });
};

/** [rule, field] pairs, the shape of expected.json. */
export const pairs = (result: CheckResult): Array<[string, string | null]> => result.findings.map((f) => [f.rule, f.field]);

export const setText = (c: ExtractedContract, field: string, text: string | null): void => {
  c.values[field] = { text };
};

/** Adds a second service (a copy of the first, with its own values). */
export const addService = (c: ExtractedContract): void => {
  for (const [id, value] of Object.entries(c.values)) {
    if (id.startsWith('services[0].')) c.values[id.replace('[0]', '[1]')] = { ...value };
  }
  c.serviceCount = 2;
};
