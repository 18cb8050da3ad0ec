import type { ExtractedContract, ValueLocation } from '../domain/contract/extracted-contract';
import type { ContractFillInput } from '../domain/contract/fill-input';
import type { Finding } from '../domain/contract/finding';

/**
 * The DocumentPort speaks of contracts, not of content controls: read the template's fields
 * and clauses, write values, point at a field, comment on findings. The OOXML adapter (.docx
 * bytes: CLI, server, browser fallback) and the Office.js adapter (Word) implement it and pass
 * the same contract test suite.
 */
export interface DocumentPort {
  /** Reads the open document: recognised template and extracted values, or a file-level failure. */
  read(): Promise<DocumentReadResult>;
  /** Writes values into the template's fields and checkboxes in one batch; never touches fixed text. */
  writeValues(input: ContractFillInput): Promise<void>;
  /** Selects (Word) or reports the place of a field or clause id ('services[0].endDate', 'clauses.payment'). */
  selectField(fieldId: string): Promise<ValueLocation | null>;
  /** Puts each finding as a comment on its place, once (one already in the document is skipped); returns how many were added. */
  addComments(findings: Finding[]): Promise<number>;
  /** Replaces an altered clause with the template's standard text. */
  restoreClause(clauseId: string): Promise<void>;
}

export type DocumentReadResult =
  | { kind: 'contract'; contract: ExtractedContract }
  | { kind: 'unknown-template'; reason: string }
  | { kind: 'unreadable'; reason: string };
