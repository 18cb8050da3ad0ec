/** The order (bestilling): its template as data, its rules and the contract ↔ order consistency check. */
export { klBestilling10, FFB_SCORE_OPTIONS } from './kl-bestilling-1.0';
export { checkOrder, isOrder, type OrderCheckContext, type OrderCheckResult } from './check-order';
export { checkConsistency, pairOrders, citizenKey } from './consistency';
export { ORDER_RULE_CATEGORIES, type OrderRuleId } from './rules/catalogue';
export { assessGoal, namesTimeFrame, type SmartAssessment } from './smart';
export { parseExtent, type Extent } from './extent';
