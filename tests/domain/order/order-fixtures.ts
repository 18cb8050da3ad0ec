import type { ExtractedContract } from '../../../src/domain/contract/extracted-contract';

/**
 * Orders and contracts as the document readers hand them over (ExtractedContract), built from
 * realistic values, so each test states only what it changes.
 */

export const GOOD_ORDER_VALUES: Record<string, string> = {
  'order.validFrom': '01-03-2026',
  'order.contractStartDate': '01-03-2026',
  'citizen.name': 'Mette Sørensen',
  'citizen.cpr': '120385-1234',
  'background.diagnoses': 'Infantil autisme, moderat angst',
  'background.attentionPoints': 'Bruger rollator udendørs; tåler ikke støj',
  'background.supportBasis': 'Førtidspension',
  'assessment.overall': 'Borgeren har svære begrænsninger i praktiske opgaver og sociale relationer (VUM 2.0).',
  'assessment.purpose': 'At borgeren bliver mere selvhjulpen i hverdagen og kan flytte i egen bolig med § 85-støtte.',
  'assessment.supportNeed': 'Daglig støtte til struktur, indkøb, madlavning og medicin; støtte ved angst om natten.',
  'goals[0].description': 'Borgeren kan selv handle ind 1 gang om ugen inden 1. juni 2026',
  'goals[1].description': 'Borgeren tager selv sin morgenmedicin uden påmindelse inden for 6 måneder',
  'orderedServices[0].serviceAndSection': 'Længerevarende botilbud, SEL § 108',
  'orderedServices[0].kind': 'Støtte til struktur i hverdagen, indkøb og madlavning; fast kontaktperson; støtte ved angst om natten.',
  'orderedServices[0].extent': 'Gennemsnitligt 18 timer pr. uge',
  'orderedServices[0].nightWatch': 'Vågen nattevagt, deles med 3 beboere',
  'orderedServices[0].staffingRatio': '1-2/3',
  'orderedServices[0].timeHorizon': '12 måneder (til 28-02-2027)',
  'requirements.cooperation': 'Opfølgningsmøde med sagsbehandler hver 3. måned',
  'requirements.staff': 'Pædagogisk uddannet personale med erfaring med autisme',
  'documentation.content': 'Skriftlig status på indsatsmålene hver 3. måned til sagsbehandleren',
};

export const GOOD_ORDER_CHOICES: Record<string, string[]> = {
  'guardianship.status': ['no'],
  'goals[0].currentScore': ['3'],
  'goals[0].expectedScore': ['2'],
  'goals[1].currentScore': ['2'],
  'goals[1].expectedScore': ['1'],
  'documentation.required': ['yes'],
};

export interface DocChanges {
  values?: Record<string, string | null>;
  choices?: Record<string, string[]>;
  repeatCounts?: Record<string, number>;
}

const build = (
  template: { id: string; version: string },
  baseValues: Record<string, string>,
  baseChoices: Record<string, string[]>,
  changes: DocChanges,
  serviceCount: number,
): ExtractedContract => {
  const values: ExtractedContract['values'] = {};
  for (const [id, text] of Object.entries({ ...baseValues, ...changes.values })) values[id] = { text: text ?? null };
  const choices: ExtractedContract['choices'] = {};
  for (const [id, checked] of Object.entries({ ...baseChoices, ...changes.choices })) choices[id] = { checked, found: true };
  return { template, values, choices, clauses: {}, serviceCount, hasPendingRevisions: false, repeatCounts: changes.repeatCounts };
};

/** A complete, correct order; `changes` overrides values (null = empty) and choices. */
export const order = (changes: DocChanges = {}): ExtractedContract =>
  build({ id: 'kl-bestilling', version: '1.0' }, GOOD_ORDER_VALUES, GOOD_ORDER_CHOICES, changes, 0);

export const GOOD_CONTRACT_VALUES: Record<string, string> = {
  'citizen.name': 'Mette Sørensen',
  'citizen.cpr': '120385-1234',
  'services[0].serviceAndSection': 'Længerevarende botilbud, SEL § 108',
  'services[0].quantity': '365 døgn pr. år',
  'services[0].unitPrice': '2.450,00 kr. pr. døgn',
  'services[0].description': 'Gennemsnitligt 18 støttetimer pr. uge, vågen nattevagt deles med 3 beboere',
  'services[0].startDate': '01-03-2026',
  'services[0].endDate': '28-02-2027',
  'services[0].firstFollowUpDate': '01-06-2026',
};

/** The parts of a contract the consistency check reads (other fields do not matter to it). */
export const contract = (changes: DocChanges = {}, serviceCount = 1): ExtractedContract =>
  build({ id: 'kl-voksen', version: '2.1' }, GOOD_CONTRACT_VALUES, {}, changes, serviceCount);

/** kl-fill's JSON for a complete order (the same values as order()), with changes: null leaves a field or group untouched. */
export const orderFillInput = (changes: { fields?: Record<string, string | null>; choices?: Record<string, string | null> } = {}) => {
  const fields: Record<string, string> = {};
  for (const [id, v] of Object.entries({ ...GOOD_ORDER_VALUES, ...changes.fields })) if (v !== null) fields[id] = v;
  const choices: Record<string, string> = {};
  const base = Object.fromEntries(Object.entries(GOOD_ORDER_CHOICES).map(([id, c]) => [id, c[0] ?? null]));
  for (const [id, v] of Object.entries({ ...base, ...changes.choices })) if (v !== null) choices[id] = v;
  return { fields, choices, services: [] as Array<Record<string, string>> };
};
