/**
 * The audit report model: what the working group presented about a folder of contracts and orders,
 * computed once from the per-file results and used by every face — kl-check's table and JSON summary,
 * the HTML report, and the Revision page in the browser — so the same folder gives the same numbers
 * everywhere. Pure: the caller passes the date and versions (the domain has no clock).
 */
import type { Finding } from '../contract/finding';
import { isOrderTemplate } from '../order/order-templates';
import { redactCprNumbers } from '../privacy/cpr';
import { DOCUMENT_CATEGORIES, type DocumentCategory } from './labels';

/** One checked file as every face has it (contract-checks.md's per-file JSON, plus what the summary needs). */
export interface ReportFile {
  file: string;
  template: { id: string; version: string } | null;
  category: DocumentCategory;
  findings: readonly Finding[];
  /** The contract's buyer municipality (Handelskommune) as written, when read. */
  municipality?: string | null;
  /** In consistency mode: the order a contract was compared with (null: none found). */
  order?: string | null;
}

export interface CategoryCount { category: DocumentCategory; count: number; share: number }

export interface MunicipalityRow { municipality: string; total: number; byCategory: Partial<Record<DocumentCategory, number>> }

export interface RuleCount { rule: string; count: number; documents: number }

/** The audit's measures of orders: each as "count of base". */
export interface OrderMeasure { id: OrderMeasureId; count: number; base: number }

export type OrderMeasureId =
  | 'contractsWithOrder' | 'smartGoals' | 'timeHorizon' | 'supportKind' | 'extent' | 'documentationWithoutContent' | 'guardianshipDecided';

export interface Mismatch { contract: string; order: string | null; rule: string; field: string | null; message: string }

export interface AuditReport {
  /** The JSON summary of contract-checks.md: {files, byCategory, byRule}. */
  summary: { files: number; byCategory: Record<string, number>; byRule: Record<string, number> };
  documents: { total: number; contracts: number; orders: number; other: number };
  municipalities: number;
  /** Contracts and files that are no order (unreadable, unknown), by category, every category listed. */
  categories: CategoryCount[];
  /** Orders by category (empty when there are none). */
  orderCategories: CategoryCount[];
  /** Most frequent findings with a category (recommendations apart), most frequent first. */
  topFindings: RuleCount[];
  recommendations: RuleCount[];
  perMunicipality: MunicipalityRow[];
  /** null when the folder held no orders and no order was looked for. */
  orderMeasures: OrderMeasure[] | null;
  mismatches: Mismatch[];
  templates: { id: string; version: string; count: number }[];
  files: ReportFile[];
  meta: ReportMeta;
}

export interface ReportMeta { generatedAt: string; toolVersion: string }

const MISMATCH_RULES = new Set(['order.citizen-mismatch', 'order.start-date-mismatch', 'order.service-mismatch', 'order.extent-mismatch']);

const isOrderFile = (f: ReportFile): boolean => f.template !== null && isOrderTemplate(f.template);
const hasRule = (f: ReportFile, ...rules: string[]): boolean => f.findings.some((x) => rules.includes(x.rule));

const collator = new Intl.Collator('da');

function categoryCounts(files: readonly ReportFile[], all: boolean): CategoryCount[] {
  const counts = new Map<DocumentCategory, number>();
  for (const f of files) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return DOCUMENT_CATEGORIES
    .filter((c) => all || (counts.get(c) ?? 0) > 0)
    .map((category) => {
      const count = counts.get(category) ?? 0;
      return { category, count, share: files.length ? count / files.length : 0 };
    });
}

function ruleCounts(files: readonly ReportFile[], recommendations: boolean): RuleCount[] {
  const count = new Map<string, { count: number; documents: Set<string> }>();
  for (const f of files) {
    for (const x of f.findings) {
      if ((x.category === null) !== recommendations) continue;
      const c = count.get(x.rule) ?? { count: 0, documents: new Set<string>() };
      c.count += 1;
      c.documents.add(f.file);
      count.set(x.rule, c);
    }
  }
  return [...count]
    .map(([rule, c]) => ({ rule, count: c.count, documents: c.documents.size }))
    .sort((a, b) => b.documents - a.documents || b.count - a.count || a.rule.localeCompare(b.rule));
}

/** Municipality names as people write them ("Næstved kommune", "NÆSTVED KOMMUNE") count as one. */
export function municipalityKey(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da').split(' ');
  return words.map((w) => (w === 'kommune' ? 'Kommune' : w.charAt(0).toLocaleUpperCase('da') + w.slice(1))).join(' ');
}

function orderMeasures(contracts: readonly ReportFile[], orders: readonly ReportFile[]): OrderMeasure[] | null {
  const consistencyMode = contracts.some((c) => c.order !== undefined || hasRule(c, 'order.missing'));
  if (orders.length === 0 && !consistencyMode) return null;
  const readableContracts = contracts.filter((c) => c.template !== null);
  const readableOrders = orders.filter((o) => o.category !== 'ikke-laesbar');
  const ordersWhere = (pred: (o: ReportFile) => boolean) => readableOrders.filter(pred).length;
  return [
    { id: 'contractsWithOrder', count: readableContracts.filter((c) => !hasRule(c, 'order.missing') && (c.order ?? null) !== null).length, base: readableContracts.length },
    { id: 'smartGoals', count: ordersWhere((o) => !hasRule(o, 'order.goal-not-smart', 'order.goals-missing')), base: readableOrders.length },
    { id: 'timeHorizon', count: ordersWhere((o) => !hasRule(o, 'order.time-horizon-missing')), base: readableOrders.length },
    { id: 'supportKind', count: ordersWhere((o) => !hasRule(o, 'order.support-kind-missing')), base: readableOrders.length },
    { id: 'extent', count: ordersWhere((o) => !hasRule(o, 'order.extent-missing', 'order.extent-unclear')), base: readableOrders.length },
    { id: 'documentationWithoutContent', count: ordersWhere((o) => hasRule(o, 'order.documentation-content-missing')), base: readableOrders.length },
    { id: 'guardianshipDecided', count: ordersWhere((o) => !hasRule(o, 'order.guardianship-undecided')), base: readableOrders.length },
  ].filter((m): m is OrderMeasure => m.id !== 'contractsWithOrder' || m.base > 0);
}

/** contract-checks.md's JSON summary: files, documents per category, findings per rule. */
export function auditSummary(files: readonly Pick<ReportFile, 'category' | 'findings'>[]): AuditReport['summary'] {
  const byCategory: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  for (const f of files) {
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    for (const x of f.findings) byRule[x.rule] = (byRule[x.rule] ?? 0) + 1;
  }
  return { files: files.length, byCategory, byRule };
}

/** File names and messages may hold a CPR number (a file named after the citizen): never shown. */
const redacted = (f: ReportFile): ReportFile => ({
  ...f,
  file: redactCprNumbers(f.file),
  ...(f.order ? { order: redactCprNumbers(f.order) } : {}),
  findings: f.findings.map((x) => ({ ...x, message: redactCprNumbers(x.message) })),
});

export function buildAuditReport(input: readonly ReportFile[], meta: ReportMeta): AuditReport {
  const files = input.map(redacted);
  const orders = files.filter(isOrderFile);
  const nonOrders = files.filter((f) => !isOrderFile(f));
  const contracts = nonOrders.filter((f) => f.template !== null);

  const perMunicipality = new Map<string, MunicipalityRow>();
  for (const f of contracts) {
    if (!f.municipality?.trim()) continue;
    const key = municipalityKey(f.municipality);
    const row = perMunicipality.get(key) ?? { municipality: key, total: 0, byCategory: {} };
    row.total += 1;
    row.byCategory[f.category] = (row.byCategory[f.category] ?? 0) + 1;
    perMunicipality.set(key, row);
  }

  const templates = new Map<string, { id: string; version: string; count: number }>();
  for (const f of files) {
    if (!f.template) continue;
    const k = `${f.template.id} ${f.template.version}`;
    const t = templates.get(k) ?? { ...f.template, count: 0 };
    t.count += 1;
    templates.set(k, t);
  }

  const mismatches: Mismatch[] = contracts.flatMap((c) =>
    c.findings.filter((x) => MISMATCH_RULES.has(x.rule)).map((x) => ({ contract: c.file, order: c.order ?? null, rule: x.rule, field: x.field, message: x.message })));

  return {
    summary: auditSummary(files),
    documents: { total: files.length, contracts: contracts.length, orders: orders.length, other: nonOrders.length - contracts.length },
    municipalities: perMunicipality.size,
    categories: categoryCounts(nonOrders, true),
    orderCategories: orders.length ? categoryCounts(orders, false) : [],
    topFindings: ruleCounts(files, false),
    recommendations: ruleCounts(files, true),
    perMunicipality: [...perMunicipality.values()].sort((a, b) => collator.compare(a.municipality, b.municipality)),
    orderMeasures: orderMeasures(contracts, orders),
    mismatches,
    templates: [...templates.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version)),
    files: [...files],
    meta,
  };
}
