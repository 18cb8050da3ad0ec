/** The fake must behave like Office.js where an adapter could go wrong, or the adapter's tests prove nothing. */
import { ApiNotFound, FakeWord, PropertyNotLoaded } from '../../fakes/word';
import { readFixture, readTemplate } from './helpers';

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
});
