/**
 * 150 foreign Word files from public projects' test suites (../shared/fixtures/realworld, read in
 * place): none is a KL contract, so each must get a file-level result with a Danish reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocx } from '../../../src/document/ooxml/check';
import { registry, sharedDir } from '../helpers';

const dir = path.join(sharedDir, 'fixtures', 'realworld');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => !/\.(tsv|md)$/i.test(f)).sort() : [];

describe('real-world Word files', () => {
  it('the folder holds the 150 files', () => {
    expect(files.length).toBe(150);
  });

  it('each gets ikke-laesbar or ukendt-skabelon with a Danish reason, without a crash', () => {
    const problems: string[] = [];
    const counts: Record<string, number> = {};
    for (const f of files) {
      const r = checkDocx(new Uint8Array(readFileSync(path.join(dir, f))), registry());
      counts[r.category] = (counts[r.category] ?? 0) + 1;
      const finding = r.findings[0];
      const ok = (r.category === 'ikke-laesbar' || r.category === 'ukendt-skabelon') && r.template === null &&
        r.findings.length === 1 && finding !== undefined &&
        finding.rule === (r.category === 'ikke-laesbar' ? 'file.unreadable' : 'template.unknown') &&
        // A Danish sentence: Danish words, not an exception text.
        /\b(er|ikke|og|kan|findes|filen|dokumentet)\b/i.test(finding.message) && !/Error|undefined|exception/i.test(finding.message);
      if (!ok) problems.push(`${f}: ${r.category} ${JSON.stringify(r.findings)}`);
    }
    expect(problems).toEqual([]);
    expect((counts['ikke-laesbar'] ?? 0) + (counts['ukendt-skabelon'] ?? 0)).toBe(files.length);
  });
});
