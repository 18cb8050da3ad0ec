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
