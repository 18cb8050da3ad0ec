/**
 * kl-fill's engine: fills a registered template (.docx bytes) from a ContractFillInput and returns
 * the new .docx. Works in Node and the browser.
 */
import type { ContractFillInput } from '../../domain/contract/fill-input';
import type { TemplateRegistry } from '../templates/registry';
import { DocumentUnreadable, UnknownTemplate } from './errors';
import { fillMainPart } from './fill';
import { loadDocument } from './load';

export function fillDocx(templateBytes: Uint8Array, input: ContractFillInput, registry: TemplateRegistry): Uint8Array {
  const doc = loadDocument(templateBytes);
  const rec = registry.recognise(doc);
  if (!rec.ok) throw new UnknownTemplate(rec.reason);
  const xml = fillMainPart(doc, rec.template.definition, input);
  doc.pkg.setText(doc.mainPart, xml);
  const out = doc.pkg.toZip();
  if (out.length === 0) throw new DocumentUnreadable('Det udfyldte dokument kunne ikke skrives.');
  return out;
}
