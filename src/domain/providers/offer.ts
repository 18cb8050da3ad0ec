/** The provider list's vocabulary: an offer (tilbud) and the values its fields may take. */

export const OPERATING_FORMS = ['private', 'selfOwning', 'municipal', 'regional'] as const;
export type OperatingForm = (typeof OPERATING_FORMS)[number];

/** Danish labels, used in exports, imports and messages. */
export const OPERATING_FORM_LABELS: Record<OperatingForm, string> = {
  private: 'privat',
  selfOwning: 'selvejende',
  municipal: 'kommunal',
  regional: 'regional',
};

/** Public offers are run by a municipality or the region; their threshold for reporting differs. */
export function isPublicOperatingForm(form: OperatingForm): boolean {
  return form === 'municipal' || form === 'regional';
}

/** Legal sections (SEL §§) on the provider list; stored as the bare number, e.g. '107'. */
export const LEGAL_SECTIONS = ['85', '103', '104', '105', '107', '108'] as const;
export type LegalSection = (typeof LEGAL_SECTIONS)[number];

export const TARGET_GROUPS = [
  'udviklingshæmning', 'autisme', 'sindslidelse', 'misbrug', 'erhvervet hjerneskade',
  'fysisk funktionsnedsættelse', 'hjemløshed', 'dobbeltdiagnose', 'sociale problemer',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const SUPERVISION_COLOURS = ['grøn', 'gul', 'rød'] as const;
export type SupervisionColour = (typeof SUPERVISION_COLOURS)[number];
export const SUPERVISION_LABELS: Record<SupervisionColour, string> = { grøn: 'Grøn', gul: 'Gul', rød: 'Rød' };

export const LIST_STATUSES = ['optaget', 'suspenderet', 'fjernet'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];
export const LIST_STATUS_LABELS: Record<ListStatus, string> = { optaget: 'Optaget', suspenderet: 'Suspenderet', fjernet: 'Fjernet' };

export const RATE_UNITS = ['dag', 'time', 'måned'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];
export const RATE_UNIT_LABELS: Record<RateUnit, string> = { dag: 'Pr. dag', time: 'Pr. time', måned: 'Pr. måned' };

export interface Rate {
  section: string;
  unit: RateUnit;
  /** Amount in øre, to keep money exact. */
  amountOre: number;
  /** ISO date yyyy-mm-dd. */
  validFrom: string;
}

export interface OfferFields {
  name: string;
  providerName: string;
  cvr: string;
  pNumber: string | null;
  operatingForm: OperatingForm;
  address: string;
  postcode: string;
  city: string;
  municipality: string;
  email: string | null;
  phone: string | null;
  sections: string[];
  targetGroups: string[];
  places: number;
  freePlaces: number;
  /** ISO timestamp of the last update of free places. */
  freePlacesUpdatedAt: string | null;
  supervisionColour: SupervisionColour | null;
  supervisionDate: string | null;
  termsAcceptedDate: string | null;
  listStatus: ListStatus;
}

/**
 * The Danish name of every field of an offer and of a rate: the form's labels, the server's field
 * messages ("Pladser skal være et helt tal") and the audit log's diff all say the same words.
 */
export const OFFER_FIELD_LABELS: Record<keyof OfferFields, string> = {
  name: 'Tilbuddets navn',
  providerName: 'Leverandør',
  cvr: 'CVR-nummer',
  pNumber: 'P-nummer',
  operatingForm: 'Driftsform',
  address: 'Adresse',
  postcode: 'Postnummer',
  city: 'By',
  municipality: 'Kommune',
  email: 'E-mail',
  phone: 'Telefon',
  sections: 'Paragraffer',
  targetGroups: 'Målgrupper',
  places: 'Pladser',
  freePlaces: 'Ledige pladser',
  freePlacesUpdatedAt: 'Ledige pladser opdateret',
  supervisionColour: 'Tilsyn',
  supervisionDate: 'Tilsynsdato',
  termsAcceptedDate: 'Vilkår accepteret',
  listStatus: 'Status på listen',
};

export const RATE_FIELD_LABELS: Record<keyof Rate | 'amount', string> = {
  section: 'Paragraf',
  unit: 'Enhed',
  amount: 'Takst',
  amountOre: 'Takst',
  validFrom: 'Gælder fra',
};
