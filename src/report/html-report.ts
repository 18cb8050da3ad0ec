/**
 * The audit report as one self-contained Danish HTML file: inline CSS and SVG, no script, no network
 * (a CSP meta tag forbids every fetch), printable on A4. Built from the domain's report model, so
 * kl-check --report and the Revision page's export give the same file for the same documents.
 */
import type { AuditReport, ReportFile } from '../domain/report/audit-report';
import { AUDIT_CATEGORIES, CATEGORY_LABELS, DOCUMENT_CATEGORIES, ORDER_MEASURE_LABELS, categoryLabel, isAuditCategory, ruleLabel, type DocumentCategory } from '../domain/report/labels';
import { esc } from './escape';
import { CATEGORY_TONE, countAndShare, countOfBase, formatCount, formatGenerated } from './report-format';
import { REPORT_CSS } from './report-styles';
import { barChart } from './svg-bar-chart';

const TOP_FINDINGS = 10;

const badge = (c: DocumentCategory): string => `<span class="badge b-${CATEGORY_TONE[c]}">${esc(CATEGORY_LABELS[c])}</span>`;

function keyFigures(r: AuditReport): string {
  const card = (n: number, l: string) => `<div class="card"><div class="n">${formatCount(n)}</div><div class="l">${esc(l)}</div></div>`;
  return `<div class="cards">${card(r.documents.total, 'dokumenter i alt')}${card(r.documents.contracts, 'kontrakter')}`
    + `${card(r.documents.orders, 'bestillinger')}${card(r.municipalities, r.municipalities === 1 ? 'kommune' : 'kommuner')}</div>`;
}

function categories(r: AuditReport): string {
  const base = r.categories.reduce((n, c) => n + c.count, 0);
  const shown = r.categories.filter((c) => c.count > 0 || isAuditCategory(c.category));
  const chart = barChart(shown.map((c) => ({ label: CATEGORY_LABELS[c.category], value: c.count, valueText: countAndShare(c.count, c.share), tone: CATEGORY_TONE[c.category] })), { title: 'Kontrakter pr. kategori' });
  return `<section class="keep"><h2>Kontrakter pr. kategori</h2>`
    + `<p class="note">${formatCount(base)} ${base === 1 ? 'dokument' : 'dokumenter'} (kontrakter og filer, der ikke er bestillinger). En kontrakts kategori er dens alvorligste fund.</p>${chart}</section>`;
}

function topFindings(r: AuditReport): string {
  const top = r.topFindings.slice(0, TOP_FINDINGS);
  if (top.length === 0) return `<section><h2>Hyppigste fund</h2><p>Ingen fund.</p></section>`;
  const chart = barChart(top.map((t) => ({ label: ruleLabel(t.rule), value: t.documents, valueText: `${formatCount(t.documents)} dok.`, tone: 'accent' })), { title: 'Hyppigste fund' });
  const rows = top.map((t) => `<tr><td>${esc(ruleLabel(t.rule))}</td><td class="num">${formatCount(t.documents)}</td><td class="num">${formatCount(t.count)}</td></tr>`).join('');
  const recs = r.recommendations.length
    ? `<p class="note">Anbefalinger (ændrer ikke kategorien): ${r.recommendations.map((x) => `${esc(ruleLabel(x.rule))} ${formatCount(x.documents)}`).join(' · ')}.</p>` : '';
  return `<section><h2>Hyppigste fund</h2>${chart}<table><thead><tr><th>Fund</th><th class="num">Dokumenter</th><th class="num">Fund i alt</th></tr></thead><tbody>${rows}</tbody></table>${recs}</section>`;
}

function perMunicipality(r: AuditReport): string {
  if (r.perMunicipality.length === 0) return `<section><h2>Pr. kommune</h2><p class="note">Ingen handelskommune kunne læses i kontrakterne.</p></section>`;
  const cols = DOCUMENT_CATEGORIES.filter((c) => r.perMunicipality.some((m) => m.byCategory[c]) || isAuditCategory(c));
  const head = cols.map((c) => `<th class="num">${esc(CATEGORY_LABELS[c])}</th>`).join('');
  const rows = r.perMunicipality.map((m) => `<tr><td>${esc(m.municipality)}</td>${cols.map((c) => `<td class="num">${formatCount(m.byCategory[c] ?? 0)}</td>`).join('')}<td class="num">${formatCount(m.total)}</td></tr>`).join('');
  return `<section><h2>Pr. kommune (handelskommune)</h2><table><thead><tr><th>Kommune</th>${head}<th class="num">I alt</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function orders(r: AuditReport): string {
  if (!r.orderMeasures) return `<section><h2>Bestillinger</h2><p class="note">Ingen bestillinger blev tjekket. Giv bestillingerne med (kl-check --orders &lt;mappe&gt;), så vises kontrakter uden bestilling og bestillingernes indhold.</p></section>`;
  const measures = r.orderMeasures;
  const chart = barChart(measures.map((m) => ({ label: ORDER_MEASURE_LABELS[m.id], value: m.base ? m.count / m.base : 0, valueText: countOfBase(m.count, m.base), tone: m.id === 'documentationWithoutContent' ? 'error' : 'accent' })), { title: 'Bestillingernes indhold', max: 1, width: 760 });
  const rows = measures.map((m) => `<tr><td>${esc(ORDER_MEASURE_LABELS[m.id])}</td><td class="num">${esc(countOfBase(m.count, m.base))}</td></tr>`).join('');
  const cats = r.orderCategories.length
    ? `<p class="note">Bestillinger pr. kategori: ${r.orderCategories.map((c) => `${esc(CATEGORY_LABELS[c.category])} ${formatCount(c.count)}`).join(' · ')}.</p>` : '';
  return `<section class="keep"><h2>Bestillinger</h2>${chart}<table><thead><tr><th>Mål fra revisionen</th><th class="num">Antal</th></tr></thead><tbody>${rows}</tbody></table>${cats}</section>`;
}

function mismatches(r: AuditReport): string {
  if (!r.orderMeasures) return '';
  if (r.mismatches.length === 0) return `<section><h2>Kontrakt ↔ bestilling</h2><p>Ingen uoverensstemmelser mellem kontrakter og deres bestillinger.</p></section>`;
  const rows = r.mismatches.map((m) => `<tr><td>${esc(m.contract)}</td><td>${esc(m.order ?? '–')}</td><td>${esc(ruleLabel(m.rule))}</td><td>${esc(m.message)}</td></tr>`).join('');
  return `<section><h2>Kontrakt ↔ bestilling</h2><table><thead><tr><th>Kontrakt</th><th>Bestilling</th><th>Uoverensstemmelse</th><th>Besked</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function fileRow(f: ReportFile): string {
  const findings = f.findings.length
    ? `<ul class="findings">${f.findings.map((x) => `<li><span class="rule">${esc(ruleLabel(x.rule))}</span>${x.category === null ? ' (anbefaling)' : ''}: ${esc(x.message)}${x.field ? ` <span class="field">${esc(x.field)}</span>` : ''}</li>`).join('')}</ul>`
    : 'Ingen fund';
  const tpl = f.template ? `${f.template.id} ${f.template.version}` : '–';
  return `<tr><td>${esc(f.file)}<div class="field">${esc(tpl)}</div></td><td>${badge(f.category)}</td><td>${findings}</td></tr>`;
}

function fileList(r: AuditReport): string {
  return `<section><h2>Alle filer</h2><table><thead><tr><th style="width:30%">Fil</th><th style="width:16%">Kategori</th><th>Fund</th></tr></thead><tbody>${r.files.map(fileRow).join('')}</tbody></table></section>`;
}

export function renderHtmlReport(r: AuditReport): string {
  const templates = r.templates.length ? r.templates.map((t) => `${esc(t.id)} ${esc(t.version)} (${formatCount(t.count)})`).join(', ') : 'ingen genkendt';
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Revision af kontrakter og bestillinger</title><style>${REPORT_CSS}</style></head>
<body><main>
<h1>Revision af kontrakter og bestillinger</h1>
<p class="meta">Lavet ${esc(formatGenerated(r.meta.generatedAt))} med KL Kontrakt ${esc(r.meta.toolVersion)} · skabeloner: ${templates}</p>
${keyFigures(r)}${categories(r)}${topFindings(r)}${perMunicipality(r)}${orders(r)}${mismatches(r)}${fileList(r)}
<p class="note">Rapporten er lavet på din egen computer; dokumenterne er ikke sendt nogen steder. Cpr-numre vises aldrig. Kategorierne følger rammeaftalens gennemgang af 55 kontrakter: ${AUDIT_CATEGORIES.map((c) => esc(categoryLabel(c))).join(', ')}.</p>
</main></body></html>
`;
}
