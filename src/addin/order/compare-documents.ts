/**
 * "Sammenhold med kontrakt": the open document and a file chosen from disk, one a contract and the
 * other its order (either way round), compared with the order domain's consistency check. Only
 * findings leave this module (their messages are CPR-redacted by the domain); the pane shows no
 * value from either document.
 */
import type { ExtractedContract } from '../../domain/contract/extracted-contract';
import { checkConsistency, type OrderCheckResult } from '../../domain/order';
import { isOrderTemplate } from '../../domain/order/check-order';
import type { DocumentReadResult } from '../../document/port';
import type { TemplateRegistry } from '../../document/templates/registry';
import { PaneError } from '../errors';

export interface ComparisonOutcome {
  /** Which of the two the open document is. */
  openIs: 'contract' | 'order';
  result: OrderCheckResult;
}

const recognised = (read: DocumentReadResult, registry: TemplateRegistry, which: string): ExtractedContract => {
  if (read.kind === 'unreadable') throw new PaneError('compare.unreadable', `${which} kan ikke læses: ${read.reason}`);
  if (read.kind === 'unknown-template') throw new PaneError('compare.unknown-template', `${which} er ikke en kendt skabelon: ${read.reason}`);
  const t = read.contract.template;
  if (!registry.find(t.id, t.version)) throw new PaneError('compare.unknown-template', `${which} bruger skabelonen ${t.id} ${t.version}, som ikke er registreret.`);
  return read.contract;
};

export function compareDocuments(open: DocumentReadResult, other: DocumentReadResult, registry: TemplateRegistry): ComparisonOutcome {
  const a = recognised(open, registry, 'Det åbne dokument');
  const b = recognised(other, registry, 'Den valgte fil');
  const aIsOrder = isOrderTemplate(a.template);
  const bIsOrder = isOrderTemplate(b.template);
  if (aIsOrder && bIsOrder) throw new PaneError('compare.two-orders', 'Begge dokumenter er bestillinger. Vælg den kontrakt, bestillingen hører til.');
  if (!aIsOrder && !bIsOrder) throw new PaneError('compare.two-contracts', 'Begge dokumenter er kontrakter. Vælg den bestilling, der hører til kontrakten.');
  return aIsOrder
    ? { openIs: 'order', result: checkConsistency(b, a) }
    : { openIs: 'contract', result: checkConsistency(a, b) };
}

/**
 * Whether a consistency finding's field lies in the open document, so the pane can select it:
 * 'services[…]' is the contract's, 'order.*' and 'orderedServices[…]' the order's, 'citizen.*' both.
 */
export function fieldInOpenDocument(field: string | null, openIs: 'contract' | 'order'): boolean {
  if (!field) return false;
  if (field.startsWith('citizen.')) return true;
  const inOrder = field.startsWith('order.') || field.startsWith('orderedServices[');
  return openIs === 'order' ? inOrder : !inOrder;
}
