/**
 * Checks one document: read (or file-level result), then the domain's rule engine. The result is
 * the per-file entry of kl-check's JSON (contract-checks.md), plus the extracted contract.
 */
import type { ExtractedContract } from '../../domain/contract/extracted-contract';
import type { Category, FileCategory, Finding } from '../../domain/contract/finding';
import { checkContract } from '../../domain/rules/engine';
import { checkOrder, isOrderTemplate } from '../../domain/order/check-order';
import type { TemplateRegistry } from '../templates/registry';
import { readDocx, readFlatOpc, type OoxmlReadResult } from './read';
import type { ZipLimits } from './zip-reader';

export interface FileCheck {
  template: { id: string; version: string } | null;
  category: Category | FileCategory;
  findings: Finding[];
  /** The values read (absent for file-level results). */
  contract?: ExtractedContract;
}

export function checkReadResult(read: OoxmlReadResult): FileCheck {
  if (read.kind === 'unreadable') {
    return {
      template: null, category: 'ikke-laesbar',
      findings: [{ rule: 'file.unreadable', category: 'ikke-laesbar', field: null, message: read.reason }],
    };
  }
  if (read.kind === 'unknown-template') {
    return {
      template: null, category: 'ukendt-skabelon',
      findings: [{ rule: 'template.unknown', category: 'ukendt-skabelon', field: null, message: read.reason }],
    };
  }
  const { definition, standardTexts } = read.template;
  // Orders (bestilling) have their own rules (src/domain/order); contracts go to the rule engine.
  const result = isOrderTemplate(definition)
    ? checkOrder(read.contract, { template: definition })
    : checkContract(read.contract, { template: definition, standardTexts });
  return {
    template: { id: definition.id, version: definition.version },
    category: result.category,
    findings: result.findings,
    contract: read.contract,
  };
}

export function checkDocx(bytes: Uint8Array, registry: TemplateRegistry, limits?: ZipLimits): FileCheck {
  return checkReadResult(readDocx(bytes, registry, limits));
}

export function checkFlatOpc(xml: string, registry: TemplateRegistry): FileCheck {
  return checkReadResult(readFlatOpc(xml, registry));
}
