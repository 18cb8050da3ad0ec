import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDocx } from '../../src/document/ooxml/check';
import { registry, validInput } from '../document/helpers';
import { repoRoot, runCli } from './run';

describe('kl-fill', () => {
  let tmp: string;
  beforeAll(() => { tmp = mkdtempSync(path.join(os.tmpdir(), 'kl-fill-')); });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('fills the template from JSON; the result checks as korrekt', () => {
    const values = path.join(tmp, 'values.json');
    const input = validInput();
    // Numbers are accepted where people write them.
    writeFileSync(values, JSON.stringify({ ...input, fields: { ...input.fields, 'payment.deadlineDays': 30 } }));
    const out = path.join(tmp, 'kontrakt.docx');
    const r = runCli('kl-fill', ['--template', path.join(repoRoot, 'assets', 'templates', 'kl-voksen-2.1.docx'), '--values', values, '--out', out]);
    expect(r.code).toBe(0);
    expect(checkDocx(new Uint8Array(readFileSync(out)), registry())).toMatchObject({ category: 'korrekt', findings: [] });
  });

  it('removes a service block from a filled contract ("removeInstances"): the third moves up as service 2', () => {
    const three = validInput();
    three.services = [1, 2, 3].map((n) => ({ ...three.services[0]!, serviceAndSection: `Indsats nummer ${n}, SEL § 108` }));
    const first = path.join(tmp, 'tre.json');
    writeFileSync(first, JSON.stringify(three));
    const filled = path.join(tmp, 'tre.docx');
    expect(runCli('kl-fill', ['--template', path.join(repoRoot, 'assets', 'templates', 'kl-voksen-2.1.docx'), '--values', first, '--out', filled]).code).toBe(0);
    const second = path.join(tmp, 'fjern.json');
    writeFileSync(second, JSON.stringify({ removeInstances: { services: [1] } }));
    const out = path.join(tmp, 'to.docx');
    const r = runCli('kl-fill', ['--template', filled, '--values', second, '--out', out]);
    expect(r.code).toBe(0);
    const c = checkDocx(new Uint8Array(readFileSync(out)), registry()).contract!;
    expect(c.serviceCount).toBe(2);
    expect([c.values['services[0].serviceAndSection']?.text, c.values['services[1].serviceAndSection']?.text])
      .toEqual(['Indsats nummer 1, SEL § 108', 'Indsats nummer 3, SEL § 108']);
  });

  it('batch: one document per item; a bad item is reported and does not stop the others', () => {
    const values = path.join(tmp, 'batch.json');
    const bad = validInput();
    bad.fields['citizen.shoeSize'] = '42';
    writeFileSync(values, JSON.stringify([{ ...validInput(), out: '../../borger-1.docx' }, bad, validInput()]));
    const outDir = path.join(tmp, 'ud');
    const r = runCli('kl-fill', ['--values', values, '--out', outDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/post 2 .*findes ikke i skabelonen/);
    expect(existsSync(path.join(outDir, 'borger-1.docx'))).toBe(true);
    expect(existsSync(path.join(tmp, 'borger-1.docx'))).toBe(false);
    expect(existsSync(path.join(outDir, 'kontrakt-003.docx'))).toBe(true);
    expect(existsSync(path.join(outDir, 'kontrakt-002.docx'))).toBe(false);
  });

  it('invalid JSON and invalid values exit 2 with Danish messages', () => {
    const broken = path.join(tmp, 'broken.json');
    writeFileSync(broken, '{"fields": ');
    const r1 = runCli('kl-fill', ['--values', broken, '--out', path.join(tmp, 'x.docx')]);
    expect(r1).toMatchObject({ code: 2, stderr: expect.stringContaining('kan ikke læses som JSON') });
    const wrong = path.join(tmp, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ fields: ['a'], extra: 1 }));
    const r2 = runCli('kl-fill', ['--values', wrong, '--out', path.join(tmp, 'x.docx')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('værdierne er ugyldige');
    expect(r2.stderr).toContain('fields');
    expect(runCli('kl-fill', ['--values', wrong]).code).toBe(2);
  });
});
