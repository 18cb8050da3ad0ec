import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkDocx } from '../../../src/document/ooxml/check';
import { fillDocx } from '../../../src/document/ooxml/fill-docx';
import { loadTemplateRegistry } from '../../../src/document/templates/node-loader';
import { WordApiMissing } from '../../../src/document/word/errors';
import { WordDocumentPort } from '../../../src/document/word/word-adapter';
import { FakeWord, type FakeWordOptions } from '../../fakes/word';
import { describeDocumentPortContract } from '../port-contract';
import { checkRead, expected, fixtures, PLAN_MARKER, readFixture, readTemplate, sampleInput, serviceTables, threeServicesWithTables, withServiceTables } from './helpers';

const registry = loadTemplateRegistry();
const open = (docx: Uint8Array, options: Omit<FakeWordOptions, 'docx'> = {}) => {
  const word = new FakeWord({ docx, ...options });
  return { word, port: new WordDocumentPort(word.host, word.office, registry) };
};
const pairs = (r: { findings: Array<{ rule: string; field: string | null }> }) => r.findings.map((f) => [f.rule, f.field]);

describeDocumentPortContract('Office.js adapter on the fake Word', async (docx) => open(docx).port);
describeDocumentPortContract('Office.js adapter on a quirky Word (hidden controls, renumbered ids, WordApi 1.4, paragraph lists that differ)', async (docx) =>
  open(docx, { wordApi: '1.4', quirks: { omitControlTypes: ['CheckBox', 'PlainText'], omitNested: true, renumberIds: true, phantomParagraph: true } }).port);

describe('WordDocumentPort: checking', () => {
  it.each(fixtures)('%s: the same findings as the CLI, in one context.sync()', async (file) => {
    const bytes = readFixture(file);
    const { word, port } = open(bytes);
    const result = checkRead(await port.read(), registry);
    expect(word.syncCount).toBe(1);
    const cli = checkDocx(bytes, registry);
    expect(result.category).toBe(cli.category);
    expect(result.findings).toEqual(cli.findings);
    expect(result.category).toBe(expected[file]!.category);
    expect(pairs(result).sort()).toEqual([...expected[file]!.findings].sort());
  });

  it('reads the same when Word leaves checkbox and plain-text controls out of its collections and renumbers ids', async () => {
    const bytes = readFixture('risiko-flere-fejl.docx');
    const { port } = open(bytes, { quirks: { omitControlTypes: ['CheckBox', 'PlainText'], omitNested: true, renumberIds: true } });
    expect(checkRead(await port.read(), registry).findings).toEqual(checkDocx(bytes, registry).findings);
  });
});

describe('WordDocumentPort: filling', () => {
  it.each([1, 20])('fills the blank template with %i service(s) in at most 3 syncs, and the CLI finds it korrekt', async (n) => {
    const { word, port } = open(readTemplate());
    await port.writeValues(sampleInput(n));
    expect(word.syncCount).toBeLessThanOrEqual(3);
    const check = checkDocx(word.toDocx(), registry);
    expect(check.findings.filter((f) => f.category !== null)).toEqual([]);
    expect(check.category).toBe('korrekt');
    expect(check.contract?.serviceCount).toBe(n);
    // The same values as kl-fill writes for the same input.
    const cliFilled = checkDocx(fillDocx(readTemplate(), sampleInput(n), registry), registry);
    const texts = (c: typeof check) => Object.fromEntries(Object.entries(c.contract!.values).map(([k, v]) => [k, v.text]));
    expect(texts(check)).toEqual(texts(cliFilled));
  });

  it('fills through the fallbacks when Word hides controls, renumbers ids and lacks WordApi 1.7 (checkboxes)', async () => {
    const { word, port } = open(readTemplate(), { wordApi: '1.4', quirks: { omitControlTypes: ['CheckBox'], renumberIds: true } });
    await port.writeValues(sampleInput(2));
    expect(word.syncCount).toBeLessThanOrEqual(3);
    const check = checkDocx(word.toDocx(), registry);
    expect(check.category).toBe('korrekt');
    expect(check.contract?.choices['payment.timing']?.checked).toEqual(['arrears']);
    expect(check.contract?.serviceCount).toBe(2);
  });

  it('never touches the fixed text', async () => {
    const { word, port } = open(readTemplate());
    await port.writeValues(sampleInput(1));
    const before = checkDocx(readTemplate(), registry).contract!.clauses;
    const after = checkDocx(word.toDocx(), registry).contract!.clauses;
    expect(after).toEqual(before);
  });
});

describe('WordDocumentPort: a service block holding a table', () => {
  const serviceTexts = (docx: Uint8Array) => {
    const c = checkDocx(docx, registry).contract!;
    return Array.from({ length: c.serviceCount }, (_, i) => c.values[`services[${i}].serviceAndSection`]?.text);
  };
  /** Index of the first paragraph whose text is `t`. */
  const at = (texts: string[], t: string) => texts.indexOf(t);

  const quirky: Omit<FakeWordOptions, 'docx'> = { wordApi: '1.4', quirks: { omitControlTypes: ['CheckBox', 'PlainText'], omitNested: true, renumberIds: true, phantomParagraph: true } };
  it.each([
    { where: 'inside', tablesBefore: [1, 2, 3], tablesAfter: [1, 3], host: 'plain', options: {} },
    { where: 'after', tablesBefore: [1, 2], tablesAfter: [1], host: 'plain', options: {} },
    { where: 'inside', tablesBefore: [1, 2, 3], tablesAfter: [1, 3], host: 'quirky', options: quirky },
  ] as const)('"Fjern indsats 2" (of 3) removes the second block\'s table ($where its paragraphs) as a whole and keeps the others, renumbered ($host Word)', async ({ where, tablesBefore, tablesAfter, options }) => {
    const docx = threeServicesWithTables(where, registry);
    const removeSecond = { fields: {}, choices: {}, services: [], removeInstances: { services: [1] } };
    const before = serviceTables(docx);
    expect(before.tables.map((t) => t.find((x) => x.startsWith(PLAN_MARKER)))).toEqual(tablesBefore.map((n) => `${PLAN_MARKER} ${n}`));
    const { word, port } = open(docx, options);
    await port.writeValues(removeSecond);
    expect(word.syncCount).toBeLessThanOrEqual(3);
    const after = word.toDocx();
    const { tables, tblElements, texts } = serviceTables(after);
    // The second block's table is gone as a whole: no emptied table (cells without paragraphs) stays behind.
    expect(tables).toEqual(tablesAfter.map((n) => ['Aktivitet', 'Hyppighed', `${PLAN_MARKER} ${n}`, 'Hver uge']));
    expect(tblElements).toBe(before.tblElements - 1);
    // Service 3 is now "Indsats 2", with its values (and its table); the document reads as kl-fill's result.
    expect(serviceTexts(after)).toEqual(['Indsats 1, SEL § 108', 'Indsats 3, SEL § 108']);
    expect(at(texts, 'Indsats 3')).toBe(-1);
    const second = at(texts, 'Indsats 2');
    expect(at(texts, `${PLAN_MARKER} 1`)).toBeLessThan(second);
    if ((tablesAfter as readonly number[]).includes(3)) expect(at(texts, `${PLAN_MARKER} 3`)).toBeGreaterThan(second);
    const cli = fillDocx(docx, removeSecond, registry);
    expect(texts).toEqual(serviceTables(cli).texts);
    expect(tblElements).toBe(serviceTables(cli).tblElements);
    expect(checkDocx(after, registry).category).toBe(checkDocx(cli, registry).category);
  });

  it.each([
    { remove: 0, kept: [2, 3] },
    { remove: 2, kept: [1, 2] },
  ])('removing block $remove (0-based) of 3 keeps the tables $kept, as kl-fill does', async ({ remove, kept }) => {
    const docx = threeServicesWithTables('inside', registry);
    const input = { fields: {}, choices: {}, services: [], removeInstances: { services: [remove] } };
    const { word, port } = open(docx);
    await port.writeValues(input);
    const after = serviceTables(word.toDocx());
    expect(after.tables.map((t) => t[2])).toEqual(kept.map((n) => `${PLAN_MARKER} ${n}`));
    const cli = serviceTables(fillDocx(docx, input, registry));
    expect(after.texts).toEqual(cli.texts);
    expect(after.tblElements).toBe(cli.tblElements);
  });

  it('without WordApi 1.3 (no Table API) it still reads, and refuses to remove a block with a table, changing nothing', async () => {
    const docx = threeServicesWithTables('inside', registry);
    const { word, port } = open(docx, { wordApi: '1.2' });
    expect(port.capabilities.tables).toBe(false);
    expect((await port.read()).kind).toBe('contract');
    await expect(port.writeValues({ fields: {}, choices: {}, services: [], removeInstances: { services: [1] } })).rejects.toBeInstanceOf(WordApiMissing);
    expect(serviceTables(word.toDocx())).toEqual(serviceTables(docx));
  });

  it('adding services clones the block with its table, as kl-fill does', async () => {
    const template = withServiceTables(readTemplate(), 'inside');
    const { word, port } = open(template);
    await port.writeValues(sampleInput(3));
    expect(word.syncCount).toBeLessThanOrEqual(3);
    const after = word.toDocx();
    const cli = fillDocx(template, sampleInput(3), registry);
    expect(serviceTables(after).tables).toHaveLength(3);
    expect(serviceTables(after).tblElements).toBe(serviceTables(cli).tblElements);
    expect(serviceTables(after).texts).toEqual(serviceTables(cli).texts);
    expect(serviceTexts(after)).toEqual(['Indsats 1, SEL § 108', 'Indsats 2, SEL § 108', 'Indsats 3, SEL § 108']);
    // Each block's table stands inside that block: after its heading, before the next one.
    const { texts } = serviceTables(after);
    const heads = [1, 2, 3].map((n) => at(texts, `Indsats ${n}`));
    const plans = texts.flatMap((t, i) => (t === PLAN_MARKER ? [i] : []));
    expect(plans).toHaveLength(3);
    plans.forEach((p, k) => { expect(p).toBeGreaterThan(heads[k]!); if (k < 2) expect(p).toBeLessThan(heads[k + 1]!); });
    // And removing the middle one through Word again leaves two blocks with a table each.
    await port.writeValues({ fields: {}, choices: {}, services: [], removeInstances: { services: [1] } });
    expect(serviceTables(word.toDocx()).tables).toHaveLength(2);
    expect(serviceTables(word.toDocx()).tblElements).toBe(serviceTables(cli).tblElements - 1);
  });
});

describe('WordDocumentPort: pointing, commenting, restoring', () => {
  it('selects a field\'s content control, also when Word renumbers ids', async () => {
    for (const renumberIds of [false, true]) {
      const { word, port } = open(readFixture('fejl-ugyldigt-cpr.docx'), { quirks: { renumberIds } });
      const loc = await port.selectField('citizen.cpr');
      expect(loc).not.toBeNull();
      expect(word.selection?.controlId).toBeDefined();
      expect(word.selection?.paragraphIndex).toBe(loc!.paragraph);
      expect(word.syncCount).toBe(2);
    }
  });

  it('selects the paragraph of a checkbox group and of a clause', async () => {
    const { word, port } = open(readFixture('risiko-aendret-prisregulering.docx'));
    const loc = await port.selectField('clauses.priceRegulation');
    expect(word.selection?.text).toMatch(/\S/);
    expect(word.selection?.paragraphIndex).toBe(loc!.paragraph);
    await port.selectField('payment.timing');
    expect(word.selection?.text).toMatch(/Forud/);
  });

  it('adds one comment per finding on its place', async () => {
    const bytes = readFixture('risiko-flere-fejl.docx');
    const { word, port } = open(bytes);
    const findings = checkDocx(bytes, registry).findings;
    await port.addComments(findings);
    expect(word.syncCount).toBe(2);
    expect(word.comments.map((c) => c.text)).toEqual(findings.map((f) => `${f.message} (${f.rule})`));
    expect(word.comments.every((c) => c.paragraphIndex >= 0)).toBe(true);
  });

  it('adds each comment once: a second click writes nothing new and costs no extra sync', async () => {
    const bytes = readFixture('risiko-flere-fejl.docx');
    const { word, port } = open(bytes);
    const findings = checkDocx(bytes, registry).findings;
    expect(await port.addComments(findings)).toBe(findings.length);
    const once = word.comments.length;
    word.syncCount = 0;
    expect(await port.addComments([...findings, ...findings])).toBe(0);
    expect(word.comments).toHaveLength(once);
    expect(word.syncCount).toBe(2);
  });

  it('refuses comments without WordApi 1.4, with a typed error', async () => {
    const { port } = open(readFixture('risiko-flere-fejl.docx'), { wordApi: '1.3' });
    await expect(port.addComments([{ rule: 'x', category: null, field: null, message: 'y' }])).rejects.toBeInstanceOf(WordApiMissing);
  });

  it.each(['Off', 'TrackAll'] as const)('restores an altered clause to the standard text (tracking %s)', async (mode) => {
    const { word, port } = open(readFixture('risiko-aendret-prisregulering.docx'), { changeTrackingMode: mode });
    await port.restoreClause('clauses.priceRegulation');
    expect(word.syncCount).toBe(2);
    const check = checkDocx(word.toDocx(), registry);
    expect(check.findings.map((f) => f.rule)).not.toContain('standard-text.altered');
    expect(check.category).toBe('korrekt');
    expect(check.contract!.hasPendingRevisions).toBe(mode === 'TrackAll');
  });
});

describe('WordDocumentPort: blank template', () => {
  it('inserts the template into an empty document, which then reads as the registered template', async () => {
    const empty = fillDocxEmpty();
    const { word, port } = open(empty);
    await port.insertTemplate(readTemplate(), "Version 2.1 august 2024 · KL's skabelon til Standardkontrakt");
    expect(word.syncCount).toBe(2);
    const read = await port.read();
    expect(read.kind).toBe('contract');
  });

  it('refuses to replace a document that has content', async () => {
    const { port } = open(readFixture('korrekt-01.docx'));
    await expect(port.insertTemplate(readTemplate(), 'x')).rejects.toMatchObject({ code: 'word.document-not-empty' });
  });
});

/** An empty .docx: the template package with an empty body. */
function fillDocxEmpty(): Uint8Array {
  const files = unzipSync(readTemplate());
  const xml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(xml.replace(/<w:body>[\s\S]*?(<w:sectPr)/, '<w:body><w:p/>$1'));
  // No footer either: a new document has none.
  files['word/_rels/document.xml.rels'] = strToU8(strFromU8(files['word/_rels/document.xml.rels']!).replace(/<Relationship [^>]*footer[^>]*\/>/g, ''));
  files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace(/<w:footerReference[^>]*\/>/g, ''));
  return zipSync(files);
}
