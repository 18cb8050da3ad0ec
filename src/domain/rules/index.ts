/** The contract rule engine and what the faces need beside it (see contract-checks.md). */
export { checkContract, worstCategory, type CheckContext, type CheckResult } from './engine';
export { RULE_CATEGORIES, isRuleId, type RuleId } from './catalogue';
export { DEFAULT_RULE_CONFIG, resolveRuleConfig, type RuleConfig } from './config';
export { diffWords, joinWords, sameWords, words, type DiffOp } from './word-diff';
export { describeChanges } from './standard-text';
