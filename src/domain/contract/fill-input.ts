/**
 * Values to write into a contract template (kl-fill's JSON, the add-in's form).
 * Keys are field ids from the template definition; dates may be ISO or Danish notation,
 * the filler writes them as date controls (w:fullDate) shown as dd-mm-yyyy.
 */
export interface ContractFillInput {
  /** Scalar fields: 'citizen.name', 'buyer.ean', 'payment.deadlineDays', 'signatures.buyer.date', … */
  fields: Record<string, string>;
  /** Checkbox groups: group id → option id, e.g. { 'payment.timing': 'arrears' }. */
  choices: Record<string, string>;
  /** One entry per service block; keys are the service field keys ('serviceAndSection', 'quantity', …). */
  services: Array<Record<string, string>>;
  /**
   * Instances of repeat blocks to take out of the document before the values are written: block id →
   * 0-based instance numbers as the document has them now ({ services: [1] } removes "Indsats 2"; the
   * blocks after it move up and are renumbered). Numbers the document does not have are ignored, and
   * a block keeps at least its first instance (the template's own). The values in `services` and the
   * indexed ids then name the instances as they are after the removal.
   */
  removeInstances?: Record<string, number[]>;
}
