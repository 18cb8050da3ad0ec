import { readFileSync, readdirSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import type { ContractFillInput } from '../../../src/domain/contract/fill-input';
import { checkContract } from '../../../src/domain/rules/engine';
import { fillDocx } from '../../../src/document/ooxml/fill-docx';
import { loadDocument } from '../../../src/document/ooxml/load';
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

/** Marker text in the table a service block carries (see withServiceTables); numbered per table by numberServiceTables. */
export const PLAN_MARKER = 'Samtaleplan';

/** A small table of fixed text, as a template may put in a service block (a plan of talks); no field labels. */
export const serviceTableXml = (marker = PLAN_MARKER): string => {
  const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>`
    + `<w:tr>${cell('Aktivitet')}${cell('Hyppighed')}</w:tr><w:tr>${cell(marker)}${cell('Hver uge')}</w:tr></w:tbl>`;
};

const editMain = (docx: Uint8Array, edit: (xml: string) => string): Uint8Array => {
  const files = unzipSync(docx);
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml']!)));
  return zipSync(files);
};

/**
 * The document with a table in each service block: `inside` puts it among the block's paragraphs
 * (before the paragraph starting with "Ikrafttrædelsesdato", so a clone of the block carries it);
 * `after` puts it after a block's last paragraph, right before the next block's heading (so only in
 * a document that has blocks 2, 3, …, and not after the last block), where only removal counts it
 * as the block's.
 */
export function withServiceTables(docx: Uint8Array, where: 'inside' | 'after'): Uint8Array {
  return editMain(docx, (xml) => where === 'inside'
    ? xml.replace(/<w:p>(?=(?:(?!<\/w:p>).)*?>Ikrafttrædelsesdato: )/g, `${serviceTableXml()}<w:p>`)
    : xml.replace(/<w:p>(?=(?:(?!<\/w:p>).)*?>Indsats [2-9]\d*<)/g, `${serviceTableXml()}<w:p>`));
}

/** Numbers the service tables' markers in document order ("Samtaleplan 1", "Samtaleplan 2", …), so each table can be told apart. */
export function numberServiceTables(docx: Uint8Array): Uint8Array {
  let n = 0;
  return editMain(docx, (xml) => xml.replace(new RegExp(`>${PLAN_MARKER}<`, 'g'), () => `>${PLAN_MARKER} ${++n}<`));
}

/** The document's tables that hold a service-table marker, each as its cells' texts, in document order; and the number of w:tbl elements. */
export function serviceTables(docx: Uint8Array): { tables: string[][]; tblElements: number; texts: string[] } {
  const doc = loadDocument(docx);
  const byTable = new Map<number, string[]>();
  for (const p of doc.model.paragraphs) if (p.table) byTable.set(p.table.table, [...(byTable.get(p.table.table) ?? []), p.text.trim()]);
  const tables = [...byTable.values()].filter((t) => t.some((x) => x.startsWith(PLAN_MARKER)));
  return { tables, tblElements: (doc.xml.match(/<w:tbl[\s>]/g) ?? []).length, texts: doc.model.paragraphs.map((p) => p.text.trim()) };
}

/** Three services, each block with a numbered table: `inside` the block (all three), or `after` it (blocks 1 and 2). */
export function threeServicesWithTables(where: 'inside' | 'after', registry: TemplateRegistry = loadTemplateRegistry()): Uint8Array {
  return numberServiceTables(where === 'inside'
    ? fillDocx(withServiceTables(readTemplate(), 'inside'), sampleInput(3), registry)
    : withServiceTables(fillDocx(readTemplate(), sampleInput(3), registry), 'after'));
}
