/**
 * kl-check --report as a process on a folder of contracts and orders: one self-contained Danish HTML
 * file whose numbers are the JSON summary's (same run), with charts, no network and no CPR.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { containsCprNumber } from '../../src/domain/privacy/cpr';
import { makeAuditFolder } from '../report/audit-folder';
import { runCli } from './run';

interface JsonOut { files: { file: string; category: string; findings: { rule: string }[] }[]; summary: { files: number; byCategory: Record<string, number> } }

describe('kl-check --report rapport.html', () => {
  let folder: ReturnType<typeof makeAuditFolder>;
  let html: string;
  let json: JsonOut;
  beforeAll(() => {
    folder = makeAuditFolder();
    const target = path.join(folder.dir, 'rapport.html');
    const r = runCli('kl-check', ['--json', '--report', target, folder.dir]);
    expect(r.code).toBe(1);
    json = JSON.parse(r.stdout) as JsonOut;
    html = readFileSync(target, 'utf8');
  });
  afterAll(() => rmSync(folder.dir, { recursive: true, force: true }));

  test('is one Danish HTML document with its own styles and charts', () => {
    expect(html).toMatch(/^<!doctype html>\s*<html lang="da">/);
    expect(html).toContain('<style>');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('Kontrakter pr. kategori');
    expect(html).toContain('Hyppigste fund');
    expect(html).toContain('Pr. kommune (handelskommune)');
    expect(html).toMatch(/KL Kontrakt \d+\.\d+\.\d+ · skabeloner: kl-bestilling 1\.0 \(2\), kl-voksen 2\.1 \(10\)/);
  });

  test('makes no request when opened: no script, no external reference, a CSP that forbids fetching', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    // The only URL is SVG's namespace name, which is never fetched.
    expect(html.match(/https?:\/\/[^\s"'<>)]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  test('its counts are those of the JSON summary of the same run', () => {
    expect(json.summary.files).toBe(folder.contracts + folder.orders);
    expect(html).toContain(`<div class="n">${json.summary.files}</div><div class="l">dokumenter i alt</div>`);
    expect(html).toContain(`<div class="n">${folder.orders}</div><div class="l">bestillinger</div>`);
    const contracts = json.files.filter((f) => !f.file.includes('bestillinger'));
    const korrekt = contracts.filter((f) => f.category === 'korrekt').length;
    expect(html).toContain(`>${korrekt} (${Math.round((korrekt / contracts.length) * 100)} %)</text>`);
    // Every file is listed with its category.
    for (const f of json.files) expect(html).toContain(path.relative(folder.dir, f.file).split(path.sep).pop()!);
  });

  test('shows the order measures and the contracts without an order', () => {
    const withoutOrder = json.files.filter((f) => f.findings.some((x) => x.rule === 'order.missing')).length;
    expect(html).toContain('Kontrakter med en bestilling');
    expect(html).toContain(`${folder.contracts - withoutOrder} af ${folder.contracts}`);
    expect(html).toContain('Bestillinger med SMART-mål');
    expect(html).toContain('Mål er ikke SMART');
  });

  test('never shows a CPR number', () => {
    expect(containsCprNumber(html)).toBe(false);
    expect(html).not.toMatch(/010190|120385/);
  });

  test('an unwritable target is wrong usage (exit 2), with the reason in Danish', () => {
    const r = runCli('kl-check', ['--report', path.join(folder.dir, 'mangler', 'x.html'), folder.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rapporten kunne ikke skrives');
  });
});
