/** kl-check's consistency mode (src/cli/order-consistency.ts) in process, on filled order documents. */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkFile } from '../../src/cli/check-files';
import { withOrderConsistency } from '../../src/cli/order-consistency';
import { fillDocx } from '../../src/document/ooxml/fill-docx';
import { loadTemplateRegistry } from '../../src/document/templates/node-loader';
import { orderFillInput } from '../domain/order/order-fixtures';

const repoRoot = path.resolve(__dirname, '..', '..');
const registry = loadTemplateRegistry();
const opts = { fields: false, showCpr: false };
const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'contracts', name);

describe('withOrderConsistency', () => {
  let dir: string;
  let mette: string;
  let jens: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kl-order-mode-'));
    const template = new Uint8Array(readFileSync(path.join(repoRoot, 'assets', 'templates', 'kl-bestilling-1.0.docx')));
    mette = path.join(dir, 'mette.docx');
    jens = path.join(dir, 'jens.docx');
    writeFileSync(mette, fillDocx(template, orderFillInput({ fields: { 'orderedServices[0].extent': '12 timer pr. uge' } }), registry));
    writeFileSync(jens, fillDocx(template, orderFillInput({ fields: { 'citizen.name': 'Jens Hansen', 'citizen.cpr': '010190-4321' } }), registry));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const checked = (...files: string[]) => files.map((f) => checkFile(f, registry, opts));

  it('contracts alone: nothing changes', () => {
    const results = checked(fixture('korrekt-01.docx'));
    expect(withOrderConsistency(results, [], registry, opts)).toBe(results);
  });

  it('--orders: pairs by citizen, adds the pair\'s findings to the contract and lists the orders', () => {
    const out = withOrderConsistency(checked(fixture('korrekt-01.docx')), [jens, mette], registry, opts);
    expect(out.map((r) => [path.basename(r.file), r.category])).toEqual([
      ['korrekt-01.docx', 'fejl-med-oekonomisk-risiko'],
      ['jens.docx', 'korrekt'],
      ['mette.docx', 'korrekt'],
    ]);
    expect(out[0]?.findings.map((f) => [f.rule, f.field])).toEqual([['order.extent-mismatch', 'orderedServices[0].extent']]);
    expect(out[0]?.order).toBe(mette);
  });

  it('a contract whose citizen has no order gets order.missing', () => {
    const out = withOrderConsistency(checked(fixture('korrekt-01.docx')), [jens], registry, opts);
    expect(out[0]?.findings.map((f) => f.rule)).toEqual(['order.missing']);
    expect(out[0]?.order).toBeNull();
  });

  it('a contract and an order given together switch the mode on; an order given twice is listed once', () => {
    const results = checked(fixture('korrekt-01.docx'), mette);
    const out = withOrderConsistency(results, [mette], registry, opts);
    expect(out).toHaveLength(2);
    expect(out[0]?.findings.map((f) => f.rule)).toEqual(['order.extent-mismatch']);
    expect(withOrderConsistency(results, [], registry, opts)[0]?.findings.map((f) => f.rule)).toEqual(['order.extent-mismatch']);
  });

  it('unreadable files and unknown documents take no part', () => {
    const bad = path.join(dir, 'tom.docx');
    writeFileSync(bad, '');
    const out = withOrderConsistency(checked(bad, fixture('korrekt-01.docx')), [mette], registry, opts);
    expect(out[0]?.category).toBe('ikke-laesbar');
    expect(out[0]).not.toHaveProperty('order');
  });
});
