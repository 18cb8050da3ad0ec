/**
 * A template definition is data, not code: the checker and the filler read a template's
 * sections, fields, checkbox groups and clauses from it. A new template version is a new
 * definition plus its registered .docx (the standard clause texts are read from that document).
 */

/** Kinds of values a field holds; each kind has a parser in ./parsers. */
export type FieldKind =
  | 'text'
  | 'cpr'
  | 'cvr'
  | 'pNumber'
  | 'ean'
  | 'postcode'
  | 'phone'
  | 'email'
  | 'uuid'
  | 'date'
  | 'days'
  | 'amount'
  | 'signature';

export interface SectionDefinition {
  /** Stable id, e.g. 'citizen', 'buyer'. */
  id: string;
  /** Section number in the template, e.g. 1 for "1. Borger". */
  number: number;
  /** Heading text without its number, e.g. "Borger". */
  title: string;
  /** Other headings that name the same section. */
  titleSynonyms: string[];
}

export interface FieldDefinition {
  /**
   * Field id as in contract-checks.md. Fields of a repeating block (services) are declared once
   * with `repeat: '<block id>'` and id `<block id>[].<key>`; instance i has id `<block id>[i].<key>`.
   */
  id: string;
  section: string;
  /** Label as printed in the template (with its trailing colon). */
  label: string;
  /** Other labels real documents use for the same field (compared normalised: case, colon, spacing). */
  synonyms: string[];
  kind: FieldKind;
  required: boolean;
  /** Id of the repeating block this field belongs to (see TemplateDefinition.repeatBlocks). */
  repeat?: string;
  /** Required only when another group has a given option chosen. */
  requiredWhen?: { group: string; option: string };
  /** Sub-block inside a section (signatures: 'buyer' under "For køber", 'provider' under "For leverandør"). */
  block?: string;
  /** Danish help text shown by the add-in's form. */
  help?: string;
}

export interface CheckboxOption {
  /** Option id, e.g. 'private'; a content control tagged `<group id>.<option id>` is this option. */
  id: string;
  /** Danish text beside the checkbox in the template. */
  text: string;
  synonyms: string[];
}

export interface CheckboxGroupDefinition {
  /** Group id; for a group inside a repeating block: `<block id>[].<key>` (instance `<block id>[i].<key>`). */
  id: string;
  /** Id of the repeating block this group belongs to, if any. */
  repeat?: string;
  section: string;
  /** Label before the options, if the template prints one ("Driftsform:"). */
  label: string | null;
  synonyms: string[];
  required: boolean;
  /** Required only when another group has a given option chosen (the order's guardianship paragraph under "Ja"). */
  requiredWhen?: { group: string; option: string };
  options: CheckboxOption[];
}

export interface ClauseDefinition {
  /** Clause id without prefix, e.g. 'payment' (field id `clauses.payment`). */
  id: string;
  /** Section holding the clause; its fixed text is the section's prose outside fields and checkboxes. */
  section: string;
}

export interface SignatureBlockDefinition {
  /** 'buyer' | 'provider' — field id `signatures.<party>`. */
  party: 'buyer' | 'provider';
  /** Heading of the block inside the signature section ("For køber"). */
  heading: string;
  headingSynonyms: string[];
}

export interface TemplateRecognition {
  /** Heading that must appear (normalised comparison). */
  heading: string;
  /** Footer line naming the template and its version. */
  footer: string;
}

export interface TemplateDefinition {
  id: string;
  version: string;
  name: string;
  recognition: TemplateRecognition;
  sections: SectionDefinition[];
  fields: FieldDefinition[];
  checkboxGroups: CheckboxGroupDefinition[];
  clauses: ClauseDefinition[];
  signatureBlocks: SignatureBlockDefinition[];
  /**
   * Blocks that repeat inside a section, each headed by a heading and its number
   * ("Indsats 1", "Indsats 2"; "Mål 1" in the order). At least one instance is expected.
   */
  repeatBlocks: RepeatBlockDefinition[];
  /** Limits the template itself states (e.g. "Betalingsfrist … (højst 30)"), read by the rules. */
  limits?: TemplateLimits;
}

export interface TemplateLimits {
  /** The payment deadline the template asks for, in days: shorter is a costly choice, longer breaks Renteloven § 3 b. */
  paymentDeadlineDays?: number;
}

export interface RepeatBlockDefinition {
  /** Block id, also the field-id prefix: 'services' gives 'services[0].unitPrice'. */
  id: string;
  section: string;
  /** Heading that starts an instance, followed by its 1-based number: 'Indsats' → "Indsats 1". */
  heading: string;
  headingSynonyms: string[];
}
