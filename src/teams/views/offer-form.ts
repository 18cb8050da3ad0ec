/**
 * The offer edit form's model: every field as the text the user typed, converted to and from the API's
 * offer input. Kept apart from the view so conflict handling (which fields did I change?) is plain data.
 */
import type { OfferDetail, OfferInputBody } from '../../ui/api/types';

export const OFFER_FORM_FIELDS = [
  { key: 'name', label: 'Tilbuddets navn' },
  { key: 'providerName', label: 'Leverandør' },
  { key: 'cvr', label: 'CVR' },
  { key: 'pNumber', label: 'P-nummer' },
  { key: 'operatingForm', label: 'Driftsform' },
  { key: 'address', label: 'Adresse' },
  { key: 'postcode', label: 'Postnummer' },
  { key: 'city', label: 'By' },
  { key: 'municipality', label: 'Kommune' },
  { key: 'email', label: 'E-mail' },
  { key: 'phone', label: 'Telefon' },
  { key: 'sections', label: 'Paragraffer (kommasepareret)' },
  { key: 'targetGroups', label: 'Målgrupper (kommasepareret)' },
  { key: 'places', label: 'Pladser' },
  { key: 'freePlaces', label: 'Ledige pladser' },
  { key: 'supervisionColour', label: 'Tilsyn (grøn, gul, rød)' },
  { key: 'supervisionDate', label: 'Tilsynsdato (åååå-mm-dd)' },
  { key: 'termsAcceptedDate', label: 'Vilkår accepteret (åååå-mm-dd)' },
  { key: 'listStatus', label: 'Status på listen' },
] as const;

export type OfferFormKey = (typeof OFFER_FORM_FIELDS)[number]['key'];
export type OfferForm = Record<OfferFormKey, string>;

export const EMPTY_OFFER_FORM: OfferForm = {
  name: '', providerName: '', cvr: '', pNumber: '', operatingForm: 'private', address: '', postcode: '', city: '', municipality: '',
  email: '', phone: '', sections: '', targetGroups: '', places: '0', freePlaces: '0', supervisionColour: '', supervisionDate: '',
  termsAcceptedDate: '', listStatus: 'optaget',
};

export function formFromOffer(o: OfferDetail): OfferForm {
  return {
    name: o.name, providerName: o.providerName, cvr: o.cvr, pNumber: o.pNumber ?? '', operatingForm: o.operatingForm, address: o.address,
    postcode: o.postcode, city: o.city, municipality: o.municipality, email: o.email ?? '', phone: o.phone ?? '',
    sections: o.sections.join(', '), targetGroups: o.targetGroups.join(', '), places: String(o.places), freePlaces: String(o.freePlaces),
    supervisionColour: o.supervisionColour ?? '', supervisionDate: o.supervisionDate ?? '', termsAcceptedDate: o.termsAcceptedDate ?? '',
    listStatus: o.listStatus,
  };
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const int = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

/** The API body; the server validates and answers field by field in Danish. */
export function inputFromForm(f: OfferForm): OfferInputBody {
  return {
    name: f.name.trim(), providerName: f.providerName.trim(), cvr: f.cvr.trim(), pNumber: orNull(f.pNumber),
    operatingForm: f.operatingForm as OfferInputBody['operatingForm'], address: f.address.trim(), postcode: f.postcode.trim(), city: f.city.trim(),
    municipality: f.municipality.trim(), email: orNull(f.email), phone: orNull(f.phone), sections: list(f.sections).map((s) => s.replace(/^§\s*/, '')),
    targetGroups: list(f.targetGroups), places: int(f.places), freePlaces: int(f.freePlaces),
    supervisionColour: orNull(f.supervisionColour) as OfferInputBody['supervisionColour'], supervisionDate: orNull(f.supervisionDate),
    termsAcceptedDate: orNull(f.termsAcceptedDate), listStatus: f.listStatus as OfferInputBody['listStatus'],
  };
}

/** Fields the user changed relative to the version the edit started from. */
export function changedFields(base: OfferForm, mine: OfferForm): OfferFormKey[] {
  return OFFER_FORM_FIELDS.map((f) => f.key).filter((k) => base[k] !== mine[k]);
}

/** My changes laid over the newer version: the fields I did not touch take the newer values. */
export function reapply(newer: OfferForm, base: OfferForm, mine: OfferForm): OfferForm {
  const out = { ...newer };
  for (const k of changedFields(base, mine)) out[k] = mine[k];
  return out;
}
