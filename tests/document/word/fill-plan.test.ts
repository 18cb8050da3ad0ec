import { readFileSync } from 'node:fs';
import type { ContractFillInput } from '../../../src/domain/contract/fill-input';
import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';
import { fillDocx } from '../../../src/document/ooxml/fill-docx';
import { fillMainPart } from '../../../src/document/ooxml/fill';
import { loadDocument } from '../../../src/document/ooxml/load';
import { buildWordModel } from '../../../src/document/ooxml/word-model';
import { parseXml } from '../../../src/document/ooxml/xml';
import { loadTemplateRegistry } from '../../../src/document/templates/node-loader';
import { planFill } from '../../../src/document/word/fill-plan';
import { PLAN_MARKER, readTemplate, sampleInput, templatePath, threeServicesWithTables, withServiceTables } from './helpers';

/** The plan Word gets for `input` on a document (by default the template filled with `services` services). */
function plan(services: number, input: ContractFillInput, docx?: Uint8Array) {
  const doc = loadDocument(docx ?? fillDocx(new Uint8Array(readFileSync(templatePath)), sampleInput(services), loadTemplateRegistry()));
  const filled = fillMainPart(doc, klVoksen21, input);
  const ops = planFill(doc.model, buildWordModel(filled, parseXml(filled, doc.mainPart), doc.model.styles), filled);
  const text = (i: number) => doc.model.paragraphs[i]!.text.trim();
  return { ops, text, doc };
}

describe('the Word fill plan for a removed repeat block', () => {
  it('deletes exactly the removed block\'s paragraphs: its heading goes with the block after it, nothing is added', () => {
    const { ops, text } = plan(3, { fields: {}, choices: {}, services: [], removeInstances: { services: [1] } });
    const deleted = ops.filter((o) => o.kind === 'delete-paragraph').map((o) => o.paragraph);
    expect(deleted.length).toBeGreaterThan(1);
    // The deleted paragraphs are one contiguous run ending with the last block's heading, "Indsats 3",
    // or starting with "Indsats 2" (the headings read alike once renumbered).
    expect(deleted).toEqual(Array.from({ length: deleted.length }, (_, k) => deleted[0]! + k));
    const headings = deleted.map(text).filter((t) => /^Indsats \d$/.test(t));
    expect(headings).toHaveLength(1);
    expect(ops.some((o) => o.kind === 'insert-after')).toBe(false);
    expect(deleted.map(text).join(' ')).toContain('Indsats 2, SEL § 108');
  });

  it('plans nothing to delete when no block is removed', () => {
    const { ops } = plan(3, { fields: {}, choices: {}, services: [] });
    expect(ops.filter((o) => o.kind === 'delete-paragraph')).toEqual([]);
  });
});

describe('the Word fill plan for a repeat block holding a table', () => {
  const removeSecond: ContractFillInput = { fields: {}, choices: {}, services: [], removeInstances: { services: [1] } };

  it.each(['inside', 'after'] as const)('deletes the removed block\'s table (%s its paragraphs) as a whole, not its cells\' paragraphs', (where) => {
    const docx = threeServicesWithTables(where);
    const { ops, doc } = plan(0, removeSecond, docx);
    const tables = ops.filter((o) => o.kind === 'delete-table');
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    if (t.kind !== 'delete-table') throw new Error('unreachable');
    // The table named by the op is the second service's (a direct paragraph of it, one level below the layout table).
    const tableOf = doc.model.paragraphs[t.table.paragraph]!.table!.table;
    expect(doc.model.paragraphs.filter((p) => p.table?.table === tableOf).map((p) => p.text)).toContain(`${PLAN_MARKER} 2`);
    expect(t.table.nesting).toBe(2);
    // No paragraph inside any table of a service is deleted on its own, and nothing is inserted.
    const deleted = ops.filter((o) => o.kind === 'delete-paragraph').map((o) => o.paragraph);
    expect(deleted.length).toBeGreaterThan(1);
    expect(deleted.filter((i) => doc.model.paragraphs[i]!.table!.table !== 0)).toEqual([]);
    expect(ops.filter((o) => o.kind.startsWith('insert'))).toEqual([]);
  });

  it('adds a block with its table as one insertion whose OOXML holds the table', () => {
    const docx = withServiceTables(readTemplate(), 'inside');
    const { ops } = plan(0, sampleInput(2), docx);
    const inserts = ops.filter((o) => o.kind === 'insert-after');
    expect(inserts).toHaveLength(1);
    const xml = inserts[0]!.kind === 'insert-after' ? inserts[0]!.xml : '';
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml).toMatch(/^<w:p>[\s\S]*>Indsats 2<[\s\S]*<w:tbl>[\s\S]*Samtaleplan[\s\S]*<\/w:tbl><w:p>/);
    expect(ops.filter((o) => o.kind === 'delete-table' || o.kind === 'delete-paragraph')).toEqual([]);
  });
});

describe('the Word fill plan: where an added item goes next to a table', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const tbl = (t: string) => `<w:tbl><w:tr><w:tc>${p(t)}</w:tc></w:tr></w:tbl>`;
  const model = (body: string) => {
    const xml = `<w:document ${W}><w:body>${body}</w:body></w:document>`;
    return { xml, model: buildWordModel(xml, parseXml(xml, 'word/document.xml')) };
  };
  const planOf = (before: string, after: string) => {
    const o = model(before), f = model(after);
    return planFill(o.model, f.model, f.xml).map((op) => ('xml' in op ? { ...op, xml: op.xml.replace(/<[^>]+>/g, '') } : op));
  };

  it('after a paragraph when one precedes, before the next paragraph after a table, at the table\'s range between two tables', () => {
    expect(planOf(p('a') + tbl('T') + p('b'), p('a') + p('neu') + tbl('T') + p('b'))).toEqual([{ kind: 'insert-after', paragraph: 0, xml: 'neu' }]);
    expect(planOf(tbl('T') + p('b'), tbl('T') + p('neu') + p('b'))).toEqual([{ kind: 'insert-before', paragraph: 1, xml: 'neu' }]);
    expect(planOf(p('a') + tbl('T') + tbl('U') + p('b'), p('a') + tbl('T') + p('neu') + tbl('U') + p('b')))
      .toEqual([{ kind: 'insert-at-table', table: { paragraph: 1, nesting: 1 }, where: 'After', xml: 'neu' }]);
    expect(planOf(tbl('T') + p('b'), p('neu') + tbl('T') + p('b')))
      .toEqual([{ kind: 'insert-at-table', table: { paragraph: 0, nesting: 1 }, where: 'Before', xml: 'neu' }]);
  });

  it('deletes a table as a whole, also one nested in a cell, and compares the cells of a table whose shape stays', () => {
    expect(planOf(p('a') + tbl('T') + p('b'), p('a') + p('b'))).toEqual([{ kind: 'delete-table', table: { paragraph: 1, nesting: 1 } }]);
    const outer = (inner: string) => `<w:tbl><w:tr><w:tc>${p('x')}${inner}${p('y')}</w:tc><w:tc>${p('z')}</w:tc></w:tr></w:tbl>`;
    expect(planOf(p('a') + outer(tbl('T')), p('a') + outer(''))).toEqual([{ kind: 'delete-table', table: { paragraph: 2, nesting: 2 } }]);
    // A table whose shape changed cannot be matched cell by cell: it goes and comes back whole.
    const twoRows = `<w:tbl><w:tr><w:tc>${p('T')}</w:tc></w:tr><w:tr><w:tc>${p('T2')}</w:tc></w:tr></w:tbl>`;
    expect(planOf(p('a') + tbl('T') + p('b'), p('a') + twoRows + p('b'))).toEqual([
      { kind: 'delete-table', table: { paragraph: 1, nesting: 1 } },
      { kind: 'insert-after', paragraph: 0, xml: 'TT2' },
    ]);
  });
});
