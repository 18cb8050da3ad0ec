/**
 * The report's only stylesheet, inlined: system fonts, Fluent's neutral and status colours as fixed
 * values (the file is opened far from any FluentProvider), A4 print rules, and forced-colors support.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #242424; --fg2: #616161; --bg: #fff; --line: #e0e0e0; --track: #f0f0f0;
  --ok: #107c10; --choice: #bc4b09; --error: #c50f1f; --risk: #751d1f; --neutral: #8a8886; --accent: #0f6cbd; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.meta, .note { color: var(--fg2); font-size: 12.5px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .n { font-size: 28px; font-weight: 600; } .card .l { color: var(--fg2); font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: #fafafa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; } tr { break-inside: avoid; }
.chart { max-width: 100%; height: auto; display: block; margin: 4px 0 8px; }
.bar-label, .bar-value { font: 12.5px "Segoe UI", system-ui, Arial, sans-serif; fill: var(--fg); }
.bar-track { fill: var(--track); }
.bar-ok { fill: var(--ok); } .bar-choice { fill: var(--choice); } .bar-error { fill: var(--error); }
.bar-risk { fill: var(--risk); } .bar-neutral { fill: var(--neutral); } .bar-accent { fill: var(--accent); }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; color: #fff; white-space: nowrap; }
.b-ok { background: var(--ok); } .b-choice { background: var(--choice); } .b-error { background: var(--error); }
.b-risk { background: var(--risk); } .b-neutral { background: var(--neutral); }
ul.findings { margin: 2px 0 0; padding-left: 18px; } ul.findings li { margin: 1px 0; }
.rule { font-weight: 600; } .field { color: var(--fg2); font-size: 12px; }
section { break-inside: auto; } .keep { break-inside: avoid; }
@page { size: A4; margin: 14mm 12mm; }
@media print { main { padding: 0; max-width: none; } body { font-size: 11.5px; } h2 { break-after: avoid; } .card .n { font-size: 22px; } }
@media (forced-colors: active) { .bar, .badge { forced-color-adjust: none; } .bar-track { fill: Canvas; stroke: CanvasText; } .bar-label, .bar-value { fill: CanvasText; } }
@media (max-width: 640px) { .cards { grid-template-columns: repeat(2, 1fr); } }
`;
