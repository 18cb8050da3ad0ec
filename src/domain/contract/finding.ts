/** Categories from the audit of 55 contracts, best to worst. Public ids: see contract-checks.md. */
export const CATEGORIES = [
  'korrekt',
  'uhensigtsmaessige-valg',
  'fejl-uden-meromkostning',
  'fejl-med-oekonomisk-risiko',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** File-level results for documents that are not a checkable contract. */
export type FileCategory = 'ikke-laesbar' | 'ukendt-skabelon';

/** A finding's category; null for recommendations, which never change a document's category. */
export type FindingCategory = Exclude<Category, 'korrekt'> | FileCategory | null;

export interface Finding {
  /** Rule id, e.g. 'payment.prepayment'. */
  rule: string;
  category: FindingCategory;
  /** Field id, e.g. 'services[0].firstFollowUpDate'; null when the finding concerns the whole document. */
  field: string | null;
  /** Danish, says what is wrong and what to do; never contains a CPR number. */
  message: string;
}

/**
 * The text of the Word comment a finding becomes, the same from the task pane and from kl-fill: the message,
 * then the rule id for whoever looks it up in contract-checks.md. Also how a second "Tilføj kommentarer"
 * recognises the comments it already wrote.
 */
export const findingCommentText = (f: Pick<Finding, 'message' | 'rule'>): string => `${f.message} (${f.rule})`;
