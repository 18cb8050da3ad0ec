import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { restoreCell } from '../../src/export/danish-csv';
import { repoRoot, runCli } from './run';

const contracts = path.join(repoRoot, 'tests', 'fixtures', 'contracts');
const expected = JSON.parse(readFileSync(path.join(contracts, 'expected.json'), 'utf8')) as Record<string, { category: string; findings: Array<[string, string]> }>;

interface JsonOut {
  files: Array<{ file: string; template: { id: string; version: string } | null; category: string; findings: Array<{ rule: string; category: string | null; field: string | null; message: string }>; fields?: Record<string, string | null> }>;
  summary: { files: number; byCategory: Record<string, number>; byRule: Record<string, number> };
}

describe('kl-check', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'kl-check-'));
    // A batch: the fixtures, nested, plus broken files with upper-case extensions.
    mkdirSync(path.join(tmp, 'kontrakter', 'under'), { recursive: true });
    cpSync(contracts, path.join(tmp, 'kontrakter', 'under'), { recursive: true });
    writeFileSync(path.join(tmp, 'kontrakter', 'tom.DOCX'), '');
    writeFileSync(path.join(tmp, 'kontrakter', 'gammel.Doc.dotm'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    writeFileSync(path.join(tmp, 'kontrakter', 'noter.txt'), 'ikke et Word-dokument');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('--json: one document with files and summary; a bad file does not stop the batch; exit 1', () => {
    const r = runCli('kl-check', ['--json', path.join(tmp, 'kontrakter')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(Object.keys(out).sort()).toEqual(['files', 'summary']);
    expect(out.files).toHaveLength(12);
    for (const f of out.files) {
      expect(Object.keys(f).sort()).toEqual(['category', 'file', 'findings', 'template']);
      const name = path.basename(f.file);
      if (expected[name]) {
        expect({ name, category: f.category, template: f.template }).toEqual({ name, category: expected[name].category, template: { id: 'kl-voksen', version: '2.1' } });
        expect(f.findings.map((x) => [x.rule, x.field]).sort()).toEqual([...expected[name].findings].sort());
      } else {
        expect({ name, category: f.category, template: f.template }).toEqual({ name, category: 'ikke-laesbar', template: null });
        expect(f.findings[0]).toMatchObject({ rule: 'file.unreadable', category: 'ikke-laesbar', field: null });
      }
    }
    expect(out.summary.files).toBe(12);
    expect(out.summary.byCategory).toEqual({ 'korrekt': 2, 'uhensigtsmaessige-valg': 2, 'fejl-uden-meromkostning': 3, 'fejl-med-oekonomisk-risiko': 3, 'ikke-laesbar': 2 });
    expect(out.summary.byRule['payment.prepayment']).toBe(2);
    expect(out.summary.byRule['file.unreadable']).toBe(2);
  });

  it('exit 0 when every file is korrekt; --fields masks the CPR number unless --show-cpr', () => {
    const file = path.join(contracts, 'korrekt-01.docx');
    const masked = runCli('kl-check', ['--json', '--fields', file]);
    expect(masked.code).toBe(0);
    const out = JSON.parse(masked.stdout) as JsonOut;
    expect(out.files[0]?.fields?.['citizen.cpr']).toBe('120385-xxxx');
    expect(out.files[0]?.fields?.['buyer.municipality']).toBe('Næstved Kommune');
    expect(masked.stdout).not.toContain('120385-1234');
    const shown = runCli('kl-check', ['--json', '--fields', '--show-cpr', file]);
    expect((JSON.parse(shown.stdout) as JsonOut).files[0]?.fields?.['citizen.cpr']).toBe('120385-1234');
  });

  it('--csv: one row per finding, as Danish Excel opens it (BOM, ;, CRLF), formula-guarded cells that round-trip', () => {
    const r = runCli('kl-check', ['--csv', contracts]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const parsed = Papa.parse<string[]>(r.stdout.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['fil', 'skabelon', 'dokumentkategori', 'regel', 'kategori', 'felt', 'besked']);
    const total = Object.values(expected).reduce((n, e) => n + e.findings.length, 0);
    expect(rows).toHaveLength(total);
    expect(rows.some((row) => row[3] === 'signature.missing' && row[5] === 'signatures.provider' && row[4] === 'fejl-med-oekonomisk-risiko')).toBe(true);
    // Every row keeps its 7 cells, whatever ; or quotes the messages hold.
    expect(rows.every((row) => row.length === 7)).toBe(true);
  });

  it('--csv: a file name that a spreadsheet would run as a formula is guarded, and restoreCell gives it back', () => {
    const dir = path.join(tmp, 'formler');
    mkdirSync(dir);
    const names = ['=HYPERLINK("http-x";"klik").docx', '+45 12 34 56 78.docx', '-2+3.docx', '@SUM(A1).docx'];
    for (const n of names) cpSync(path.join(contracts, 'valg-forudbetaling.docx'), path.join(dir, n));
    // Relative paths (the bin run from the folder, as a user would), so the file cell starts with the name itself.
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'kl-check.cjs'), '--csv', '--', ...names], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const rows = Papa.parse<string[]>(r.stdout.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data.slice(1);
    const files = [...new Set(rows.map((row) => row[0] as string))];
    expect(files).toEqual(names.map((n) => `'${n}`));
    expect(files.map(restoreCell)).toEqual(names);
  });

  it('the readable table has the audit summary and the per-municipality counts; CPR never shown', () => {
    const r = runCli('kl-check', [contracts]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Opsummering: 10 dokumenter gennemgået');
    expect(r.stdout).toMatch(/Fejl med økonomisk risiko\s+3/);
    expect(r.stdout).toContain('Hyppigste fund:');
    expect(r.stdout).toMatch(/Pr\. kommune:\n\s+Næstved Kommune/);
    expect(r.stdout).not.toMatch(/\d{6}-\d{4}/);
    expect(r.stderr).toBe('');
  });

  it('wrong usage exits 2 with Danish help; --help exits 0', () => {
    expect(runCli('kl-check', []).code).toBe(2);
    const unknown = runCli('kl-check', ['--nope', contracts]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Brug: kl-check');
    const missing = runCli('kl-check', [path.join(tmp, 'findes-ikke')]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('Stien findes ikke') });
    expect(runCli('kl-check', ['--json', '--csv', contracts]).code).toBe(2);
    const help = runCli('kl-check', ['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Afslutningskode') });
  });

  it('the installed bin runs the same command', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'kl-check.cjs'), '--json', path.join(contracts, 'valg-forudbetaling.docx')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as JsonOut).files[0]?.category).toBe('uhensigtsmaessige-valg');
  });
});
