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
   * Field id as in contract-checks.md. Service fields use the pattern `services[i].<key>`
   * and are declared once with `repeat: 'service'` and id `services[].<key>`.
   */
  id: string;
  section: string;
  /** Label as printed in the template (with its trailing colon). */
  label: string;
  /** Other labels real documents use for the same field (compared normalised: case, colon, spacing). */
  synonyms: string[];
  kind: FieldKind;
  required: boolean;
  /** Present when the field repeats per service block (Indsats 1, Indsats 2, …). */
  repeat?: 'service';
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
  id: string;
  section: string;
  /** Label before the options, if the template prints one ("Driftsform:"). */
  label: string | null;
  synonyms: string[];
  required: boolean;
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
  /** Heading of a service block inside its section, followed by its number ("Indsats 1"). */
  serviceBlockHeading: string;
}
