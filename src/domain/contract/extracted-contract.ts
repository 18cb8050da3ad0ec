/**
 * The plain model of one contract as read from a document, independent of Word or .docx.
 * Document adapters produce it; the rule engine judges it. Values are raw strings here:
 * parsing into branded types happens in the rules (./parsers), so that a wrong value
 * becomes a finding rather than an exception.
 */

/** Where a value was found, so faces can point at it (the OOXML adapter gives paragraph indexes, Word gives ranges). */
export interface ValueLocation {
  /** Index of the paragraph in the main document body, counting every w:p in document order. */
  paragraph: number;
  /** Content control id (w:id) or tag, when the value sits in a content control. */
  controlId?: string;
  controlTag?: string;
}

export interface ExtractedValue {
  /** Text as shown with tracked changes accepted; null when empty or showing placeholder text. */
  text: string | null;
  /** ISO date (yyyy-mm-dd) from a date control's w:fullDate, when present. */
  isoDate?: string;
  /** True when the value holds a picture (a scanned signature). */
  hasPicture?: boolean;
  /** How it was found: 1 tag, 2 title/alias or synonym, 3 control after label, 4 bare text after label. */
  strategy?: 1 | 2 | 3 | 4;
  location?: ValueLocation;
}

export interface ExtractedChoice {
  /** Option ids that are checked. */
  checked: string[];
  /** False when the group was not found in the document at all. */
  found: boolean;
  location?: ValueLocation;
}

export interface ExtractedClause {
  /** The clause text as it reads with tracked changes accepted; null when the section is missing. */
  text: string | null;
  location?: ValueLocation;
}

export interface ExtractedContract {
  template: { id: string; version: string };
  /**
   * Scalar values keyed by field id: 'citizen.cpr', 'services[0].unitPrice',
   * 'signatures.buyer.date', 'signatures.buyer.name', 'signatures.buyer.signature'.
   * A field that is absent from the map was not found (treated as empty).
   */
  values: Record<string, ExtractedValue>;
  /** Number of service blocks (Indsats 1, 2, …); at least 1 for a template document. */
  serviceCount: number;
  /**
   * Number of instances of each repeat block by block id ('goals', 'orderedServices'), for templates
   * with repeat blocks other than 'services'. Optional: readers that omit it are understood from
   * the highest index among the keys of `values` and `choices`.
   */
  repeatCounts?: Record<string, number>;
  /** Checkbox groups keyed by group id ('payment.timing'). */
  choices: Record<string, ExtractedChoice>;
  /** Clause texts keyed by clause id without prefix ('priceRegulation'). */
  clauses: Record<string, ExtractedClause>;
  /** True when the document holds tracked changes (w:ins / w:del / moves / formatting changes). */
  hasPendingRevisions: boolean;
}
