/**
 * The audit report model against the development set's expected.json: the same numbers the working
 * group's slides show (documents per category with shares, most frequent findings, per municipality),
 * and the order measures from order findings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../src/domain/contract/finding';
import { ORDER_RULE_CATEGORIES } from '../../../src/domain/order/rules/catalogue';
import { buildAuditReport, municipalityKey, type ReportFile } from '../../../src/domain/report/audit-report';
import { RULE_LABELS, ruleLabel } from '../../../src/domain/report/labels';
import { RULE_CATEGORIES } from '../../../src/domain/rules/catalogue';

const expected = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'contracts', 'expected.json'), 'utf8')) as Record<string, { category: ReportFile['category']; findings: [string, string | null][] }>;
const CONTRACT = { id: 'kl-voksen', version: '2.1' };
const ORDER = { id: 'kl-bestilling', version: '1.0' };
const meta = { generatedAt: '2026-12-01T12:00:00.000Z', toolVersion: 'test' };

const categoryOf = (rule: string) => (RULE_CATEGORIES as Record<string, Finding['category']>)[rule] ?? (ORDER_RULE_CATEGORIES as Record<string, Finding['category']>)[rule] ?? null;
const finding = (rule: string, field: string | null = null): Finding => ({ rule, category: categoryOf(rule), field, message: `besked om ${rule}` });

const devSet: ReportFile[] = Object.entries(expected).map(([file, e]) => ({
  file, template: CONTRACT, category: e.category, findings: e.findings.map(([rule, field]) => finding(rule, field)), municipality: 'Næstved Kommune',
}));

describe('the audit report of the development set', () => {
  const report = buildAuditReport(devSet, meta);
  const count = (c: string) => Object.values(expected).filter((e) => e.category === c).length;

  test('documents per category, every audit category listed, with counts and shares', () => {
    expect(report.documents).toEqual({ total: devSet.length, contracts: devSet.length, orders: 0, other: 0 });
    for (const c of ['korrekt', 'uhensigtsmaessige-valg', 'fejl-uden-meromkostning', 'fejl-med-oekonomisk-risiko'] as const) {
      const row = report.categories.find((x) => x.category === c);
      expect(row).toEqual({ category: c, count: count(c), share: count(c) / devSet.length });
    }
    expect(report.categories.reduce((n, c) => n + c.count, 0)).toBe(devSet.length);
  });

  test('the JSON summary of contract-checks.md comes from the same model', () => {
    const byRule: Record<string, number> = {};
    for (const e of Object.values(expected)) for (const [rule] of e.findings) byRule[rule] = (byRule[rule] ?? 0) + 1;
    expect(report.summary.files).toBe(devSet.length);
    expect(report.summary.byRule).toEqual(byRule);
    expect(Object.values(report.summary.byCategory).reduce((a, b) => a + b, 0)).toBe(devSet.length);
  });

  test('most frequent findings count documents, most first, recommendations apart', () => {
    const first = report.topFindings[0]!;
    const docsWith = (rule: string) => Object.values(expected).filter((e) => e.findings.some(([r]) => r === rule)).length;
    expect(first.documents).toBe(Math.max(...report.topFindings.map((t) => docsWith(t.rule))));
    for (const t of report.topFindings) expect(t.documents).toBe(docsWith(t.rule));
    expect(report.topFindings.every((t) => categoryOf(t.rule) !== null)).toBe(true);
  });

  test('one row per municipality with its categories; no orders means no order section', () => {
    expect(report.municipalities).toBe(1);
    expect(report.perMunicipality).toEqual([{ municipality: 'Næstved Kommune', total: devSet.length, byCategory: report.summary.byCategory }]);
    expect(report.orderMeasures).toBeNull();
    expect(report.templates).toEqual([{ ...CONTRACT, count: devSet.length }]);
  });
});

describe('orders and consistency', () => {
  const files: ReportFile[] = [
    { file: 'a.docx', template: CONTRACT, category: 'korrekt', findings: [], municipality: 'Holbæk Kommune', order: 'a-best.docx' },
    { file: 'b.docx', template: CONTRACT, category: 'fejl-med-oekonomisk-risiko', findings: [finding('order.missing')], municipality: 'holbæk kommune', order: null },
    { file: 'c.docx', template: CONTRACT, category: 'fejl-med-oekonomisk-risiko', findings: [finding('order.extent-mismatch', 'services[0].quantity')], municipality: 'Sorø Kommune', order: 'c-best.docx' },
    { file: 'a-best.docx', template: ORDER, category: 'korrekt', findings: [] },
    { file: 'c-best.docx', template: ORDER, category: 'fejl-med-oekonomisk-risiko', findings: [finding('order.goal-not-smart'), finding('order.extent-unclear'), finding('order.documentation-content-missing')] },
    { file: 'x.docx', template: null, category: 'ikke-laesbar', findings: [finding('file.unreadable')] },
  ];
  const report = buildAuditReport(files, meta);
  const measure = (id: string) => report.orderMeasures?.find((m) => m.id === id);

  test('orders are counted apart from contracts; an unreadable file is neither', () => {
    expect(report.documents).toEqual({ total: 6, contracts: 3, orders: 2, other: 1 });
    expect(report.categories.find((c) => c.category === 'ikke-laesbar')?.count).toBe(1);
    expect(report.orderCategories.map((c) => [c.category, c.count])).toEqual([['korrekt', 1], ['fejl-med-oekonomisk-risiko', 1]]);
  });

  test('the audit\'s order measures, each as count of base', () => {
    expect(measure('contractsWithOrder')).toEqual({ id: 'contractsWithOrder', count: 2, base: 3 });
    expect(measure('smartGoals')).toMatchObject({ count: 1, base: 2 });
    expect(measure('extent')).toMatchObject({ count: 1, base: 2 });
    expect(measure('timeHorizon')).toMatchObject({ count: 2, base: 2 });
    expect(measure('documentationWithoutContent')).toMatchObject({ count: 1, base: 2 });
    expect(measure('guardianshipDecided')).toMatchObject({ count: 2, base: 2 });
  });

  test('contract ↔ order mismatches name both files', () => {
    expect(report.mismatches).toEqual([{ contract: 'c.docx', order: 'c-best.docx', rule: 'order.extent-mismatch', field: 'services[0].quantity', message: 'besked om order.extent-mismatch' }]);
  });

  test('municipality names written differently count as one', () => {
    expect(report.perMunicipality.map((m) => [m.municipality, m.total])).toEqual([['Holbæk Kommune', 2], ['Sorø Kommune', 1]]);
    expect(municipalityKey('  NÆSTVED   kommune ')).toBe('Næstved Kommune');
  });
});

test('a CPR number in a file name or message is never in the report', () => {
  const report = buildAuditReport([
    { file: 'borgere/120385-1234 Mette.docx', template: CONTRACT, category: 'korrekt', findings: [{ rule: 'field.missing', category: 'fejl-uden-meromkostning', field: null, message: 'se 1203851234' }] },
  ], meta);
  expect(JSON.stringify(report)).not.toMatch(/120385-?1234/);
  expect(report.files[0]!.file).toContain('Mette.docx');
});

test('every rule, contract and order, has a short name in the audit\'s words', () => {
  for (const rule of [...Object.keys(RULE_CATEGORIES), ...Object.keys(ORDER_RULE_CATEGORIES), 'file.unreadable', 'template.unknown']) {
    expect(ruleLabel(rule)).not.toBe(rule);
  }
  expect(new Set(Object.values(RULE_LABELS)).size).toBe(Object.keys(RULE_LABELS).length);
  expect(ruleLabel('some.future-rule')).toBe('some.future-rule');
});

test('the version shown in reports is package.json\'s', async () => {
  const { TOOL_VERSION } = await import('../../../src/version');
  expect(TOOL_VERSION).toBe((JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version);
});

test('the browser checks a folder in kl-check\'s order (depth first, names sorted per folder)', async () => {
  const { compareFolderOrder } = await import('../../../src/document/word-extensions');
  const paths = ['m/b.docx', 'm/a/z.docx', 'a.docx', 'm/a.docx', 'b/c.docx'];
  expect([...paths].sort(compareFolderOrder)).toEqual(['a.docx', 'b/c.docx', 'm/a/z.docx', 'm/a.docx', 'm/b.docx']); // folder "a" sorts before "a.docx", as readdir + localeCompare does
});
