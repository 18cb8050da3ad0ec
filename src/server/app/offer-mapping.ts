import { isRealDate } from '../../domain/contract/parsers/calendar';
import { z } from 'zod';
import {
  LIST_STATUSES, OPERATING_FORMS, RATE_UNITS, SUPERVISION_COLOURS,
  type OfferFields, type OperatingForm, type Rate, type RateUnit, type SupervisionColour, type ListStatus,
} from '../../domain/providers/offer';
import type { NewOfferRow, OfferRow, RateRow } from '../db/schema';

/** Amounts travel as kroner with two decimals and are stored as øre. */
export const toOre = (kr: number): number => Math.round(kr * 100);
export const toKr = (ore: number): number => ore / 100;

// A real calendar date, not only its shape: 2026-02-30 is refused (issue 11.6).
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato skal have formen åååå-mm-dd')
  .refine((d) => isRealDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))), 'ikke en gyldig dato (findes ikke i kalenderen)');
const text = (max: number) => z.string().trim().max(max);

/** The editable fields of an offer, as the API accepts them (unknown fields refused). */
export const offerInputSchema = z.strictObject({
  name: text(200).min(1),
  providerName: text(200).min(1),
  cvr: z.string().regex(/^\d{8}$/, 'CVR skal være 8 cifre'),
  pNumber: z.string().regex(/^\d{10}$/, 'P-nummer skal være 10 cifre').nullable().default(null),
  operatingForm: z.enum(OPERATING_FORMS),
  address: text(200).min(1),
  postcode: z.string().regex(/^\d{4}$/, 'Postnummer skal være 4 cifre'),
  city: text(100).min(1),
  municipality: text(100).min(1),
  email: z.email().max(200).nullable().default(null),
  phone: z.string().regex(/^(\+45)?\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}$/, 'Telefonnummer skal være 8 cifre').nullable().default(null),
  sections: z.array(z.string().regex(/^\d{1,3}[a-z]?$/, 'Paragraf angives som tal, fx 107')).min(1).max(20),
  targetGroups: z.array(text(100).min(1)).max(30).default([]),
  places: z.number().int().min(0).max(100000),
  freePlaces: z.number().int().min(0).max(100000),
  freePlacesUpdatedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  supervisionColour: z.enum(SUPERVISION_COLOURS).nullable().default(null),
  supervisionDate: isoDate.nullable().default(null),
  termsAcceptedDate: isoDate.nullable().default(null),
  listStatus: z.enum(LIST_STATUSES).default('optaget'),
});
export type OfferInput = z.infer<typeof offerInputSchema>;

export const rateInputSchema = z.strictObject({
  section: z.string().regex(/^\d{1,3}[a-z]?$/),
  unit: z.enum(RATE_UNITS),
  // At least 0,01 kr.: a smaller amount is 0 øre once stored.
  amount: z.number().min(0.01, 'Beløbet skal være mindst 0,01 kr.').max(10_000_000),
  validFrom: isoDate,
});
export type RateInput = z.infer<typeof rateInputSchema>;

export const rateSchema = z.object({ section: z.string(), unit: z.enum(RATE_UNITS), amount: z.number(), validFrom: z.string(), createdAt: z.string().optional() });

export const offerSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  providerName: z.string(),
  cvr: z.string(),
  pNumber: z.string().nullable(),
  operatingForm: z.enum(OPERATING_FORMS),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  municipality: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  sections: z.array(z.string()),
  targetGroups: z.array(z.string()),
  places: z.number(),
  freePlaces: z.number(),
  freePlacesUpdatedAt: z.string().nullable(),
  supervisionColour: z.enum(SUPERVISION_COLOURS).nullable(),
  supervisionDate: z.string().nullable(),
  termsAcceptedDate: z.string().nullable(),
  listStatus: z.enum(LIST_STATUSES),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  currentRates: z.array(rateSchema),
});
export type OfferSummary = z.infer<typeof offerSummarySchema>;

export const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** An offer row as the API reads it: every column but those the database derives. */
export type OfferColumns = Omit<OfferRow, 'search_text' | 'rates_now' | 'rates_from' | 'rates_until'>;

export function rowToFields(r: OfferColumns): OfferFields {
  return {
    name: r.name, providerName: r.provider_name, cvr: r.cvr, pNumber: r.p_number,
    operatingForm: r.operating_form as OperatingForm, address: r.address, postcode: r.postcode, city: r.city,
    municipality: r.municipality, email: r.email, phone: r.phone, sections: r.sections, targetGroups: r.target_groups,
    places: r.places, freePlaces: r.free_places, freePlacesUpdatedAt: iso(r.free_places_updated_at),
    supervisionColour: r.supervision_colour as SupervisionColour | null, supervisionDate: r.supervision_date,
    termsAcceptedDate: r.terms_accepted_date, listStatus: r.list_status as ListStatus,
  };
}

export function rowToRate(r: RateRow): Rate {
  return { section: r.section, unit: r.unit as RateUnit, amountOre: r.amount_ore, validFrom: r.valid_from };
}

export function rateToApi(r: Rate, createdAt?: Date | string) {
  return { section: r.section, unit: r.unit, amount: toKr(r.amountOre), validFrom: r.validFrom, ...(createdAt ? { createdAt: iso(createdAt)! } : {}) };
}

export function rowToSummary(r: OfferColumns, currentRates: Rate[]): OfferSummary {
  return {
    id: r.id, ...rowToFields(r), version: r.version, createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!,
    currentRates: currentRates.map((x) => rateToApi(x)),
  };
}

export function inputToRow(input: OfferInput, now: Date): Omit<NewOfferRow, 'id' | 'created_at'> {
  return {
    name: input.name, provider_name: input.providerName, cvr: input.cvr, p_number: input.pNumber,
    operating_form: input.operatingForm, address: input.address, postcode: input.postcode, city: input.city,
    municipality: input.municipality, email: input.email, phone: input.phone,
    sections: input.sections, target_groups: input.targetGroups, places: input.places, free_places: input.freePlaces,
    free_places_updated_at: input.freePlacesUpdatedAt ?? null,
    supervision_colour: input.supervisionColour, supervision_date: input.supervisionDate,
    terms_accepted_date: input.termsAcceptedDate, list_status: input.listStatus, updated_at: now,
  };
}

export function inputToFields(input: OfferInput): OfferFields {
  return { ...input, freePlacesUpdatedAt: input.freePlacesUpdatedAt ?? null };
}
