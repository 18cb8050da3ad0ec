/**
 * Which offer on the provider list a contract is about: the one picked in the fill form, else the
 * one whose CVR (and P-number, when the document has one) the document names. Pure, so the pane's
 * choice is tested without Word or a server.
 */
import type { OfferSummary } from '../../ui/api/types';

export interface ContractIdentifiers { cvr: string | null; pNumber: string | null }

const digits = (t: string | null | undefined): string | null => {
  const d = (t ?? '').replace(/\D/g, '');
  return d.length > 0 ? d : null;
};

export function identifiersOf(values: Record<string, { text?: string | null } | undefined> | undefined): ContractIdentifiers {
  const cvr = digits(values?.['provider.cvr']?.text);
  const pNumber = digits(values?.['provider.pNumber']?.text);
  return { cvr: cvr?.length === 8 ? cvr : null, pNumber: pNumber?.length === 10 ? pNumber : null };
}

/**
 * The one offer matching the document, or null when none or several do: a P-number names the
 * place (an offer); a CVR alone names the provider, which can run several offers.
 */
export function matchOffer(ids: ContractIdentifiers, offers: Pick<OfferSummary, 'id' | 'name' | 'cvr' | 'pNumber'>[]): { id: string; name: string } | null {
  if (!ids.cvr && !ids.pNumber) return null;
  const byP = ids.pNumber ? offers.filter((o) => o.pNumber === ids.pNumber && (!ids.cvr || o.cvr === ids.cvr)) : [];
  if (byP.length === 1) return { id: byP[0]!.id, name: byP[0]!.name };
  if (ids.pNumber && byP.length === 0 && !ids.cvr) return null;
  const byCvr = ids.cvr ? offers.filter((o) => o.cvr === ids.cvr) : [];
  return byCvr.length === 1 ? { id: byCvr[0]!.id, name: byCvr[0]!.name } : null;
}
