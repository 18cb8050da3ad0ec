/**
 * The API's shapes, taken from the server's own schemas and services at compile time (type-only
 * imports: nothing of the server reaches the browser bundle). A change on the server that breaks the
 * client fails `npm run typecheck`.
 */
import type { z } from 'zod';
import type { listAudit } from '../../server/app/audit';
import type { CreateFlagInput, FlagService, PatchFlagInput, createFlagSchema } from '../../server/app/flags';
import type { ImportResult, ImportRowError } from '../../server/app/offer-import';
import type { OfferInput, OfferSummary, RateInput, offerInputSchema } from '../../server/app/offer-mapping';
import type { OfferService, OfferSort } from '../../server/app/offers';
import type { RateIncreaseRow } from '../../server/app/rate-increases';
import type { ListStatus, OperatingForm, SupervisionColour } from '../../domain/providers/offer';
import type { FlagState } from '../../domain/flags/flag-state';

export type { CreateFlagInput, ImportResult, ImportRowError, OfferInput, OfferSort, OfferSummary, PatchFlagInput, RateIncreaseRow, RateInput };

/** What the edit form sends (defaults applied by the server are optional here). */
export type OfferInputBody = z.input<typeof offerInputSchema>;
export type CreateFlagBody = z.input<typeof createFlagSchema>;

export type OfferDetail = Awaited<ReturnType<OfferService['detail']>>;
export type OfferPage = Awaited<ReturnType<OfferService['list']>>;
export type FreePlaceOffer = Awaited<ReturnType<OfferService['freePlaces']>>['items'][number];
export type FlagPage = Awaited<ReturnType<FlagService['list']>>;
export type FlagSummary = FlagPage['items'][number];
export type FlagDetail = Awaited<ReturnType<FlagService['detail']>>;
export type FlagComment = Awaited<ReturnType<FlagService['comment']>>;
export type AuditPage = Awaited<ReturnType<typeof listAudit>>;
export type AuditItem = AuditPage['items'][number];

export interface RateIncreaseReport {
  year: number;
  thresholds: { privatePercent: number; publicPercent: number };
  items: RateIncreaseRow[];
}

export type ReportStatus = 'ny' | 'indberettet' | 'drøftet';

export interface OfferFilters {
  q?: string;
  section?: string;
  targetGroup?: string;
  municipality?: string;
  operatingForm?: OperatingForm;
  hasFreePlaces?: boolean;
  supervision?: SupervisionColour;
  listStatus?: ListStatus;
}

export interface FlagFilters {
  state?: FlagState;
  municipality?: string;
  offerId?: string;
  requester?: string;
  assignee?: string;
  olderThanDays?: number;
}

export interface Health { status: 'ok'; database: 'pglite' | 'postgres'; version: string }
