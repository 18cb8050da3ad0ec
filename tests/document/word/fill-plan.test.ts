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
import { sampleInput, templatePath } from './helpers';

/** The plan Word gets for `input` on a document filled with `services` services. */
function plan(services: number, input: ContractFillInput) {
  const doc = loadDocument(fillDocx(new Uint8Array(readFileSync(templatePath)), sampleInput(services), loadTemplateRegistry()));
  const filled = fillMainPart(doc, klVoksen21, input);
  const ops = planFill(doc.model, buildWordModel(filled, parseXml(filled, doc.mainPart), doc.model.styles), filled);
  const text = (i: number) => doc.model.paragraphs[i]!.text.trim();
  return { ops, text };
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
