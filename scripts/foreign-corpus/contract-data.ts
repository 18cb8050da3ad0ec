/**
 * The contracts of the foreign-writer corpus as plain data: one correct contract and variants with
 * defects, rendered by each writer (./writers). The values are invented; the clause texts are the
 * demonstration template's standard texts, read from the registered template.
 */
export interface CorpusContract {
  citizen: { name: string; cpr: string };
  buyer: { municipality: string; department: string; address: string; postcode: string; city: string; ean: string; phone: string; email: string };
  provider: {
    operatingForm: string[]; name: string; address: string; postcode: string; city: string; email: string; phone: string;
    pNumber: string; cvr: string; uuid: string;
  };
  service: { what: string; quantity: string; unitPrice: string; description: string; start: string; end: string; followUp: string };
  payment: { timing: string[]; deadline: string };
  termination: { period: string[]; days: string };
  dataProtection: string[];
  signatures: { buyer: { date: string; name: string; signature: string }; provider: { date: string; name: string; signature: string } };
  clauses: { payment: string; priceRegulation: string; renegotiation: string; termination: string; documentation: string };
}

export const OPERATING_FORMS: Array<[string, string]> = [
  ['private', 'Privat tilbud'], ['selfOwning', 'Selvejende tilbud'], ['municipal', 'Kommunalt tilbud'], ['regional', 'Regionalt tilbud'],
];
export const TIMINGS: Array<[string, string]> = [['advance', 'Forud'], ['arrears', 'Bagud']];
export const PERIODS: Array<[string, string]> = [
  ['standard', 'Til udgangen af den måned, hvor borgeren fraflytter'], ['extended', 'Forlænget betalingsperiode'],
];
export const ROLES: Array<[string, string]> = [
  ['controller', 'Leverandøren er selvstændig dataansvarlig'],
  ['processor', 'Leverandøren er databehandler for køber, og der er indgået databehandleraftale'],
];

export const TITLE = 'STANDARDKONTRAKT PÅ VOKSENOMRÅDET';
export const FOOTER = "Version 2.1 august 2024 · KL's skabelon til Standardkontrakt (fast del af kontrakten)";

export function correctContract(clauses: CorpusContract['clauses']): CorpusContract {
  return {
    citizen: { name: 'Jonas Kragh Andersen', cpr: '230791-2417' },
    buyer: {
      municipality: 'Næstved Kommune', department: 'Center for Handicap og Psykiatri', address: 'Rådmandshaven 20', postcode: '4700',
      city: 'Næstved', ean: '5798000000001', phone: '55 44 55 44', email: 'handicap@naestved.dk',
    },
    provider: {
      operatingForm: ['selfOwning'], name: 'Bofællesskabet Engly', address: 'Englyvej 3', postcode: '4200', city: 'Slagelse',
      email: 'post@engly.dk', phone: '+45 58 12 34 56', pNumber: '1012345678', cvr: '13748136', uuid: '',
    },
    service: {
      what: 'Socialpædagogisk støtte, SEL § 85', quantity: '6 timer pr. uge', unitPrice: '512,00 kr. pr. time',
      description: 'Støtte i eget hjem', start: '1. april 2026', end: '31.3.2027', followUp: '2026-07-01',
    },
    payment: { timing: ['arrears'], deadline: '30' },
    termination: { period: ['standard'], days: '' },
    dataProtection: ['processor'],
    signatures: {
      buyer: { date: '12-03-2026', name: 'Lise Bach, afdelingsleder', signature: 'Lise Bach' },
      provider: { date: '13-03-2026', name: 'Ole Dam, forstander', signature: 'Ole Dam' },
    },
    clauses,
  };
}

/** The variants: each changes the correct contract in one or more places. */
export const VARIANTS: Record<string, (c: CorpusContract) => void> = {
  korrekt: () => undefined,
  forudbetaling: (c) => { c.payment.timing = ['advance']; },
  'gdpr-ikke-valgt': (c) => { c.dataProtection = []; },
  'gdpr-begge-valgt': (c) => { c.dataProtection = ['controller', 'processor']; },
  'ugyldigt-cpr': (c) => { c.citizen.cpr = '320791-2417'; },
  'mangler-underskrift': (c) => { c.signatures.provider.signature = ''; },
  'forlaenget-betaling': (c) => { c.termination.period = ['extended']; c.termination.days = '60'; },
  'aendret-opsigelse': (c) => { c.clauses.termination = c.clauses.termination.replace('30 dages varsel', '14 dages varsel'); },
};
