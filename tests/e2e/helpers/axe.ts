/**
 * axe-core in a page of the browser tests: the serious and critical violations, each with the
 * offending elements' HTML (shortened). Shared by the task pane's browser tests.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { animationsSettled } from './settle';

export interface AxeViolation {
  id: string;
  impact: string;
  html: string[];
}

let axeSource: string | null = null;

/** In a page, or in one frame of it (the Teams tab inside the fake host). */
export async function seriousAxeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Only a settled page says anything: mid-way through a drawer's or dialog's fade axe computes contrast from
  // partly transparent text and reports violations that the finished page does not have. Endless animations
  // (spinners) are not waited for.
  await animationsSettled(page);
  // Evaluated through the DevTools protocol, not as a <script>: the pages' CSP (rightly) refuses inline scripts.
  // Once per document: a test that checks one page in several states need not parse axe's 500 kB each time
  // (the run answers null while the document has no axe yet).
  const run = () => page.evaluate(async () => {
    const w = window as unknown as { axe?: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } };
    if (!w.axe) return null;
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    // Tabster's focus sentinels (data-tabster-dummy) are focusable with aria-hidden on purpose:
    // a known false positive of aria-hidden-focus, by design (microsoft/fluentui#27517, microsoft/tabster#288).
    return r.violations
      .map((v) => ({ id: v.id, impact: v.impact, html: (v.nodes as Array<{ html: string }>).map((n) => n.html.slice(0, 200)).filter((h) => !(v.id === 'aria-hidden-focus' && h.includes('data-tabster-dummy'))) }))
      .filter((v) => v.html.length > 0);
  });
  let violations = await run();
  if (!violations) {
    await page.evaluate(axeSource);
    violations = (await run())!;
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
