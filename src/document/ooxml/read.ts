/**
 * Reads a document into a contract for its registered template, or a file-level result
 * (unreadable / unknown template) with a Danish reason. Never throws for bad input: hostile and
 * broken files are a result, not a crash.
 */
import type { ExtractedContract } from '../../domain/contract/extracted-contract';
import type { RegisteredTemplate, TemplateRegistry } from '../templates/registry';
import { DocumentUnreadable } from './errors';
import { extractContract, type Extraction } from './extract';
import { loadDocument, loadFlatOpc, type LoadedDocument } from './load';
import type { ZipLimits } from './zip-reader';

export type OoxmlReadResult =
  | { kind: 'contract'; contract: ExtractedContract; template: RegisteredTemplate; doc: LoadedDocument; extraction: Extraction }
  | { kind: 'unknown-template'; reason: string; doc: LoadedDocument }
  | { kind: 'unreadable'; reason: string };

export function unreadableReason(e: unknown): string {
  if (e instanceof DocumentUnreadable) return e.message;
  if (e instanceof RangeError) return 'Dokumentet er for komplekst eller beskadiget til at blive læst.';
  return 'Dokumentet er beskadiget og kunne ikke læses.';
}

export function readLoaded(doc: LoadedDocument, registry: TemplateRegistry): OoxmlReadResult {
  const rec = registry.recognise(doc);
  if (!rec.ok) return { kind: 'unknown-template', reason: rec.reason, doc };
  const extraction = extractContract(doc.model, rec.template.definition);
  return { kind: 'contract', contract: extraction.contract, template: rec.template, doc, extraction };
}

export function readDocx(bytes: Uint8Array, registry: TemplateRegistry, limits?: ZipLimits): OoxmlReadResult {
  try {
    return readLoaded(loadDocument(bytes, limits), registry);
  } catch (e) {
    return { kind: 'unreadable', reason: unreadableReason(e) };
  }
}

export function readFlatOpc(xml: string, registry: TemplateRegistry): OoxmlReadResult {
  try {
    return readLoaded(loadFlatOpc(xml), registry);
  } catch (e) {
    return { kind: 'unreadable', reason: unreadableReason(e) };
  }
}
