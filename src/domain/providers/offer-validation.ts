import { isValidCvr, isValidPNumber } from './cvr';
import { LIST_STATUSES, OPERATING_FORMS, SUPERVISION_COLOURS, type OfferFields } from './offer';

/** One problem with an offer, with the field it concerns and a Danish message for the user. */
export interface OfferProblem {
  field: keyof OfferFields;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Business rules for an offer beyond its shape: valid CVR, places consistent, known municipality,
 * dates that exist. `municipalities` is configuration (the region changes in 2027).
 */
export function validateOffer(offer: OfferFields, municipalities: readonly string[]): OfferProblem[] {
  const problems: OfferProblem[] = [];
  const add = (field: keyof OfferFields, message: string) => problems.push({ field, message });
  if (offer.name.trim() === '') add('name', 'Tilbuddets navn mangler.');
  if (offer.providerName.trim() === '') add('providerName', 'Leverandørens navn mangler.');
  if (!isValidCvr(offer.cvr)) add('cvr', `CVR-nummeret "${offer.cvr}" er ugyldigt (8 cifre med korrekt kontrolciffer).`);
  if (offer.pNumber !== null && !isValidPNumber(offer.pNumber)) add('pNumber', `P-nummeret "${offer.pNumber}" skal være 10 cifre.`);
  if (!(OPERATING_FORMS as readonly string[]).includes(offer.operatingForm)) add('operatingForm', `Ukendt driftsform "${offer.operatingForm}".`);
  if (!/^\d{4}$/.test(offer.postcode)) add('postcode', `Postnummeret "${offer.postcode}" skal være 4 cifre.`);
  if (!municipalities.includes(offer.municipality)) add('municipality', `Kommunen "${offer.municipality}" er ikke en af rammeaftalens kommuner.`);
  if (offer.sections.length === 0) add('sections', 'Mindst én paragraf (fx § 107 eller § 108) skal angives.');
  if (!Number.isInteger(offer.places) || offer.places < 0) add('places', 'Antal pladser skal være et helt tal, 0 eller mere.');
  if (!Number.isInteger(offer.freePlaces) || offer.freePlaces < 0) add('freePlaces', 'Antal ledige pladser skal være et helt tal, 0 eller mere.');
  else if (offer.freePlaces > offer.places) add('freePlaces', `Ledige pladser (${offer.freePlaces}) kan ikke overstige antal pladser (${offer.places}).`);
  if (offer.supervisionColour !== null && !(SUPERVISION_COLOURS as readonly string[]).includes(offer.supervisionColour)) {
    add('supervisionColour', `Tilsynsfarven skal være grøn, gul eller rød, ikke "${offer.supervisionColour}".`);
  }
  if (offer.supervisionDate !== null && !isIsoDate(offer.supervisionDate)) add('supervisionDate', `Tilsynsdatoen "${offer.supervisionDate}" er ikke en gyldig dato.`);
  if (offer.termsAcceptedDate !== null && !isIsoDate(offer.termsAcceptedDate)) add('termsAcceptedDate', `Datoen for accept af standardvilkår "${offer.termsAcceptedDate}" er ikke en gyldig dato.`);
  if (!(LIST_STATUSES as readonly string[]).includes(offer.listStatus)) add('listStatus', `Ukendt listestatus "${offer.listStatus}".`);
  if (offer.listStatus === 'optaget' && offer.termsAcceptedDate === null) {
    add('termsAcceptedDate', 'Et optaget tilbud skal have en dato for accept af standardvilkårene.');
  }
  return problems;
}
