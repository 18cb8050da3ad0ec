/** Shared helpers for the document tests: paths, the registry, valid fill values and XML edits. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ContractFillInput } from '../../src/domain/contract/fill-input';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const sharedDir = process.env.KL_SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared');
export const contractsDir = path.join(repoRoot, 'tests', 'fixtures', 'contracts');
export const templatePath = path.join(repoRoot, 'assets', 'templates', 'kl-voksen-2.1.docx');

export const registry = () => loadTemplateRegistry();
export const readBytes = (p: string): Uint8Array => new Uint8Array(readFileSync(p));
export const templateBytes = (): Uint8Array => readBytes(templatePath);

export type Expected = Record<string, { category: string; findings: Array<[string, string | null]> }>;
export const expected = (): Expected => JSON.parse(readFileSync(path.join(contractsDir, 'expected.json'), 'utf8')) as Expected;

/** [rule, field] pairs as a sorted list of strings, for set comparison. */
export const pairs = (list: Array<{ rule: string; field: string | null } | [string, string | null]>): string[] =>
  list.map((f) => (Array.isArray(f) ? `${f[0]} @ ${f[1]}` : `${f.rule} @ ${f.field}`)).sort();

/** A complete, valid contract: filling the blank template with it must give 'korrekt'. */
export const validInput = (): ContractFillInput => ({
  fields: {
    'citizen.name': 'Mette Sørensen',
    'citizen.cpr': '120385-1234',
    'buyer.municipality': 'Næstved Kommune',
    'buyer.department': 'Center for Social og Sundhed',
    'buyer.address': 'Rådmandshaven 20',
    'buyer.postcode': '4700',
    'buyer.city': 'Næstved',
    'buyer.ean': '5798000000001',
    'buyer.phone': '55445544',
    'buyer.secureEmail': 'myndighed@naestved.dk',
    'provider.name': 'Bostedet Skovbrynet',
    'provider.address': 'Skovbrynet 12',
    'provider.postcode': '4180',
    'provider.city': 'Sorø',
    'provider.secureEmail': 'kontakt@skovbrynet.dk',
    'provider.phone': '57 83 12 34',
    'provider.cvr': '13748136',
    'payment.deadlineDays': '30',
    'signatures.buyer.date': '20-02-2026',
    'signatures.buyer.name': 'Lone Hansen',
    'signatures.buyer.signature': 'Lone Hansen',
    'signatures.provider.date': '2026-02-21',
    'signatures.provider.name': 'Peter Holm',
    'signatures.provider.signature': 'Peter Holm',
  },
  choices: {
    'provider.operatingForm': 'private',
    'payment.timing': 'arrears',
    'termination.paymentPeriod': 'standard',
    'dataProtection.role': 'processor',
  },
  services: [
    {
      serviceAndSection: 'Længerevarende botilbud, SEL § 108',
      quantity: '365 døgn pr. år',
      unitPrice: '2.450,00 kr. pr. døgn',
      startDate: '01-03-2026',
      endDate: '28-02-2027',
      firstFollowUpDate: '01-06-2026',
    },
  ],
});

/** Rewrites one part of a .docx (default: the main document part) in a test. */
export function editPart(docx: Uint8Array, edit: (xml: string) => string, part = 'word/document.xml'): Uint8Array {
  const files = unzipSync(docx);
  const data = files[part];
  if (!data) throw new Error(`no part ${part}`);
  files[part] = strToU8(edit(strFromU8(data)));
  return zipSync(files);
}

export function partText(docx: Uint8Array, part = 'word/document.xml'): string {
  const data = unzipSync(docx)[part];
  if (!data) throw new Error(`no part ${part}`);
  return strFromU8(data);
}
