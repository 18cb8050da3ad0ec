import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { klVoksen21 } from '../../src/domain/contract/kl-voksen-2.1';
import type { TemplateDefinition } from '../../src/domain/contract/template-definition';
import { loadDocument } from '../../src/document/ooxml/load';
import { readDocx } from '../../src/document/ooxml/read';
import { TemplateRegistry } from '../../src/document/templates/registry';
import { editPart, registry, repoRoot, templateBytes } from './helpers';

describe('template registry', () => {
  it('reads the standard clause texts from the registered template document', () => {
    const t = registry().find('kl-voksen', '2.1');
    expect(Object.keys(t?.standardTexts ?? {}).sort()).toEqual(['documentation', 'payment', 'priceRegulation', 'renegotiation', 'termination']);
    expect(t?.standardTexts.priceRegulation).toMatch(/^Taksten reguleres/);
  });

  it('is generic over definitions: a second template is recognised by its own footer', () => {
    const other: TemplateDefinition = {
      ...klVoksen21, id: 'kl-test', version: '9.9', name: 'Testskabelon',
      recognition: { ...klVoksen21.recognition, footer: 'Version 9.9 testskabelon' },
    };
    const otherDocx = editPart(templateBytes(), (xml) => xml.replace(/Version 2\.1 august 2024[^<]*/, 'Version 9.9 testskabelon'), 'word/footer1.xml');
    const reg = TemplateRegistry.fromSources([{ definition: klVoksen21, docx: templateBytes() }, { definition: other, docx: otherDocx }]);
    const a = readDocx(otherDocx, reg);
    const b = readDocx(templateBytes(), reg);
    expect(a.kind === 'contract' && a.contract.template).toEqual({ id: 'kl-test', version: '9.9' });
    expect(b.kind === 'contract' && b.contract.template).toEqual({ id: 'kl-voksen', version: '2.1' });
    expect(reg.recognise(loadDocument(otherDocx))).toMatchObject({ ok: true });
  });

  it('recognises the title when it stands in a page part (letterhead) rather than the body', () => {
    // Move the title from the body into the footer part, as a letterhead version would carry it.
    const moved = editPart(
      editPart(templateBytes(), (xml) => xml.replace('STANDARDKONTRAKT PÅ VOKSENOMRÅDET', 'Kontrakt')),
      (xml) => xml.replace(/(<w:t[^>]*>)(Version 2\.1)/, '$1STANDARDKONTRAKT PÅ VOKSENOMRÅDET </w:t></w:r><w:r><w:t xml:space="preserve">$2'),
      'word/footer1.xml',
    );
    const r = readDocx(moved, registry());
    expect(r.kind === 'contract' && r.contract.template).toEqual({ id: 'kl-voksen', version: '2.1' });
  });

  it('refuses to register a document that does not carry its definition\'s heading and footer', () => {
    const wrong = editPart(templateBytes(), (xml) => xml.replace('STANDARDKONTRAKT', 'KONTRAKT'));
    expect(() => TemplateRegistry.fromSources([{ definition: klVoksen21, docx: wrong }])).toThrow(/overskrift og sidefod/);
  });
});

describe('the OOXML adapter runs in the browser too', () => {
  it('has no node:* imports and no Node globals in src/document/ooxml', () => {
    const dir = path.join(repoRoot, 'src', 'document', 'ooxml');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(path.join(dir, f), 'utf8');
      expect({ f, node: /from ['"](node:|fs|path|os|zlib)['"]/.test(src), buffer: /\bBuffer\./.test(src), proc: /\bprocess\./.test(src) })
        .toEqual({ f, node: false, buffer: false, proc: false });
    }
  });
});
