/**
 * A folder as a revision gets it: the development contracts in one subfolder, two orders filled from
 * the order template in another (one for the korrekt contract's citizen, one for a citizen without a
 * contract and with vague goals and extent), and a file that is no Word document (ignored).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillInputSchema } from '../../src/document/ooxml/fill-input-schema';
import { fillDocx } from '../../src/document/ooxml/fill-docx';
import { DEFAULT_TEMPLATE_DIR, loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { orderFillInput } from '../domain/order/order-fixtures';

export const DEV_CONTRACTS = path.join(__dirname, '..', 'fixtures', 'contracts');

export function makeAuditFolder(): { dir: string; contracts: number; orders: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kl-revision-'));
  mkdirSync(path.join(dir, 'kontrakter'));
  mkdirSync(path.join(dir, 'bestillinger'));
  const contracts = readdirSync(DEV_CONTRACTS).filter((f) => f.endsWith('.docx'));
  for (const f of contracts) copyFileSync(path.join(DEV_CONTRACTS, f), path.join(dir, 'kontrakter', f));
  const registry = loadTemplateRegistry();
  const template = new Uint8Array(readFileSync(path.join(DEFAULT_TEMPLATE_DIR, 'kl-bestilling-1.0.docx')));
  const orders = {
    'mette.docx': orderFillInput(),
    'jens.docx': orderFillInput({ fields: { 'citizen.name': 'Jens Hansen', 'citizen.cpr': '010190-4321', 'goals[0].description': 'Borgeren skal have det bedre', 'orderedServices[0].extent': 'Efter behov' } }),
  };
  for (const [name, input] of Object.entries(orders)) {
    writeFileSync(path.join(dir, 'bestillinger', name), fillDocx(template, fillInputSchema.parse(input), registry));
  }
  writeFileSync(path.join(dir, 'noter.txt'), 'ikke et Word-dokument');
  return { dir, contracts: contracts.length, orders: Object.keys(orders).length };
}
