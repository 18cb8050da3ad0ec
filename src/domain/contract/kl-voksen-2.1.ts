import type { FieldDefinition, TemplateDefinition } from './template-definition';

/** Label synonyms shared by several sections (contract-checks.md: "Labels vary"). */
const ADDRESS = ['Adresse', 'Adr.', 'Vejnavn og nr.'];
const POSTCODE = ['Postnr.', 'Postnummer', 'Post nr.'];
const CITY = ['By', 'Bynavn'];
const PHONE = ['Tlf', 'Tlf.', 'Telefon', 'Telefonnr.', 'Telefonnummer', 'Tlf.nr.'];
const SECURE_EMAIL = ['Sikker e-mail', 'Sikker email', 'Sikker mail', 'E-mail (sikker)', 'Sikker e-post', 'Sikker mailadresse', 'Sikker e-mailadresse', 'Sikker post'];

const field = (f: Omit<FieldDefinition, 'synonyms'> & { synonyms?: string[] }): FieldDefinition => ({
  synonyms: [],
  ...f,
});

const serviceField = (
  key: string,
  label: string,
  kind: FieldDefinition['kind'],
  required: boolean,
  synonyms: string[] = [],
  help?: string,
): FieldDefinition =>
  field({ id: `services[].${key}`, section: 'services', label, kind, required, repeat: 'services', synonyms, help });

const signatureFields = (party: 'buyer' | 'provider'): FieldDefinition[] => [
  field({ id: `signatures.${party}.date`, section: 'signatures', block: party, label: 'Dato:', kind: 'date', required: true, synonyms: ['Dato', 'Underskriftsdato'] }),
  field({ id: `signatures.${party}.name`, section: 'signatures', block: party, label: 'Navn:', kind: 'text', required: true, synonyms: ['Navn', 'Navn og titel'] }),
  field({ id: `signatures.${party}.signature`, section: 'signatures', block: party, label: 'Underskrift:', kind: 'signature', required: true, synonyms: ['Underskrift', 'Signatur'] }),
];

/**
 * KL's Standardkontrakt på voksenområdet, version 2.1 (August 2024), demonstration edition.
 * Field ids are the public contract of contract-checks.md; do not rename them.
 */
export const klVoksen21: TemplateDefinition = {
  id: 'kl-voksen',
  version: '2.1',
  name: 'Standardkontrakt på voksenområdet',
  recognition: {
    heading: 'STANDARDKONTRAKT PÅ VOKSENOMRÅDET',
    footer: "Version 2.1 august 2024 · KL's skabelon til Standardkontrakt",
  },
  limits: { paymentDeadlineDays: 30 },
  repeatBlocks: [{ id: 'services', section: 'services', heading: 'Indsats', headingSynonyms: ['Ydelse'] }],
  sections: [
    { id: 'citizen', number: 1, title: 'Borger', titleSynonyms: ['Borgeren', 'Oplysninger om borger'] },
    { id: 'buyer', number: 2, title: 'Køber', titleSynonyms: ['Køber (handelskommune)', 'Køber (handlekommune)', 'Handlekommune', 'Handelskommune', 'Kommune'] },
    { id: 'provider', number: 3, title: 'Leverandør', titleSynonyms: ['Leverandøren', 'Tilbud', 'Leverandør (tilbud)'] },
    { id: 'services', number: 4, title: 'Leverandørens indsatser og pris', titleSynonyms: ['Indsatser og pris', 'Indsats og pris', 'Leverandørens ydelser og pris', 'Leverandørens indsats og pris', 'Ydelser og pris'] },
    { id: 'payment', number: 5, title: 'Betaling', titleSynonyms: ['Betalingsbetingelser', 'Betaling og fakturering'] },
    { id: 'priceRegulation', number: 6, title: 'Regulering af takster', titleSynonyms: ['Takstregulering', 'Regulering af takst', 'Prisregulering', 'Regulering af priser'] },
    { id: 'renegotiation', number: 7, title: 'Genforhandling', titleSynonyms: [] },
    { id: 'termination', number: 8, title: 'Opsigelse', titleSynonyms: ['Opsigelse og ophør', 'Ophør'] },
    { id: 'dataProtection', number: 9, title: 'Persondata', titleSynonyms: ['Persondataforhold', 'Databeskyttelse', 'Behandling af personoplysninger', 'Persondata og databeskyttelse'] },
    { id: 'documentation', number: 10, title: 'Dokumentationskrav til køber', titleSynonyms: ['Dokumentationskrav', 'Dokumentation'] },
    { id: 'signatures', number: 11, title: 'Underskrifter', titleSynonyms: ['Underskrift', 'Underskrifter og dato'] },
  ],
  fields: [
    field({ id: 'citizen.name', section: 'citizen', label: 'Navn:', kind: 'text', required: true, synonyms: ['Borgers navn', 'Fulde navn'] }),
    field({ id: 'citizen.cpr', section: 'citizen', label: 'Cpr.nr.:', kind: 'cpr', required: true, synonyms: ['CPR', 'CPR-nr.', 'Cpr-nr.', 'CPR nr.', 'Cpr.nr', 'CPR-nummer', 'Personnummer'], help: 'Borgerens cpr-nummer (ddmmåå-xxxx). Det forlader aldrig dokumentet.' }),
    field({ id: 'buyer.municipality', section: 'buyer', label: 'Handelskommune:', kind: 'text', required: true, synonyms: ['Handlekommune', 'Handelskommune', 'Kommune', 'Købende kommune'] }),
    field({ id: 'buyer.department', section: 'buyer', label: 'Forvaltning:', kind: 'text', required: true, synonyms: ['Afdeling', 'Center'] }),
    field({ id: 'buyer.address', section: 'buyer', label: 'Adresse:', kind: 'text', required: true, synonyms: ADDRESS }),
    field({ id: 'buyer.postcode', section: 'buyer', label: 'Postnr.:', kind: 'postcode', required: true, synonyms: POSTCODE }),
    field({ id: 'buyer.city', section: 'buyer', label: 'By:', kind: 'text', required: true, synonyms: CITY }),
    field({ id: 'buyer.ean', section: 'buyer', label: 'EAN-nr.:', kind: 'ean', required: true, synonyms: ['EAN', 'EAN nr.', 'EAN-nr', 'EAN-nummer', 'EAN/GLN', 'GLN', 'EAN-lokationsnummer'], help: '13 cifre fra kommunens EAN/GLN-nummer til elektronisk faktura (starter normalt med 57).' }),
    field({ id: 'buyer.phone', section: 'buyer', label: 'Tlf:', kind: 'phone', required: true, synonyms: PHONE }),
    field({ id: 'buyer.secureEmail', section: 'buyer', label: 'Sikker e-mail:', kind: 'email', required: true, synonyms: SECURE_EMAIL }),
    field({ id: 'provider.name', section: 'provider', label: 'Tilbuddets navn:', kind: 'text', required: true, synonyms: ['Tilbuddets navn', 'Navn på tilbud', 'Navn på tilbuddet', 'Tilbudsnavn', 'Leverandørens navn', 'Navn'] }),
    field({ id: 'provider.address', section: 'provider', label: 'Adresse:', kind: 'text', required: true, synonyms: ADDRESS }),
    field({ id: 'provider.postcode', section: 'provider', label: 'Postnr.:', kind: 'postcode', required: true, synonyms: POSTCODE }),
    field({ id: 'provider.city', section: 'provider', label: 'By:', kind: 'text', required: true, synonyms: CITY }),
    field({ id: 'provider.secureEmail', section: 'provider', label: 'Sikker e-mail:', kind: 'email', required: true, synonyms: SECURE_EMAIL }),
    field({ id: 'provider.phone', section: 'provider', label: 'Tlf:', kind: 'phone', required: true, synonyms: PHONE }),
    field({ id: 'provider.pNumber', section: 'provider', label: 'Evt. P-nummer:', kind: 'pNumber', required: false, synonyms: ['P-nummer', 'P-nr.', 'P nr.', 'Pnr.', 'Evt. P-nr.'] }),
    field({ id: 'provider.cvr', section: 'provider', label: 'Evt. Cvr-nummer:', kind: 'cvr', required: false, synonyms: ['CVR', 'CVR-nr.', 'Cvr-nummer', 'CVR nr.', 'Evt. CVR-nr.', 'CVR-nummer'] }),
    field({ id: 'provider.departmentUuid', section: 'provider', label: 'Evt. afdelings UUID:', kind: 'uuid', required: false, synonyms: ['Afdelings UUID', 'Afdelings-UUID', 'UUID', 'Evt. afdelings-UUID'] }),
    serviceField('serviceAndSection', 'Indsats og paragraf:', 'text', true, ['Indsats og §', 'Ydelse og paragraf', 'Ydelse', 'Indsats'], 'Fx "Længerevarende botilbud, SEL § 108".'),
    serviceField('quantity', 'Antal:', 'text', true, ['Mængde', 'Omfang']),
    serviceField('unitPrice', 'Enhedspris:', 'amount', true, ['Pris', 'Takst', 'Enhedspris (kr.)', 'Pris pr. enhed', 'Døgntakst', 'Timepris', 'Månedstakst'], 'Beløb i kroner, fx "2.450,00 kr. pr. døgn".'),
    serviceField('description', 'Evt. uddybning af indhold:', 'text', false, ['Uddybning af indhold', 'Uddybning', 'Beskrivelse']),
    serviceField('startDate', 'Ikrafttrædelsesdato:', 'date', true, ['Ikrafttrædelse', 'Startdato', 'Fra dato', 'Ikrafttrædelsesdato for indsatsen']),
    serviceField('endDate', 'Evt. slutdato:', 'date', false, ['Slutdato', 'Til dato', 'Evt. ophørsdato', 'Ophørsdato']),
    serviceField('firstFollowUpDate', 'Første opfølgningsdato:', 'date', true, ['Første opfølgning', 'Opfølgningsdato', 'Dato for første opfølgning']),
    field({ id: 'payment.deadlineDays', section: 'payment', label: 'Betalingsfrist i dage efter modtagelse af faktura (højst 30):', kind: 'days', required: true, synonyms: ['Betalingsfrist i dage', 'Betalingsfrist', 'Betalingsfrist (dage)', 'Betalingsfrist i dage efter modtagelse af faktura'] }),
    field({ id: 'termination.extendedDays', section: 'termination', label: 'Antal dage:', kind: 'days', required: false, requiredWhen: { group: 'termination.paymentPeriod', option: 'extended' }, synonyms: ['Antal dage', 'Dage'] }),
    ...signatureFields('buyer'),
    ...signatureFields('provider'),
  ],
  checkboxGroups: [
    {
      id: 'provider.operatingForm', section: 'provider', label: 'Driftsform:', synonyms: ['Driftsform', 'Ejerform'], required: true,
      options: [
        { id: 'private', text: 'Privat tilbud', synonyms: ['Privat'] },
        { id: 'selfOwning', text: 'Selvejende tilbud', synonyms: ['Selvejende'] },
        { id: 'municipal', text: 'Kommunalt tilbud', synonyms: ['Kommunalt', 'Kommunal'] },
        { id: 'regional', text: 'Regionalt tilbud', synonyms: ['Regionalt', 'Regional'] },
      ],
    },
    {
      id: 'payment.timing', section: 'payment', label: 'Betaling sker:', synonyms: ['Betaling sker', 'Betaling'], required: true,
      options: [
        { id: 'advance', text: 'Forud', synonyms: ['Forudbetaling', 'Forud betaling'] },
        { id: 'arrears', text: 'Bagud', synonyms: ['Bagudbetaling', 'Bagud betaling'] },
      ],
    },
    {
      id: 'termination.paymentPeriod', section: 'termination', label: 'Betaling efter fraflytning:', synonyms: ['Betaling efter fraflytning', 'Betaling ved fraflytning'], required: true,
      options: [
        { id: 'standard', text: 'Til udgangen af den måned, hvor borgeren fraflytter', synonyms: ['Til udgangen af fraflytningsmåneden'] },
        { id: 'extended', text: 'Forlænget betalingsperiode', synonyms: ['Forlænget betaling'] },
      ],
    },
    {
      id: 'dataProtection.role', section: 'dataProtection', label: null, synonyms: [], required: true,
      options: [
        { id: 'controller', text: 'Leverandøren er selvstændig dataansvarlig', synonyms: ['Selvstændig dataansvarlig', 'Dataansvarlig'] },
        { id: 'processor', text: 'Leverandøren er databehandler for køber, og der er indgået databehandleraftale', synonyms: ['Databehandler', 'Leverandøren er databehandler for køber'] },
      ],
    },
  ],
  clauses: [
    { id: 'payment', section: 'payment' },
    { id: 'priceRegulation', section: 'priceRegulation' },
    { id: 'renegotiation', section: 'renegotiation' },
    { id: 'termination', section: 'termination' },
    { id: 'documentation', section: 'documentation' },
  ],
  signatureBlocks: [
    { party: 'buyer', heading: 'For køber', headingSynonyms: ['Køber', 'For kommunen', 'Købers underskrift'] },
    { party: 'provider', heading: 'For leverandør', headingSynonyms: ['Leverandør', 'For leverandøren', 'Leverandørens underskrift'] },
  ],
};
