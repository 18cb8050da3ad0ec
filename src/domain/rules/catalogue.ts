import { CATEGORIES, type Category, type Finding, type FindingCategory } from '../contract/finding';

/**
 * Every contract rule and its category, as in contract-checks.md "Rules and categories" (public ids).
 * null marks a recommendation: it is reported but never changes a document's category.
 */
export const RULE_CATEGORIES = {
  'payment.prepayment': 'uhensigtsmaessige-valg',
  'payment.short-deadline': 'uhensigtsmaessige-valg',
  'termination.extended-payment': 'uhensigtsmaessige-valg',
  'payment.deadline-over-limit': 'fejl-uden-meromkostning',
  'gdpr.undecided': 'fejl-uden-meromkostning',
  'operating-form.undecided': 'fejl-uden-meromkostning',
  'choice.undecided': 'fejl-uden-meromkostning',
  'choice.ambiguous': 'fejl-uden-meromkostning',
  'follow-up.missing': 'fejl-uden-meromkostning',
  'field.missing': 'fejl-uden-meromkostning',
  'cpr.invalid': 'fejl-uden-meromkostning',
  'cvr.invalid': 'fejl-uden-meromkostning',
  'pnumber.invalid': 'fejl-uden-meromkostning',
  'ean.invalid': 'fejl-uden-meromkostning',
  'postcode.invalid': 'fejl-uden-meromkostning',
  'phone.invalid': 'fejl-uden-meromkostning',
  'email.invalid': 'fejl-uden-meromkostning',
  'uuid.invalid': 'fejl-uden-meromkostning',
  'date.invalid': 'fejl-uden-meromkostning',
  'number.invalid': 'fejl-uden-meromkostning',
  'dates.end-before-start': 'fejl-uden-meromkostning',
  'dates.follow-up-before-start': 'fejl-uden-meromkostning',
  'signature.missing': 'fejl-med-oekonomisk-risiko',
  'standard-text.altered': 'fejl-med-oekonomisk-risiko',
  'price.missing': 'fejl-med-oekonomisk-risiko',
  'contract.open-ended': null,
  'revisions.pending': null,
} as const satisfies Record<string, FindingCategory>;

export type RuleId = keyof typeof RULE_CATEGORIES;

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULE_CATEGORIES, id);

/** A finding of a contract rule; its category comes from the catalogue, never from the rule's code. */
export const finding = (rule: RuleId, field: string | null, message: string): Finding => ({
  rule,
  category: RULE_CATEGORIES[rule],
  field,
  message,
});

const rank = (category: FindingCategory): number => CATEGORIES.indexOf(category as Category);

/**
 * The document's category: its worst finding's, 'korrekt' when none. Recommendations (null) and
 * file-level categories never count here.
 */
export const worstCategory = (findings: readonly Finding[]): Category => {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, rank(f.category));
  return CATEGORIES[worst] ?? 'korrekt';
};
