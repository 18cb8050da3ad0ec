/** The fake must behave like Office.js where an adapter could go wrong, or the adapter's tests prove nothing. */
import { flatOpcForBlocks } from '../../../src/document/word/flat-opc';
import type { WordRequestContext } from '../../../src/document/word/word-api';
import { ApiNotFound, FakeWord, PropertyNotLoaded } from '../../fakes/word';
import { PLAN_MARKER, readFixture, readTemplate, serviceTables, withServiceTables } from './helpers';

describe('fake Word', () => {
  it('throws PropertyNotLoaded before load() + sync(), and counts syncs', async () => {
    const word = new FakeWord({ docx: readTemplate() });
    await word.host.run(async (ctx) => {
      const ooxml = ctx.document.body.getOoxml();
      const controls = ctx.document.body.contentControls;
      expect(() => ooxml.value).toThrow(PropertyNotLoaded);
      expect(() => controls.items).toThrow(PropertyNotLoaded);
      controls.load('items/id,items/tag');
      expect(() => controls.items).toThrow(PropertyNotLoaded);
      await ctx.sync();
      expect(ooxml.value).toMatch(/^<\?xml[\s\S]*<pkg:package/);
      expect(controls.items.length).toBeGreaterThan(30);
      expect(typeof controls.items[0]!.id).toBe('number');
      expect(() => controls.items[0]!.title).toThrow(PropertyNotLoaded); // not loaded
    });
    expect(word.syncCount).toBe(1);
  });

  it('queues writes until sync()', async () => {
    const word = new FakeWord({ docx: readTemplate() });
    await word.host.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      await ctx.sync();
      ps.items[0]!.select();
      expect(word.selection).toBeNull();
      await ctx.sync();
      expect(word.selection?.text).toBe('STANDARDKONTRAKT PÅ VOKSENOMRÅDET');
    });
  });

  it('leaves headers and footers out of the body\'s OOXML, but reads footers through sections', async () => {
    const word = new FakeWord({ docx: readFixture('korrekt-01.docx') });
    await word.host.run(async (ctx) => {
      const ooxml = ctx.document.body.getOoxml();
      const footer = ctx.document.sections.getFirst().getFooter('Primary').load('text') as { text: string };
      await ctx.sync();
      expect(ooxml.value).not.toMatch(/footer\d*\.xml/);
      expect(footer.text).toContain('Version 2.1 august 2024');
    });
  });

  it('refuses APIs of requirement sets the host lacks', async () => {
    const word = new FakeWord({ docx: readTemplate(), wordApi: '1.3' });
    await word.host.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items');
      await ctx.sync();
      expect(() => ps.items[0]!.getRange('Whole').insertComment('x')).toThrow(ApiNotFound);
      const controls = ctx.document.body.contentControls;
      controls.load('items/type');
      await ctx.sync();
      const box = controls.items.find((c) => c.type === 'CheckBox')!;
      expect(() => box.checkboxContentControl).toThrow(ApiNotFound);
    });
  });

  it('reproduces the collection quirks: hidden checkbox and plain-text controls, renumbered ids', async () => {
    const plain = new FakeWord({ docx: readTemplate() });
    const quirky = new FakeWord({ docx: readTemplate(), quirks: { omitControlTypes: ['CheckBox', 'PlainText'], renumberIds: true } });
    const list = (w: FakeWord) => w.host.run(async (ctx) => {
      const c = ctx.document.body.contentControls;
      c.load('items/id,items/type');
      await ctx.sync();
      return c.items.map((i) => ({ id: i.id, type: i.type }));
    });
    const all = await list(plain);
    const some = await list(quirky);
    expect(all.some((c) => c.type === 'CheckBox')).toBe(true);
    expect(some.every((c) => c.type !== 'CheckBox' && c.type !== 'PlainText')).toBe(true);
    expect(some.length).toBeLessThan(all.length);
    expect(some.some((c) => all.some((a) => a.id === c.id))).toBe(false);
  });

  it('records a text replacement as w:del + w:ins when change tracking is on', async () => {
    const word = new FakeWord({ docx: readTemplate(), changeTrackingMode: 'TrackAll' });
    await word.host.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      await ctx.sync();
      ps.items[2]!.insertText('Ny tekst', 'Replace');
      await ctx.sync();
    });
    const xml = new TextDecoder().decode((await import('fflate')).unzipSync(word.toDocx())['word/document.xml']!);
    expect(xml).toMatch(/<w:del [^>]*>[\s\S]*?<w:delText[^>]*>Kontraktens parter/);
    expect(xml).toMatch(/<w:ins [^>]*>[\s\S]*?Ny tekst/);
  });

  describe('tables (WordApi 1.3)', () => {
    const docx = withServiceTables(readTemplate(), 'inside');
    /** The body's paragraphs with their text loaded (one sync). */
    const loadedParagraphs = async (ctx: WordRequestContext) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      await ctx.sync();
      return ps;
    };
    const paragraphsOf = async (word: FakeWord, props = 'items/text,items/tableNestingLevel') => {
      let out: Array<{ text: string; level: number }> = [];
      await word.host.run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load(props);
        await ctx.sync();
        out = ps.items.map((p) => ({ text: p.text, level: p.tableNestingLevel }));
      });
      return out;
    };

    it('gives each paragraph its table nesting level: 0 outside, 1 in the layout table, 2 in a table nested in a cell', async () => {
      const ps = await paragraphsOf(new FakeWord({ docx }));
      expect(ps[0]).toEqual({ text: 'STANDARDKONTRAKT PÅ VOKSENOMRÅDET', level: 0 });
      expect(ps.find((p) => p.text === 'Indsats 1')?.level).toBe(1);
      expect(ps.find((p) => p.text === PLAN_MARKER)?.level).toBe(2);
    });

    it('deletes the paragraph\'s innermost table as a whole (Paragraph.parentTable.delete())', async () => {
      const word = new FakeWord({ docx });
      await word.host.run(async (ctx) => {
        const ps = await loadedParagraphs(ctx);
        ps.items.find((p) => p.text === PLAN_MARKER)!.parentTable.delete();
        expect(serviceTables(word.toDocx()).tables).toHaveLength(1); // queued, not done
        await ctx.sync();
      });
      const after = serviceTables(word.toDocx());
      expect(after.tables).toEqual([]);
      expect(after.tblElements).toBe(serviceTables(docx).tblElements - 1);
      expect(after.texts).toContain('Indsats 1');
    });

    it('inserts OOXML before and after a table\'s range, outside its cells', async () => {
      const word = new FakeWord({ docx });
      const para = (text: string) => flatOpcForBlocks('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
      await word.host.run(async (ctx) => {
        const ps = await loadedParagraphs(ctx);
        const table = ps.items.find((p) => p.text === PLAN_MARKER)!.parentTable;
        table.getRange('Whole').insertOoxml(para('Foran'), 'Before');
        table.getRange('Whole').insertOoxml(para('Efter'), 'After');
        await ctx.sync();
      });
      const ps = await paragraphsOf(word);
      const i = ps.findIndex((p) => p.text === 'Foran'), j = ps.findIndex((p) => p.text === 'Efter');
      expect([ps[i]!.level, ps[j]!.level]).toEqual([1, 1]);
      expect(ps.slice(i + 1, j).map((p) => p.text)).toEqual(['Aktivitet', 'Hyppighed', PLAN_MARKER, 'Hver uge']);
    });

    it('fails at sync with ItemNotFound for a paragraph outside any table', async () => {
      const word = new FakeWord({ docx });
      await word.host.run(async (ctx) => {
        const ps = await loadedParagraphs(ctx);
        ps.items[0]!.parentTable.delete();
        await expect(ctx.sync()).rejects.toThrow(/ItemNotFound/);
      });
    });

    it('refuses the table APIs without WordApi 1.3', async () => {
      const word = new FakeWord({ docx, wordApi: '1.2' });
      await expect(paragraphsOf(word)).rejects.toBeInstanceOf(ApiNotFound);
      await word.host.run(async (ctx) => {
        const ps = await loadedParagraphs(ctx);
        expect(() => ps.items.find((p) => p.text === PLAN_MARKER)!.parentTable).toThrow(ApiNotFound);
      });
    });
  });
});
