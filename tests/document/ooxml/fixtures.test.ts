/** Every development contract gives exactly the category and [rule, field] findings of expected.json. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkDocx } from '../../../src/document/ooxml/check';
import { contractsDir, expected, pairs, readBytes, registry } from '../helpers';

describe('fixture contracts', () => {
  it('match expected.json (category and findings as sets)', () => {
    const exp = expected();
    const files = readdirSync(contractsDir).filter((f) => /\.docx$/i.test(f)).sort();
    expect(files.sort()).toEqual(Object.keys(exp).sort());
    const got = Object.fromEntries(files.map((f) => {
      const r = checkDocx(readBytes(path.join(contractsDir, f)), registry());
      return [f, { category: r.category, findings: pairs(r.findings) }];
    }));
    const want = Object.fromEntries(Object.entries(exp).map(([f, e]) => [f, { category: e.category, findings: pairs(e.findings) }]));
    expect(got).toEqual(want);
  });
});
