import type { ListStatus, SupervisionColour } from './offer';

/**
 * Why buying a place from an offer needs a second thought (domain.md: the agreement allows only providers on the
 * shared list; red supervision means sanctions or notice of them). Empty when nothing stands
 * in the way. The same reasons mark the offer in the task pane's picker and in the confirmation before it fills in.
 */
export interface PurchaseCaution {
  kind: 'suspended' | 'removed' | 'red-supervision';
  /** Danish, one short sentence for the picker's badge and the confirmation. */
  text: string;
}

export function purchaseCautions(offer: { listStatus: ListStatus; supervisionColour: SupervisionColour | null }): PurchaseCaution[] {
  const out: PurchaseCaution[] = [];
  if (offer.listStatus === 'suspenderet') out.push({ kind: 'suspended', text: 'Tilbuddet er suspenderet fra leverandørlisten: der må ikke købes nye pladser, før suspensionen er ophævet.' });
  if (offer.listStatus === 'fjernet') out.push({ kind: 'removed', text: 'Tilbuddet er fjernet fra leverandørlisten og må ikke bruges til nye køb.' });
  if (offer.supervisionColour === 'rød') out.push({ kind: 'red-supervision', text: 'Socialtilsynet har givet tilbuddet rød status (sanktioner eller varsel om sanktioner).' });
  return out;
}
