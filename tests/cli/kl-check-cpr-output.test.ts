import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { containsCprNumber } from '../../src/domain/privacy/cpr';
import { maskResultsForOutput } from '../../src/cli/report';
import { repoRoot, runCli } from './run';

const contract = path.join(repoRoot, 'tests', 'fixtures', 'contracts', 'fejl-gdpr-ikke-valgt.docx');

describe('kl-check output never carries a CPR number unless --show-cpr', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'kl-check-cpr-')); });
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  test('a file named after the citizen, in a Word-autocorrected spelling, is masked in table, --json and --csv', () => {
    const file = path.join(dir, 'Aftale 12.03.85 – 1234.docx');
    copyFileSync(contract, file);
    for (const args of [[], ['--json', '--fields'], ['--csv']]) {
      const r = runCli('kl-check', [...args, file]);
      expect(r.stdout).toContain('120385-xxxx');
      // The P-number in its own field is ten digits by nature and stays (see the guard's exemption).
      expect(containsCprNumber(r.stdout.replace(/"provider\.pNumber": "\d{10}"/, ''))).toBe(false);
    }
    const shown = runCli('kl-check', ['--json', '--show-cpr', file]);
    expect(shown.stdout).toContain('12.03.85 – 1234');
  });

  test('masking covers file, order and finding messages', () => {
    const masked = maskResultsForOutput([{
      file: '１２０３８５１２３４.docx', order: 'bestilling 120385\t1234.docx', template: null, category: 'ikke-laesbar',
      findings: [{ rule: 'file.unreadable', category: 'ikke-laesbar', field: null, message: 'Fil 120385−1234 kunne ikke læses.' }],
    }]);
    expect(containsCprNumber(JSON.stringify(masked))).toBe(false);
    expect(masked[0]?.file).toBe('120385-xxxx.docx');
  });
});
