import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContractFillInput } from '../../../src/domain/contract/fill-input';
import { checkContract } from '../../../src/domain/rules/engine';
import type { DocumentReadResult } from '../../../src/document/port';
import { loadTemplateRegistry } from '../../../src/document/templates/node-loader';
import type { TemplateRegistry } from '../../../src/document/templates/registry';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixtureDir = path.join(repoRoot, 'tests', 'fixtures', 'contracts');
export const templatePath = path.join(repoRoot, 'assets', 'templates', 'kl-voksen-2.1.docx');
export const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.docx')).sort();
export const readFixture = (f: string) => new Uint8Array(readFileSync(path.join(fixtureDir, f)));
export const readTemplate = () => new Uint8Array(readFileSync(templatePath));
export const expected = JSON.parse(readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as Record<string, { category: string; findings: Array<[string, string]> }>;

/** Checks a port's read result the way the pane does (same engine and registry as the CLI). */
export function checkRead(read: DocumentReadResult, registry: TemplateRegistry = loadTemplateRegistry()) {
  if (read.kind !== 'contract') return { category: read.kind, findings: [] };
  const t = registry.find(read.contract.template.id, read.contract.template.version)!;
  return checkContract(read.contract, { template: t.definition, standardTexts: t.standardTexts });
}

/** A complete, valid fill input with n services (fictional values; valid check digits). */
export function sampleInput(services = 1): ContractFillInput {
  return {
    fields: {
      'citizen.name': 'Testborger Eksempel',
      'citizen.cpr': '010190-1234',
      'buyer.municipality': 'Eksempel Kommune',
      'buyer.department': 'Social og Sundhed',
      'buyer.address': 'Rådhuspladsen 1',
      'buyer.postcode': '4000',
      'buyer.city': 'Roskilde',
      'buyer.ean': '5798000000001',
      'buyer.phone': '46 31 30 00',
      'buyer.secureEmail': 'social@eksempel.dk',
      'provider.name': 'Bostedet Eksempel',
      'provider.address': 'Skovvej 2',
      'provider.postcode': '4100',
      'provider.city': 'Ringsted',
      'provider.secureEmail': 'post@bostedet.dk',
      'provider.phone': '12345678',
      'provider.cvr': '12345674',
      'payment.deadlineDays': '30',
      'signatures.buyer.date': '01-02-2026',
      'signatures.buyer.name': 'Karen Køber',
      'signatures.buyer.signature': 'Karen Køber',
      'signatures.provider.date': '02-02-2026',
      'signatures.provider.name': 'Lars Leverandør',
      'signatures.provider.signature': 'Lars Leverandør',
    },
    choices: {
      'provider.operatingForm': 'private',
      'payment.timing': 'arrears',
      'termination.paymentPeriod': 'standard',
      'dataProtection.role': 'processor',
    },
    services: Array.from({ length: services }, (_, i) => ({
      serviceAndSection: `Indsats ${i + 1}, SEL § 108`,
      quantity: '1',
      unitPrice: `${2000 + i},00 kr. pr. døgn`,
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      firstFollowUpDate: '2026-06-01',
    })),
  };
}
