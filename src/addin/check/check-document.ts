/**
 * Checks what a port read, with the same rule engine and registered standard texts as the CLI
 * (src/document/ooxml/check.ts), and shapes the result like kl-check's per-file entry.
 */
import type { ExtractedContract } from '../../domain/contract/extracted-contract';
import type { Category, FileCategory, Finding } from '../../domain/contract/finding';
import { checkContract } from '../../domain/rules/engine';
import { checkOrder, isOrderTemplate } from '../../domain/order/check-order';
import type { DocumentReadResult } from '../../document/port';
import type { RegisteredTemplate, TemplateRegistry } from '../../document/templates/registry';

export interface CheckOutcome {
  template: { id: string; version: string } | null;
  category: Category | FileCategory;
  findings: Finding[];
  contract?: ExtractedContract;
  registered?: RegisteredTemplate;
}

export function checkRead(read: DocumentReadResult, registry: TemplateRegistry): CheckOutcome {
  if (read.kind === 'unreadable') {
    return { template: null, category: 'ikke-laesbar', findings: [{ rule: 'file.unreadable', category: 'ikke-laesbar', field: null, message: read.reason }] };
  }
  if (read.kind === 'unknown-template') {
    return { template: null, category: 'ukendt-skabelon', findings: [{ rule: 'template.unknown', category: 'ukendt-skabelon', field: null, message: read.reason }] };
  }
  const registered = registry.find(read.contract.template.id, read.contract.template.version);
  if (!registered) {
    const message = `Skabelonen ${read.contract.template.id} ${read.contract.template.version} er ikke registreret.`;
    return { template: null, category: 'ukendt-skabelon', findings: [{ rule: 'template.unknown', category: 'ukendt-skabelon', field: null, message }] };
  }
  // Orders (bestilling) have their own rules (src/domain/order), as in src/document/ooxml/check.ts.
  const result = isOrderTemplate(registered.definition)
    ? checkOrder(read.contract, { template: registered.definition })
    : checkContract(read.contract, { template: registered.definition, standardTexts: registered.standardTexts });
  return { template: { ...read.contract.template }, category: result.category, findings: result.findings, contract: read.contract, registered };
}
