/**
 * Contracts checked together with their orders (bestillinger), wherever the documents were read:
 * kl-check in Node and the Revision page's Web Worker both hand their checked files here with the
 * values read, so pairing and consistency findings are the same everywhere. The values (which hold
 * the CPR number used to pair) stay with the caller; only findings and the order's file name come out.
 */
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import type { Category, FileCategory, Finding } from '../domain/contract/finding';
import { isOrderTemplate } from '../domain/order/order-templates';
import { checkConsistency, pairOrders } from '../domain/order/consistency';
import { worstCategory } from '../domain/rules/catalogue';

export interface PairableResult {
  file: string;
  template: { id: string; version: string } | null;
  category: Category | FileCategory;
  findings: Finding[];
  order?: string | null;
}

export interface CheckedWithValues<T extends PairableResult> { result: T; values: ExtractedContract | null }

const isContract = (r: PairableResult): boolean => r.template !== null && !isOrderTemplate(r.template);
const isOrder = (r: PairableResult): boolean => r.template !== null && isOrderTemplate(r.template);

/**
 * Consistency mode is on when `force` (orders were given explicitly) or when the files hold both
 * contracts and orders; otherwise the results come back unchanged. Each readable contract gets the
 * consistency findings against its paired order (order.missing when none) and names that order.
 */
export function withOrders<T extends PairableResult>(entries: readonly CheckedWithValues<T>[], force: boolean): T[] {
  const contracts = entries.filter((e) => isContract(e.result));
  const orders = entries.filter((e) => isOrder(e.result));
  if (!force && (contracts.length === 0 || orders.length === 0)) return entries.map((e) => e.result);

  const readableOrders = orders.filter((o): o is { result: T; values: ExtractedContract } => o.values !== null);
  const readableContracts = contracts.filter((c): c is { result: T; values: ExtractedContract } => c.values !== null);
  const pairing = pairOrders(readableContracts.map((c) => c.values), readableOrders.map((o) => o.values));

  const updated = new Map<T, T>();
  readableContracts.forEach(({ result, values }, i) => {
    const orderIndex = pairing[i];
    const order = orderIndex === null || orderIndex === undefined ? null : (readableOrders[orderIndex] ?? null);
    const findings = [...result.findings, ...checkConsistency(values, order?.values ?? null).findings];
    updated.set(result, { ...result, findings, category: worstCategory(findings), order: order?.result.file ?? null });
  });
  return entries.map((e) => updated.get(e.result) ?? e.result);
}
