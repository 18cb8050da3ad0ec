/**
 * Which registered templates are orders (bestillinger). Kept apart from check-order.ts, whose rules
 * build many patterns when they load: the report model and kl-check's main thread need only this
 * test, not the order rules.
 */
import { klBestilling10 } from './kl-bestilling-1.0';

/** Ids of the order templates, whose documents checkOrder judges instead of the contract rule engine. */
export const ORDER_TEMPLATE_IDS: ReadonlySet<string> = new Set([klBestilling10.id]);

/** True when a registered template is an order template (dispatch in the document checker). */
export const isOrderTemplate = (template: { id: string }): boolean => ORDER_TEMPLATE_IDS.has(template.id);
