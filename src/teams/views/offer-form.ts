/**
 * The offer edit form's model: every field as the text the user typed (numbers in Danish notation,
 * dates as ISO days from the date picker, choices as domain values), converted to and from the API's
 * offer input. Kept apart from the view so conflict handling (which fields did I change?) is plain data.
 */
import { OFFER_FIELD_LABELS } from '../../domain/providers/offer';
import type { OfferDetail, OfferInputBody } from '../../ui/api/types';
import { formatDate } from '../../ui/format';
import { formatDanishNumber, parseDanishNumber } from '../../ui/danish-numbers';
import {
  choiceLabel, LIST_STATUS_CHOICES, OPERATING_FORM_CHOICES, SUPERVISION_CHOICES, type Choice,
} from '../../ui/offer-vocabulary';

export type OfferFieldKind = 'text' | 'email' | 'tel' | 'digits' | 'integer' | 'date' | 'choice';

interface FieldSpec<K extends keyof typeof OFFER_FIELD_LABELS> {
  key: K;
  kind: OfferFieldKind;
  /** Shown under the label: how to write the value. */
  hint?: string;
  choices?: readonly Choice[];
}

const spec = <K extends keyof typeof OFFER_FIELD_LABELS>(key: K, kind: OfferFieldKind, extra: Omit<FieldSpec<K>, 'key' | 'kind'> = {}) => ({ key, kind, ...extra });

/** In the order of the form. The labels are the domain's, so the server's messages name the same fields. */
export const OFFER_FORM_FIELDS = [
  spec('name', 'text'),
  spec('providerName', 'text'),
  spec('cvr', 'digits', { hint: '8 cifre' }),
  spec('pNumber', 'digits', { hint: '10 cifre (valgfrit)' }),
  spec('operatingForm', 'choice', { choices: OPERATING_FORM_CHOICES }),
  spec('address', 'text'),
  spec('postcode', 'digits'),
  spec('city', 'text'),
  spec('municipality', 'text'),
  spec('email', 'email'),
  spec('phone', 'tel'),
  spec('sections', 'text', { hint: 'Kommasepareret, fx 107, 108' }),
  spec('targetGroups', 'text', { hint: 'Kommasepareret, fx autisme, misbrug' }),
  spec('places', 'integer'),
  spec('freePlaces', 'integer'),
  spec('supervisionColour', 'choice', { choices: SUPERVISION_CHOICES }),
  spec('supervisionDate', 'date'),
  spec('termsAcceptedDate', 'date'),
  spec('listStatus', 'choice', { choices: LIST_STATUS_CHOICES }),
].map((f) => ({ ...f, label: OFFER_FIELD_LABELS[f.key] }));

export type OfferFormField = (typeof OFFER_FORM_FIELDS)[number];
export type OfferFormKey = OfferFormField['key'];
export type OfferForm = Record<OfferFormKey, string>;

export const OFFER_FORM_KEYS: readonly OfferFormKey[] = OFFER_FORM_FIELDS.map((f) => f.key);

export const EMPTY_OFFER_FORM: OfferForm = {
  name: '', providerName: '', cvr: '', pNumber: '', operatingForm: 'private', address: '', postcode: '', city: '', municipality: '',
  email: '', phone: '', sections: '', targetGroups: '', places: '0', freePlaces: '0', supervisionColour: '', supervisionDate: '',
  termsAcceptedDate: '', listStatus: 'optaget',
};

export function formFromOffer(o: OfferDetail): OfferForm {
  return {
    name: o.name, providerName: o.providerName, cvr: o.cvr, pNumber: o.pNumber ?? '', operatingForm: o.operatingForm, address: o.address,
    postcode: o.postcode, city: o.city, municipality: o.municipality, email: o.email ?? '', phone: o.phone ?? '',
    sections: o.sections.join(', '), targetGroups: o.targetGroups.join(', '), places: formatDanishNumber(o.places), freePlaces: formatDanishNumber(o.freePlaces),
    supervisionColour: o.supervisionColour ?? '', supervisionDate: o.supervisionDate ?? '', termsAcceptedDate: o.termsAcceptedDate ?? '',
    listStatus: o.listStatus,
  };
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * A count in Danish notation as the API's number. What cannot be read is sent as typed (or null when
 * empty), so the server's Danish message says what is wrong ("skal være et tal", "mangler") and the
 * form shows that one message rather than a second rule of its own.
 */
function count(s: string): number {
  const n = parseDanishNumber(s);
  if (n !== null) return n;
  return (s.trim() === '' ? null : s.trim()) as unknown as number;
}

/** The API body; the server validates and answers field by field in Danish. */
export function inputFromForm(f: OfferForm): OfferInputBody {
  return {
    name: f.name.trim(), providerName: f.providerName.trim(), cvr: f.cvr.trim(), pNumber: orNull(f.pNumber),
    operatingForm: f.operatingForm as OfferInputBody['operatingForm'], address: f.address.trim(), postcode: f.postcode.trim(), city: f.city.trim(),
    municipality: f.municipality.trim(), email: orNull(f.email), phone: orNull(f.phone), sections: list(f.sections).map((s) => s.replace(/^§\s*/, '')),
    targetGroups: list(f.targetGroups), places: count(f.places), freePlaces: count(f.freePlaces),
    supervisionColour: orNull(f.supervisionColour) as OfferInputBody['supervisionColour'], supervisionDate: orNull(f.supervisionDate),
    termsAcceptedDate: orNull(f.termsAcceptedDate), listStatus: f.listStatus as OfferInputBody['listStatus'],
  };
}

/** A field's value as the form shows it: labels for choices, dd-mm-åååå for dates, a dash for nothing. */
export function displayValue(key: OfferFormKey, form: OfferForm): string {
  const field = OFFER_FORM_FIELDS.find((f) => f.key === key);
  const v = form[key];
  if (field?.kind === 'choice' && 'choices' in field && field.choices) return choiceLabel(field.choices, v);
  if (v === '') return '–';
  if (field?.kind === 'date') return formatDate(v);
  return v;
}

/** Fields the user changed relative to the version the edit started from. */
export function changedFields(base: OfferForm, mine: OfferForm): OfferFormKey[] {
  return OFFER_FORM_KEYS.filter((k) => base[k] !== mine[k]);
}

/** My changes laid over the newer version: the fields I did not touch take the newer values. */
export function reapply(newer: OfferForm, base: OfferForm, mine: OfferForm): OfferForm {
  const out = { ...newer };
  for (const k of changedFields(base, mine)) out[k] = mine[k];
  return out;
}
