import type { CheckboxGroupDefinition, CheckboxOption, FieldDefinition, TemplateDefinition } from '../contract/template-definition';

/**
 * The common municipal order template (bestilling / kravspecifikation), version 1.0, as data.
 * domain.md "The order": the contract says the service is delivered according to the latest order,
 * so the order must be concrete enough to price, staff and follow up: SMART goals scored on the
 * FFB scale, ordered services with extent and time horizon, requirements and documentation content.
 *
 * Field ids reuse the contract's where the meaning is the same (citizen.name, citizen.cpr), so the
 * contract↔order consistency check compares like with like.
 */

/*
 * Label synonyms are multi-word phrases on purpose: a reader that finds bare text after a label
 * also takes a label at the end of a text as a label, so a one-word synonym such as "Personale" or
 * "Nattevagt" would cut a value like "Vågen nattevagt" short.
 */
const field = (f: Omit<FieldDefinition, 'synonyms'> & { synonyms?: string[] }): FieldDefinition => ({
  synonyms: [],
  ...f,
});

/** FFB (Fælles Faglige Begreber) scale used by VUM 2.0: higher number = more limitation. */
export const FFB_SCORE_OPTIONS: CheckboxOption[] = [
  { id: '0', text: '0 Ingen begrænsning', synonyms: ['Ingen begrænsning', 'Ingen begrænsninger'] },
  { id: '1', text: '1 Let', synonyms: ['Let begrænsning', 'Lette begrænsninger'] },
  { id: '2', text: '2 Moderat', synonyms: ['Moderat begrænsning', 'Moderate begrænsninger'] },
  { id: '3', text: '3 Svær', synonyms: ['Svær begrænsning', 'Svære begrænsninger'] },
  { id: '4', text: '4 Fuldstændig', synonyms: ['Fuldstændig begrænsning', 'Totale begrænsninger'] },
];

const YES_NO: CheckboxOption[] = [
  { id: 'no', text: 'Nej', synonyms: [] },
  { id: 'yes', text: 'Ja', synonyms: [] },
];

const goalField = (key: string, label: string, required: boolean, synonyms: string[], help?: string): FieldDefinition =>
  field({ id: `goals[].${key}`, section: 'goals', label, kind: 'text', required, repeat: 'goals', synonyms, help });

const goalScore = (key: string, label: string, synonyms: string[]): CheckboxGroupDefinition => ({
  id: `goals[].${key}`,
  repeat: 'goals',
  section: 'goals',
  label,
  synonyms,
  required: true,
  options: FFB_SCORE_OPTIONS,
});

const serviceField = (key: string, label: string, required: boolean, synonyms: string[], help?: string): FieldDefinition =>
  field({ id: `orderedServices[].${key}`, section: 'orderedServices', label, kind: 'text', required, repeat: 'orderedServices', synonyms, help });

export const klBestilling10: TemplateDefinition = {
  id: 'kl-bestilling',
  version: '1.0',
  name: 'Bestilling – fælleskommunal skabelon',
  recognition: {
    heading: 'BESTILLING – FÆLLESKOMMUNAL SKABELON',
    footer: 'Version 1.0 · Fælleskommunal skabelon til bestilling',
  },
  repeatBlocks: [
    { id: 'goals', section: 'goals', heading: 'Mål', headingSynonyms: ['Indsatsmål', 'Delmål'] },
    { id: 'orderedServices', section: 'orderedServices', heading: 'Indsats', headingSynonyms: ['Bestilt indsats', 'Ydelse'] },
  ],
  sections: [
    { id: 'order', number: 1, title: 'Bestillingens gyldighed', titleSynonyms: ['Gyldighed', 'Bestilling'] },
    { id: 'citizen', number: 2, title: 'Borger', titleSynonyms: ['Personoplysninger', 'Oplysninger om borger'] },
    { id: 'background', number: 3, title: 'Baggrundsoplysninger', titleSynonyms: ['Baggrund'] },
    { id: 'assessment', number: 4, title: 'Begrundelse for indsatsen', titleSynonyms: ['Begrundelse', 'Faglig vurdering'] },
    { id: 'goals', number: 5, title: 'Indsatsmål', titleSynonyms: ['Mål for indsatsen', 'Indsatsmål og score'] },
    { id: 'orderedServices', number: 6, title: 'Bestilte indsatser', titleSynonyms: ['Bestilt indsats', 'Indsatser', 'Bestilte ydelser'] },
    { id: 'requirements', number: 7, title: 'Krav til leverandøren', titleSynonyms: ['Krav', 'Kravspecifikation'] },
    { id: 'documentation', number: 8, title: 'Dokumentationskrav', titleSynonyms: ['Dokumentation', 'Krav til dokumentation'] },
  ],
  fields: [
    field({ id: 'order.validFrom', section: 'order', label: 'Bestillingen er gældende fra:', kind: 'date', required: true, synonyms: ['Gældende fra', 'Gyldig fra', 'Dato for bestilling'], help: 'Bestillingen opdateres ved hver opfølgning; angiv datoen for denne udgave.' }),
    field({ id: 'order.contractStartDate', section: 'order', label: 'Kontraktens ikrafttrædelsesdato:', kind: 'date', required: true, synonyms: ['Kontraktens startdato', 'Ikrafttrædelsesdato', 'Kontraktstart'], help: 'Samme dato som ikrafttrædelsesdatoen i kontraktens punkt 4.' }),
    field({ id: 'citizen.name', section: 'citizen', label: 'Navn:', kind: 'text', required: true, synonyms: ['Borgers navn', 'Fulde navn'] }),
    field({ id: 'citizen.cpr', section: 'citizen', label: 'Cpr.nr.:', kind: 'cpr', required: true, synonyms: ['CPR', 'CPR-nr.', 'Cpr-nr.', 'CPR nr.', 'Cpr.nr', 'CPR-nummer', 'Personnummer'], help: 'Borgerens cpr-nummer (ddmmåå-xxxx). Det forlader aldrig dokumentet.' }),
    field({ id: 'background.diagnoses', section: 'background', label: 'Lægefaglige diagnoser:', kind: 'text', required: false, synonyms: ['Diagnoser', 'Lægelige diagnoser'] }),
    field({ id: 'background.attentionPoints', section: 'background', label: 'Særlige opmærksomhedspunkter (fx hjælpemidler):', kind: 'text', required: false, synonyms: ['Særlige opmærksomhedspunkter'] }),
    field({ id: 'guardianship.contact', section: 'background', label: 'Værgens navn og kontaktoplysninger:', kind: 'text', required: false, requiredWhen: { group: 'guardianship.status', option: 'yes' }, synonyms: ['Værgens kontaktoplysninger', 'Kontaktoplysninger på værge'] }),
    field({ id: 'background.supportBasis', section: 'background', label: 'Forsørgelsesgrundlag:', kind: 'text', required: true, synonyms: ['Forsørgelsesgrundlag (fx FØP, fleksjob, pension)'], help: 'Fx førtidspension, fleksjob, kontanthjælp, folkepension.' }),
    field({ id: 'assessment.overall', section: 'assessment', label: 'Samlet faglig vurdering (VUM 2.0):', kind: 'text', required: true, synonyms: ['Samlet faglig vurdering', 'Faglig vurdering'] }),
    field({ id: 'assessment.purpose', section: 'assessment', label: 'Formål med indsatsen:', kind: 'text', required: true, synonyms: ['Indsatsens formål'] }),
    field({ id: 'assessment.supportNeed', section: 'assessment', label: 'Vurderet støttebehov:', kind: 'text', required: true, synonyms: ['Borgerens støttebehov'] }),
    field({ id: 'assessment.supportOptedOut', section: 'assessment', label: 'Fravalgt støtte (fx § 82, pårørende):', kind: 'text', required: false, synonyms: ['Fravalgt støtte'] }),
    goalField('description', 'Beskrivelse af målet:', true, ['Målbeskrivelse', 'Beskrivelse af mål'], 'Skriv målet SMART: hvad borgeren kan, hvor ofte eller hvor meget (målbart), og hvornår (fx "inden 1. juni 2026").'),
    serviceField('serviceAndSection', 'Indsats og paragraf:', true, ['Indsats og §', 'Ydelse og paragraf'], 'Samme indsats og paragraf som i kontrakten, fx "Længerevarende botilbud, SEL § 108".'),
    serviceField('kind', 'Støttens art og tilrettelæggelse:', true, ['Støttens art', 'Art og tilrettelæggelse', 'Indhold og tilrettelæggelse'], 'Hvilken støtte, i hvilke situationer, og hvordan den er tilrettelagt.'),
    serviceField('extent', 'Omfang (gennemsnitlige timer pr. uge eller intensitet):', true, ['Omfang', 'Støttens omfang'], 'Fx "12 timer pr. uge" eller "døgndækning, normering 1-2/3".'),
    serviceField('nightWatch', 'Nattevagt (vågen eller sovende):', false, ['Nattedækning (vågen eller sovende)'], 'Fx "vågen nattevagt" eller "sovende nattevagt".'),
    serviceField('staffingRatio', 'Normering (fx 1-2/3):', false, ['Normering', 'Personalenormering']),
    serviceField('timeHorizon', 'Tidshorisont:', true, ['Forventet varighed'], 'Hvor længe indsatsen forventes at vare, fx "12 måneder" eller "til 28. februar 2027".'),
    field({ id: 'requirements.cooperation', section: 'requirements', label: 'Krav til samarbejde:', kind: 'text', required: false, synonyms: ['Krav til samarbejdet'] }),
    field({ id: 'requirements.staff', section: 'requirements', label: 'Krav til personale:', kind: 'text', required: false, synonyms: ['Krav til medarbejdere'] }),
    field({ id: 'requirements.physical', section: 'requirements', label: 'Krav til fysiske rammer:', kind: 'text', required: false, synonyms: ['Krav til de fysiske rammer'] }),
    field({ id: 'requirements.welfareTechnology', section: 'requirements', label: 'Krav til velfærdsteknologi:', kind: 'text', required: false, synonyms: ['Krav om velfærdsteknologi'] }),
    field({ id: 'documentation.content', section: 'documentation', label: 'Dokumentationens indhold (hvad, hvor ofte, til hvem):', kind: 'text', required: false, requiredWhen: { group: 'documentation.required', option: 'yes' }, synonyms: ['Dokumentationens indhold', 'Indhold af dokumentation'] }),
  ],
  checkboxGroups: [
    { id: 'guardianship.status', section: 'background', label: 'Værgemål:', synonyms: ['Værgemål', 'Har borgeren værge'], required: true, options: YES_NO },
    {
      id: 'guardianship.section', section: 'background', label: 'Værgemålets omfang:', synonyms: ['Værgemålets omfang', 'Værgemål efter'], required: false,
      requiredWhen: { group: 'guardianship.status', option: 'yes' },
      options: [
        { id: 's5', text: 'Værgemålsloven § 5', synonyms: ['§ 5', 'Økonomisk værgemål'] },
        { id: 's6', text: 'Værgemålsloven § 6 (frataget den retlige handleevne)', synonyms: ['§ 6', 'Værgemålsloven § 6'] },
        { id: 's7', text: 'Værgemålsloven § 7', synonyms: ['§ 7', 'Samværgemål'] },
      ],
    },
    goalScore('currentScore', 'Nuværende score (FFB 0-4):', ['Nuværende score', 'Aktuel score', 'Score nu']),
    goalScore('expectedScore', 'Forventet score (FFB 0-4):', ['Forventet score', 'Målscore', 'Forventet niveau']),
    { id: 'documentation.required', section: 'documentation', label: 'Køber stiller krav om dokumentation:', synonyms: ['Krav om dokumentation', 'Dokumentationskrav'], required: true, options: YES_NO },
  ],
  clauses: [],
  signatureBlocks: [],
};

/**
 * Display order of fields and checkbox groups (definition ids) within each section: the blank
 * template is laid out in this order, and findings are sorted by it.
 */
export const klBestillingLayout: Record<string, string[]> = {
  order: ['order.validFrom', 'order.contractStartDate'],
  citizen: ['citizen.name', 'citizen.cpr'],
  background: [
    'background.diagnoses',
    'background.attentionPoints',
    'guardianship.status',
    'guardianship.section',
    'guardianship.contact',
    'background.supportBasis',
  ],
  assessment: ['assessment.overall', 'assessment.purpose', 'assessment.supportNeed', 'assessment.supportOptedOut'],
  goals: ['goals[].description', 'goals[].currentScore', 'goals[].expectedScore'],
  orderedServices: [
    'orderedServices[].serviceAndSection',
    'orderedServices[].kind',
    'orderedServices[].extent',
    'orderedServices[].nightWatch',
    'orderedServices[].staffingRatio',
    'orderedServices[].timeHorizon',
  ],
  requirements: ['requirements.cooperation', 'requirements.staff', 'requirements.physical', 'requirements.welfareTechnology'],
  documentation: ['documentation.required', 'documentation.content'],
};
