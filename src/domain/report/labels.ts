/**
 * The audit's vocabulary, defined once for every face (CLI table, HTML report, the Revision page, the
 * task pane and the tab): the Danish names of the categories and a short name per rule in the words
 * the working group used on its slides ("manglende underskrift", "ændret standardtekst" …).
 * The long, actionable message of a finding stays with the rule; these are headings and chart labels.
 */
import { CATEGORIES, type Category, type FileCategory } from '../contract/finding';
import type { RuleId } from '../rules/catalogue';
import type { OrderRuleId } from '../order/rules/catalogue';

export type DocumentCategory = Category | FileCategory;

/** The audit's four categories, best first: the order of the charts and tables. */
export const AUDIT_CATEGORIES: readonly Category[] = CATEGORIES;

/** Every document result, best first: the audit's four, then the file-level results. */
export const DOCUMENT_CATEGORIES = [...CATEGORIES, 'ikke-laesbar', 'ukendt-skabelon'] as const satisfies readonly DocumentCategory[];

export const CATEGORY_LABELS: Record<DocumentCategory, string> = {
  korrekt: 'Korrekt',
  'uhensigtsmaessige-valg': 'Uhensigtsmæssige valg',
  'fejl-uden-meromkostning': 'Fejl uden meromkostning',
  'fejl-med-oekonomisk-risiko': 'Fejl med økonomisk risiko',
  'ikke-laesbar': 'Ikke læsbar',
  'ukendt-skabelon': 'Ukendt skabelon',
};

export const RECOMMENDATION_LABEL = 'Anbefaling';

type FileRuleId = 'file.unreadable' | 'template.unknown';

/** Short names of every rule, contract and order, in the audit's words. */
export const RULE_LABELS: Record<RuleId | OrderRuleId | FileRuleId, string> = {
  'payment.prepayment': 'Forudbetaling valgt',
  'payment.short-deadline': 'Betalingsfrist under 30 dage',
  'termination.extended-payment': 'Forlænget betaling efter fraflytning',
  'payment.deadline-over-limit': 'Betalingsfrist over 30 dage',
  'gdpr.undecided': 'Intet valg om persondata',
  'operating-form.undecided': 'Driftsform ikke valgt',
  'choice.undecided': 'Afkrydsning mangler',
  'choice.ambiguous': 'Flere afkrydsninger i samme gruppe',
  'follow-up.missing': 'Ingen første opfølgningsdato',
  'field.missing': 'Felt ikke udfyldt',
  'cpr.invalid': 'Ugyldigt cpr-nummer',
  'cvr.invalid': 'Ugyldigt CVR-nummer',
  'pnumber.invalid': 'Ugyldigt P-nummer',
  'ean.invalid': 'Ugyldigt EAN-nummer',
  'postcode.invalid': 'Ugyldigt postnummer',
  'phone.invalid': 'Ugyldigt telefonnummer',
  'email.invalid': 'Ugyldig e-mailadresse',
  'uuid.invalid': 'Ugyldigt afdelings-UUID',
  'date.invalid': 'Dato kan ikke læses',
  'number.invalid': 'Tal kan ikke læses',
  'dates.end-before-start': 'Slutdato før ikrafttræden',
  'dates.follow-up-before-start': 'Opfølgning før ikrafttræden',
  'signature.missing': 'Manglende underskrift',
  'standard-text.altered': 'Ændret standardtekst',
  'price.missing': 'Ingen enhedspris',
  'contract.open-ended': 'Ikke tidsbegrænset',
  'revisions.pending': 'Ændringer ikke accepteret',
  'order.field-missing': 'Bestilling: felt ikke udfyldt',
  'order.choice-undecided': 'Bestilling: afkrydsning mangler',
  'order.choice-ambiguous': 'Bestilling: flere afkrydsninger',
  'order.cpr-invalid': 'Bestilling: ugyldigt cpr-nummer',
  'order.date-invalid': 'Bestilling: dato kan ikke læses',
  'order.value-invalid': 'Bestilling: ugyldig værdi',
  'order.guardianship-undecided': 'Værgemål ikke afklaret',
  'order.goals-missing': 'Ingen indsatsmål',
  'order.goal-not-smart': 'Mål er ikke SMART',
  'order.score-missing': 'Score mangler',
  'order.score-worse': 'Forventet score ringere end nuværende',
  'order.support-kind-missing': 'Støttens art ikke beskrevet',
  'order.extent-missing': 'Omfang ikke angivet',
  'order.extent-unclear': 'Omfang uklart',
  'order.time-horizon-missing': 'Ingen tidshorisont',
  'order.documentation-content-missing': 'Dokumentationskrav uden indhold',
  'order.missing': 'Kontrakt uden bestilling',
  'order.citizen-mismatch': 'Kontrakt og bestilling: forskellig borger',
  'order.start-date-mismatch': 'Kontrakt og bestilling: forskellig startdato',
  'order.service-mismatch': 'Kontrakt og bestilling: forskellige indsatser',
  'order.extent-mismatch': 'Kontrakt og bestilling: omfang passer ikke',
  'file.unreadable': 'Filen kan ikke læses',
  'template.unknown': 'Ikke KL\'s standardkontrakt',
};

/** A rule's short name; an id this version does not know is shown as it is. */
export const ruleLabel = (rule: string): string => (RULE_LABELS as Record<string, string>)[rule] ?? rule;

export const categoryLabel = (c: DocumentCategory | null): string => (c === null ? RECOMMENDATION_LABEL : CATEGORY_LABELS[c]);

/** The audit's measures of orders, as the working group counted them. */
export const ORDER_MEASURE_LABELS = {
  contractsWithOrder: 'Kontrakter med en bestilling',
  smartGoals: 'Bestillinger med SMART-mål',
  timeHorizon: 'Bestillinger med tidshorisont',
  supportKind: 'Bestillinger der beskriver støttens art',
  extent: 'Bestillinger med omfang (timer pr. uge eller intensitet)',
  documentationWithoutContent: 'Bestillinger med dokumentationskrav uden indhold',
  guardianshipDecided: 'Bestillinger hvor værgemål er afklaret',
} as const;

/** One of the audit's four categories (not a file-level result). */
export const isAuditCategory = (c: DocumentCategory): c is Category => (CATEGORIES as readonly string[]).includes(c);
