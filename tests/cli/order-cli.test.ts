/**
 * kl-fill and kl-check as processes, for orders: fill the order template by its id (a batch), then
 * check the orders together with a development contract (--orders). Two process runs only; the
 * pairing itself is tested in process in order-consistency.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { orderFillInput } from '../domain/order/order-fixtures';

const repoRoot = path.resolve(__dirname, '..', '..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const run = (cli: string, args: string[]) => spawnSync(tsx, [path.join(repoRoot, 'src', 'cli', cli), ...args], { cwd: repoRoot, encoding: 'utf8' });
const contract = path.join(repoRoot, 'tests', 'fixtures', 'contracts', 'korrekt-01.docx');

interface JsonOut {
  files: Array<{ file: string; template: { id: string } | null; category: string; findings: Array<{ rule: string; field: string | null }>; order?: string | null }>;
  summary: { byRule: Record<string, number> };
}

describe('kl-fill --template kl-bestilling, then kl-check --orders', () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('fills a batch of orders and checks them with the contract they belong to', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kl-order-'));
    const orders = path.join(dir, 'bestillinger');
    mkdirSync(orders);
    const batch = [
      { ...orderFillInput(), out: 'mette.docx' },
      {
        ...orderFillInput({ fields: { 'citizen.name': 'Jens Hansen', 'citizen.cpr': '010190-4321', 'goals[0].description': 'Borgeren skal have det bedre', 'orderedServices[0].extent': 'Efter behov' } }),
        out: 'jens.docx',
      },
    ];
    writeFileSync(path.join(dir, 'batch.json'), JSON.stringify(batch));
    const filled = run('kl-fill.ts', ['--template', 'kl-bestilling', '--values', path.join(dir, 'batch.json'), '--out', orders]);
    expect([filled.status, filled.stderr]).toEqual([0, expect.stringContaining('jens.docx')]);

    const r = run('kl-check.ts', ['--json', '--orders', orders, contract]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    const byName = Object.fromEntries(out.files.map((f) => [path.basename(f.file), f]));
    // The contract is paired with its citizen's order and agrees with it.
    expect(byName['korrekt-01.docx']?.findings).toEqual([]);
    expect(path.basename(byName['korrekt-01.docx']?.order ?? '')).toBe('mette.docx');
    // The orders are recognised and checked too.
    expect(byName['mette.docx']?.template?.id).toBe('kl-bestilling');
    expect(byName['mette.docx']?.category).toBe('korrekt');
    expect(byName['jens.docx']?.findings.map((f) => [f.rule, f.field])).toEqual([
      ['order.goal-not-smart', 'goals[0].description'],
      ['order.extent-unclear', 'orderedServices[0].extent'],
    ]);
    expect(r.stdout).not.toMatch(/010190-4321|120385-1234/);
  });
});
