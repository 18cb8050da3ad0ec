/** The orders the provider list can be read in (server-side, over every matching row); '-' is descending. */
export const OFFER_SORTS = [
  'name', '-name', 'providerName', '-providerName', 'municipality', '-municipality', 'freePlaces', '-freePlaces',
  'listStatus', '-listStatus', 'updatedAt', '-updatedAt',
] as const;
export type OfferSort = (typeof OFFER_SORTS)[number];
export type OfferSortKey = Exclude<OfferSort, `-${string}`>;
