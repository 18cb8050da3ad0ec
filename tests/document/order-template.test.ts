import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { buildOrderTemplate, ORDER_TEMPLATE_PATH } from '../../scripts/build-order-template';
import { klBestilling10 } from '../../src/domain/order/kl-bestilling-1.0';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const repoRoot = path.resolve(__dirname, '..', '..');

describe('assets/templates/kl-bestilling-1.0.docx', () => {
  const committed = new Uint8Array(readFileSync(path.join(repoRoot, ORDER_TEMPLATE_PATH)));
  const parts = unzipSync(committed);
  const part = (name: string): Document => {
    const bytes = parts[name];
    if (!bytes) throw new Error(`missing part ${name}`);
    return new DOMParser().parseFromString(strFromU8(bytes), 'text/xml') as unknown as Document;
  };
  const doc = part('word/document.xml');
  const sdts = Array.from(doc.getElementsByTagNameNS(W, 'sdt'));
  const prop = (sdt: Element, name: string): string | null =>
    (sdt.getElementsByTagNameNS(W, 'sdtPr')[0]?.getElementsByTagNameNS(W, name)[0]?.getAttributeNS(W, 'val')) ?? null;
  const byTag = new Map(sdts.map((s) => [prop(s, 'tag'), s]));
  const text = (el: Element | Document): string => Array.from(el.getElementsByTagNameNS(W, 't')).map((t) => t.textContent).join('');

  it('is what scripts/build-order-template.ts builds from the definition (regenerate after changing it)', () => {
    expect(Buffer.from(buildOrderTemplate()).equals(Buffer.from(committed))).toBe(true);
  });

  it('is a Word package with its main part, styles and a footer naming template and version', () => {
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/footer1.xml']));
    expect(text(doc)).toContain(klBestilling10.recognition.heading);
    expect(text(part('word/footer1.xml'))).toContain(klBestilling10.recognition.footer);
  });

  it('has a content control tagged with the field id and titled with its label for every field', () => {
    for (const f of klBestilling10.fields) {
      const tag = f.id.replace('[]', '[0]');
      const sdt = byTag.get(tag);
      expect([tag, sdt !== undefined]).toEqual([tag, true]);
      if (!sdt) continue;
      expect(prop(sdt, 'alias')).toBe(f.label.replace(/:\s*$/, ''));
      const isDate = sdt.getElementsByTagNameNS(W, 'date').length === 1;
      expect([tag, isDate]).toEqual([tag, f.kind === 'date']);
      expect(text(sdt)).toBe(isDate ? 'Vælg en dato' : 'Angiv tekst');
      expect(sdt.getElementsByTagNameNS(W, 'showingPlcHdr').length).toBe(1);
    }
  });

  it('has an unticked w14:checkbox control tagged <group>.<option> for every option', () => {
    for (const g of klBestilling10.checkboxGroups) {
      for (const o of g.options) {
        const tag = `${g.id.replace('[]', '[0]')}.${o.id}`;
        const sdt = byTag.get(tag);
        expect([tag, sdt !== undefined]).toEqual([tag, true]);
        if (!sdt) continue;
        expect(sdt.getElementsByTagNameNS(W14, 'checked')[0]?.getAttributeNS(W14, 'val')).toBe('0');
        expect(text(sdt)).toBe('☐');
        // The option's Danish text follows its box.
        expect(text(sdt.parentNode as Element)).toContain(`☐ ${o.text}`);
      }
    }
  });

  it('has no controls beyond the definition, and unique control ids', () => {
    const expected = klBestilling10.fields.length + klBestilling10.checkboxGroups.reduce((n, g) => n + g.options.length, 0);
    expect(sdts.length).toBe(expected);
    const ids = sdts.map((s) => prop(s, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers its sections and heads the first instance of each repeat block', () => {
    const all = text(doc);
    for (const s of klBestilling10.sections) expect(all).toContain(`${s.number}. ${s.title}`);
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, 'p')).map((p) => text(p));
    expect(paragraphs).toEqual(expect.arrayContaining(['Mål 1', 'Indsats 1']));
  });
});
