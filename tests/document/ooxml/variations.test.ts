/**
 * The variations real contracts show (contract-checks.md "Finding a value"), each built from a
 * document filled by kl-fill's engine and then edited as XML the way another tool or a person would.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkDocx } from '../../../src/document/ooxml/check';
import { fillDocx } from '../../../src/document/ooxml/fill-docx';
import { readDocx } from '../../../src/document/ooxml/read';
import { editPart, pairs, partText, registry, templateBytes, validInput } from '../helpers';

const filled = (() => {
  let cache: Uint8Array | undefined;
  return () => (cache ??= fillDocx(templateBytes(), validInput(), registry()));
})();

const check = (docx: Uint8Array) => checkDocx(docx, registry());
const summary = (docx: Uint8Array) => {
  const r = check(docx);
  return { category: r.category, findings: pairs(r.findings) };
};
const contractOf = (docx: Uint8Array) => {
  const r = readDocx(docx, registry());
  if (r.kind !== 'contract') throw new Error(`${r.kind}: ${r.reason}`);
  return r.contract;
};
const KORREKT = { category: 'korrekt', findings: [] };

/** Each <w:sdt>…</w:sdt> that is not nested (the template's controls are flat). */
const SDT = /<w:sdt>([\s\S]*?)<\/w:sdt>/g;
const isCheckbox = (sdt: string) => sdt.includes('w14:checkbox');
const contentOf = (sdt: string) => /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(sdt)?.[1] ?? '';
/** Removes the label run just before each control ("Navn: "). */
const stripLabelsBeforeControls = (xml: string) => xml.replace(/<w:r><w:t xml:space="preserve">[^<]*:\s*<\/w:t><\/w:r>(?=<w:sdt>)/g, '');

describe('finding values: tags, titles, labels, bare text', () => {
  it('the filled template is korrekt and was read by label (strategy 3)', () => {
    expect(summary(filled())).toEqual(KORREKT);
    expect(contractOf(filled()).values['citizen.cpr']).toMatchObject({ text: '120385-1234', strategy: 3 });
  });

  it('reads controls by tag alone, with every label removed (strategy 1)', () => {
    const ids = new Map<string, string>();
    const c = contractOf(filled());
    for (const [field, v] of Object.entries(c.values)) if (v.location?.controlId) ids.set(v.location.controlId, field);
    const tagged = editPart(filled(), (xml) =>
      stripLabelsBeforeControls(xml.replace(/<w:id w:val="(\d+)"\/>/g, (m, id: string) => (ids.has(id) ? `${m}<w:tag w:val="${ids.get(id)}"/>` : m))));
    expect(summary(tagged)).toEqual(KORREKT);
    expect(contractOf(tagged).values['buyer.ean']).toMatchObject({ text: '5798000000001', strategy: 1 });
  });

  it('reads controls by title (alias) naming the field by a label synonym (strategy 2)', () => {
    const c = contractOf(filled());
    const def = registry().find('kl-voksen')!.definition;
    const alias = new Map<string, string>();
    for (const [field, v] of Object.entries(c.values)) {
      const fd = def.fields.find((f) => f.id === field.replace(/\[\d+\]/g, '[]'));
      // A synonym rather than the printed label, as other tools name their controls.
      if (v.location?.controlId && fd) alias.set(v.location.controlId, fd.synonyms[0] ?? fd.label);
    }
    const titled = editPart(filled(), (xml) =>
      stripLabelsBeforeControls(xml.replace(/<w:id w:val="(\d+)"\/>/g, (m, id: string) => (alias.has(id) ? `${m}<w:alias w:val="${alias.get(id)}"/>` : m))));
    expect(summary(titled)).toEqual(KORREKT);
    expect(contractOf(titled).values['citizen.cpr']).toMatchObject({ text: '120385-1234', strategy: 2 });
  });

  it('reads bare text typed after the label with no content controls at all (strategy 4)', () => {
    const bare = editPart(filled(), (xml) => xml.replace(SDT, (m, inner: string) => (isCheckbox(m) ? m : contentOf(inner))));
    expect(partText(bare)).not.toMatch(/<w:sdt>(?![\s\S]*?w14:checkbox)/);
    expect(summary(bare)).toEqual(KORREKT);
    const c = contractOf(bare);
    expect(c.values['citizen.name']).toMatchObject({ text: 'Mette Sørensen', strategy: 4 });
    expect(c.values['provider.name']?.text).toBe('Bostedet Skovbrynet');
    expect(c.values['services[0].startDate']?.text).toBe('01-03-2026');
  });

  it('reads a control that holds the label and the value together', () => {
    const doc = editPart(filled(), (xml) => xml.replace(
      /<w:r><w:t xml:space="preserve">Navn: <\/w:t><\/w:r>(<w:sdt>(?:(?!<\/w:sdt>)[\s\S])*?)<w:t xml:space="preserve">Mette Sørensen<\/w:t>/,
      '$1<w:t xml:space="preserve">Navn: Mette Sørensen</w:t>'));
    expect(contractOf(doc).values['citizen.name']).toMatchObject({ text: 'Mette Sørensen', strategy: 3 });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('tolerates label variants (case, colon, spacing, synonyms)', () => {
    const variant = editPart(filled(), (xml) => xml
      .replace('>Cpr.nr.: <', '>CPR-nr <')
      .replace('>Handelskommune: <', '>Handlekommune : <')
      .replace('>EAN-nr.: <', '>EAN nr.: <')
      .replace(/>Tlf: </g, '>Telefon: <'));
    expect(summary(variant)).toEqual(KORREKT);
    expect(contractOf(variant).values['buyer.phone']?.text).toBe('55445544');
  });

  it('finds a value in the next table cell when the label stands alone in its cell', () => {
    // Move "Cpr.nr.:" into a cell of its own and the control into the next cell of the same row.
    const doc = editPart(filled(), (xml) => {
      const label = '<w:p><w:r><w:t xml:space="preserve">Cpr.nr.: </w:t></w:r>';
      const at = xml.indexOf(label);
      const pEnd = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      const control = xml.slice(at + label.length, pEnd - '</w:p>'.length);
      const cellEnd = xml.indexOf('</w:tc>', pEnd);
      const rowEnd = xml.indexOf('</w:tr>', cellEnd) + '</w:tr>'.length;
      const newRow = `<w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">Cpr.nr.:</w:t></w:r></w:p></w:tc><w:tc><w:p>${control}</w:p></w:tc></w:tr>`;
      const withoutPara = xml.slice(0, at) + xml.slice(pEnd, rowEnd);
      return withoutPara.slice(0, withoutPara.length) + newRow + xml.slice(rowEnd);
    });
    expect(contractOf(doc).values['citizen.cpr']).toMatchObject({ text: '120385-1234', strategy: 3 });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('finds fields within their section when the sections stand in another order', () => {
    const reordered = editPart(filled(), (xml) => {
      const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows.length).toBe(11);
      const order = [2, 1, 0, 3, 5, 4, 6, 7, 8, 10, 9];
      const start = xml.indexOf(rows[0]!);
      const end = xml.indexOf(rows[10]!) + rows[10]!.length;
      return xml.slice(0, start) + order.map((i) => rows[i]).join('') + xml.slice(end);
    });
    expect(summary(reordered)).toEqual(KORREKT);
    const c = contractOf(reordered);
    expect(c.values['citizen.name']?.text).toBe('Mette Sørensen');
    expect(c.values['provider.address']?.text).toBe('Skovbrynet 12');
    expect(c.values['buyer.address']?.text).toBe('Rådmandshaven 20');
  });
});

describe('checkboxes', () => {
  const toGlyphs = (xml: string, checked = '☒', unchecked = '☐') =>
    xml.replace(SDT, (m) => (isCheckbox(m) ? `<w:r><w:t xml:space="preserve">${m.includes('w14:checked w14:val="1"') ? checked : unchecked}</w:t></w:r>` : m));

  it('reads legacy ☐/☒ glyphs as checkboxes', () => {
    const glyphs = editPart(filled(), (xml) => toGlyphs(xml));
    expect(partText(glyphs)).not.toContain('w14:checkbox');
    expect(summary(glyphs)).toEqual(KORREKT);
    expect(contractOf(glyphs).choices['dataProtection.role']).toMatchObject({ found: true, checked: ['processor'] });
  });

  it('reads plain-text boxes "[X]" and "[ ]"', () => {
    const doc = editPart(filled(), (xml) => toGlyphs(xml, '[X]', '[ ]'));
    expect(summary(doc)).toEqual(KORREKT);
    expect(contractOf(doc).choices['provider.operatingForm']?.checked).toEqual(['private']);
  });

  it('reads option texts standing before their boxes ("Forud ☐  Bagud ☒")', () => {
    const doc = editPart(filled(), (xml) => toGlyphs(xml).replace(
      /<w:r><w:t xml:space="preserve">(☐|☒)<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> Forud {3}<\/w:t><\/w:r><w:r><w:t xml:space="preserve">(☐|☒)<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> Bagud<\/w:t><\/w:r>/,
      '<w:r><w:t xml:space="preserve">Forud $1   Bagud $2</w:t></w:r>'));
    expect(partText(doc)).toContain('Forud ☐   Bagud ☒');
    expect(contractOf(doc).choices['payment.timing']?.checked).toEqual(['arrears']);
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('reads ☑ and ✓ as checked', () => {
    for (const mark of ['☑', '✓']) {
      const doc = editPart(filled(), (xml) => toGlyphs(xml, mark));
      expect(summary(doc)).toEqual(KORREKT);
    }
  });

  it('reports none checked as undecided and two checked as ambiguous', () => {
    const none = editPart(filled(), (xml) => toGlyphs(xml, '☐'));
    expect(contractOf(none).choices['payment.timing']).toMatchObject({ found: true, checked: [] });
    expect(summary(none).findings).toEqual(expect.arrayContaining([
      'choice.undecided @ payment.timing', 'operating-form.undecided @ provider.operatingForm', 'gdpr.undecided @ dataProtection.role',
    ]));
    const both = editPart(filled(), (xml) => toGlyphs(xml).replace(/☐(<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> Forud)/, '☒$1'));
    expect(contractOf(both).choices['payment.timing']?.checked.sort()).toEqual(['advance', 'arrears']);
    expect(summary(both).findings).toContain('choice.ambiguous @ payment.timing');
  });

  it('kl-fill sets w14:checked and the glyph, and can change a choice', () => {
    const input = validInput();
    input.choices['payment.timing'] = 'advance';
    const doc = fillDocx(templateBytes(), input, registry());
    expect(summary(doc)).toEqual({ category: 'uhensigtsmaessige-valg', findings: ['payment.prepayment @ payment.timing'] });
    const refilled = fillDocx(doc, validInput(), registry());
    expect(summary(refilled)).toEqual(KORREKT);
  });
});

describe('dates', () => {
  const startDateAsText = (text: string) => editPart(filled(), (xml) =>
    xml.replace(/<w:sdt>((?:(?!<\/w:sdt>)[\s\S])*?<w:date [\s\S]*?)<\/w:sdt>/, () => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`));

  it.each(['01-03-2026', '1.3.2026', '1/3/2026', '2026-03-01', '1. marts 2026', '1. mar. 2026'])('reads the text date %s', (text) => {
    const doc = startDateAsText(text);
    const v = contractOf(doc).values['services[0].startDate'];
    expect(v).toMatchObject({ text, strategy: 4 });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('prefers the date control\'s w:fullDate to the shown text', () => {
    const doc = editPart(filled(), (xml) => xml.replace('>01-03-2026<', '>første marts<'));
    expect(contractOf(doc).values['services[0].startDate']).toMatchObject({ isoDate: '2026-03-01' });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('an unreadable text date is date.invalid', () => {
    expect(summary(startDateAsText('snart')).findings).toContain('date.invalid @ services[0].startDate');
  });
});

describe('placeholders and signatures', () => {
  it('treats placeholder text as empty even without w:showingPlcHdr', () => {
    const doc = editPart(filled(), (xml) => xml.replace('>Mette Sørensen<', '>Klik eller tryk her for at skrive tekst.<'));
    expect(contractOf(doc).values['citizen.name']?.text).toBeNull();
    expect(summary(doc).findings).toEqual(['field.missing @ citizen.name']);
  });

  it('treats a run in the placeholder style as empty', () => {
    const doc = editPart(filled(), (xml) => xml.replace('<w:r><w:t xml:space="preserve">Mette Sørensen</w:t></w:r>',
      '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">Skriv navn</w:t></w:r>'));
    expect(summary(doc).findings).toEqual(['field.missing @ citizen.name']);
  });

  const DRAWING = '<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="285750"/><wp:docPr id="99" name="Underskrift"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdSig"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';

  it('a picture in the signature control is a signature', () => {
    const run = '<w:r><w:t xml:space="preserve">Peter Holm</w:t></w:r></w:sdtContent>';
    const doc = editPart(filled(), (xml) => {
      const at = xml.lastIndexOf(run);
      return xml.slice(0, at) + `${DRAWING}</w:sdtContent>` + xml.slice(at + run.length);
    });
    const v = contractOf(doc).values['signatures.provider.signature'];
    expect(v).toMatchObject({ text: null, hasPicture: true });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('a blank line of a paper form ("____") is an empty signature', () => {
    const doc = editPart(filled(), (xml) => {
      const at = xml.lastIndexOf('<w:sdt>');
      return `${xml.slice(0, at)}<w:r><w:t xml:space="preserve">______________________</w:t></w:r>${xml.slice(xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length)}`;
    });
    expect(summary(doc).findings).toEqual(['signature.missing @ signatures.provider']);
  });

  it('reads the parties\' signature blocks side by side in a table', () => {
    const sideBySide = (xml: string, dropProviderSignature: boolean) => {
      const heading = xml.indexOf('11. Underskrifter');
      const cellStart = xml.indexOf('<w:tc>', heading);
      const firstP = xml.indexOf('<w:p>', cellStart);
      const cellEnd = xml.indexOf('</w:tc>', firstP);
      const paras = xml.slice(firstP, cellEnd).match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
      expect(paras).toHaveLength(8);
      if (dropProviderSignature) paras[7] = '<w:p><w:r><w:t xml:space="preserve">Underskrift: </w:t></w:r></w:p>';
      const rows = [0, 1, 2, 3].map((i) => `<w:tr><w:tc>${paras[i]}</w:tc><w:tc>${paras[i + 4]}</w:tc></w:tr>`).join('');
      return `${xml.slice(0, firstP)}<w:tbl>${rows}</w:tbl><w:p/>${xml.slice(cellEnd)}`;
    };
    const doc = editPart(filled(), (xml) => sideBySide(xml, false));
    const c = contractOf(doc);
    expect(c.values['signatures.buyer.name']?.text).toBe('Lone Hansen');
    expect(c.values['signatures.provider.name']?.text).toBe('Peter Holm');
    expect(summary(doc)).toEqual(KORREKT);
    expect(summary(editPart(filled(), (xml) => sideBySide(xml, true))).findings).toEqual(['signature.missing @ signatures.provider']);
  });

  it('a control or a scanned signature on the line below its label', () => {
    const below = (xml: string, replacement: (control: string) => string) => {
      const label = '<w:p><w:r><w:t xml:space="preserve">Underskrift: </w:t></w:r>';
      const at = xml.lastIndexOf(label);
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      const control = xml.slice(at + label.length, end - '</w:p>'.length);
      return `${xml.slice(0, at)}<w:p><w:r><w:t xml:space="preserve">Underskrift:</w:t></w:r></w:p><w:p>${replacement(control)}</w:p>${xml.slice(end)}`;
    };
    const withControl = editPart(filled(), (xml) => below(xml, (c) => c));
    expect(contractOf(withControl).values['signatures.provider.signature']).toMatchObject({ text: 'Peter Holm', strategy: 3 });
    const withPicture = editPart(filled(), (xml) => below(xml, () => DRAWING));
    expect(contractOf(withPicture).values['signatures.provider.signature']).toMatchObject({ hasPicture: true });
    expect(summary(withPicture)).toEqual(KORREKT);
    const blank = editPart(filled(), (xml) => below(xml, () => '<w:r><w:t xml:space="preserve">  </w:t></w:r>'));
    expect(summary(blank).findings).toEqual(['signature.missing @ signatures.provider']);
  });

  it('a picture typed after "Underskrift:" without a control is a signature; an empty line is not', () => {
    const lastSdt = (xml: string) => xml.lastIndexOf('<w:sdt>');
    const withPicture = editPart(filled(), (xml) => {
      const at = lastSdt(xml);
      return xml.slice(0, at) + DRAWING + xml.slice(xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length);
    });
    expect(contractOf(withPicture).values['signatures.provider.signature']).toMatchObject({ hasPicture: true, strategy: 4 });
    expect(summary(withPicture)).toEqual(KORREKT);
    const empty = editPart(filled(), (xml) => {
      const at = lastSdt(xml);
      return xml.slice(0, at) + xml.slice(xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length);
    });
    expect(summary(empty).findings).toEqual(['signature.missing @ signatures.provider']);
  });
});

describe('service blocks', () => {
  it('fills and reads two services with fresh unique control ids', () => {
    const input = validInput();
    input.services.push({ ...input.services[0]!, serviceAndSection: 'Bostøtte, SEL § 85', firstFollowUpDate: '' });
    const doc = fillDocx(templateBytes(), input, registry());
    const xml = partText(doc);
    const ids = [...xml.matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain('>Indsats 2<');
    const c = contractOf(doc);
    expect(c.serviceCount).toBe(2);
    expect(c.values['services[1].serviceAndSection']?.text).toBe('Bostøtte, SEL § 85');
    expect(summary(doc).findings).toEqual(['follow-up.missing @ services[1].firstFollowUpDate']);
  });
});

describe('tracked changes and clause text', () => {
  const CLAUSE = 'Taksten reguleres hvert år pr. 1. januar med den pris- og lønfremskrivning';
  const revise = (replacement: string) => editPart(filled(), (xml) =>
    xml.replace(`<w:r><w:t xml:space="preserve">${CLAUSE}`, `${replacement}<w:r><w:t xml:space="preserve">${CLAUSE}`));
  const INS = (text: string) => `<w:ins w:id="9001" w:author="Leverandør" w:date="2026-02-01T10:00:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
  const DEL = (text: string) => `<w:del w:id="9002" w:author="Leverandør" w:date="2026-02-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

  it('an inserted word is read as accepted: standard-text.altered and revisions.pending', () => {
    const doc = revise(INS('Som udgangspunkt '));
    expect(contractOf(doc).hasPendingRevisions).toBe(true);
    expect(summary(doc)).toEqual({
      category: 'fejl-med-oekonomisk-risiko',
      findings: ['revisions.pending @ null', 'standard-text.altered @ clauses.priceRegulation'],
    });
  });

  it('deleted words are out of the accepted text', () => {
    const doc = editPart(filled(), (xml) => xml.replace(
      `<w:r><w:t xml:space="preserve">${CLAUSE}`,
      `${DEL('Taksten reguleres hvert år pr. 1. januar ')}<w:r><w:t xml:space="preserve">med den pris- og lønfremskrivning`));
    expect(contractOf(doc).clauses.priceRegulation?.text).toMatch(/^med den pris/);
    expect(summary(doc).findings).toEqual(['revisions.pending @ null', 'standard-text.altered @ clauses.priceRegulation']);
  });

  it('a deleted and re-inserted identical word is only a pending revision', () => {
    const doc = editPart(filled(), (xml) => xml.replace(
      `<w:r><w:t xml:space="preserve">${CLAUSE}`,
      `${DEL('Taksten')}${INS('Taksten')}<w:r><w:t xml:space="preserve">${CLAUSE.replace('Taksten', '')}`));
    expect(summary(doc)).toEqual({ category: 'korrekt', findings: ['revisions.pending @ null'] });
  });

  it('whitespace-only differences in a clause are not changes', () => {
    const doc = editPart(filled(), (xml) => xml.replace(
      `<w:t xml:space="preserve">${CLAUSE}`,
      `<w:t xml:space="preserve">  ${CLAUSE.replace('hvert år', 'hvert  år').replace('pr. 1.', 'pr.\u00a01.')}`));
    expect(summary(doc)).toEqual(KORREKT);
  });
});

describe('packages: main part, Strict namespaces, template recognition', () => {
  const repack = (docx: Uint8Array, edit: (files: Record<string, Uint8Array>) => void) => {
    const files = unzipSync(docx);
    edit(files);
    return zipSync(files);
  };
  const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

  it('finds the main part through _rels/.rels when it is not word/document.xml', () => {
    const doc = repack(filled(), (f) => {
      f['word/main.xml'] = f['word/document.xml']!;
      delete f['word/document.xml'];
      f['word/_rels/main.xml.rels'] = f['word/_rels/document.xml.rels']!;
      delete f['word/_rels/document.xml.rels'];
      f['_rels/.rels'] = strToU8(text(f['_rels/.rels']).replace('word/document.xml', 'word/main.xml'));
    });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('reads Strict OOXML namespaces', () => {
    const doc = repack(filled(), (f) => {
      f['word/document.xml'] = strToU8(text(f['word/document.xml']).replace(
        'http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'));
      f['_rels/.rels'] = strToU8(text(f['_rels/.rels']).replace(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument'));
    });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('recognises the footer in the body with other whitespace when the footer part is gone', () => {
    const doc = repack(filled(), (f) => {
      delete f['word/footer1.xml'];
      f['word/document.xml'] = strToU8(text(f['word/document.xml']).replace('</w:tbl>',
        '</w:tbl><w:p><w:r><w:t xml:space="preserve">Version 2.1  august\u00a02024 · KL’s skabelon til Standardkontrakt</w:t></w:r></w:p>'));
    });
    expect(summary(doc)).toEqual(KORREKT);
  });

  it('another version in the footer is an unknown template with a Danish reason', () => {
    const doc = editPart(filled(), (xml) => xml.replace('Version 2.1', 'Version 1.9'), 'word/footer1.xml');
    const r = check(doc);
    expect(r.category).toBe('ukendt-skabelon');
    expect(r.template).toBeNull();
    expect(r.findings).toEqual([{ rule: 'template.unknown', category: 'ukendt-skabelon', field: null, message: expect.stringMatching(/sidefod/) }]);
  });

  it('a document without the heading is an unknown template', () => {
    const doc = editPart(filled(), (xml) => xml.replace('STANDARDKONTRAKT PÅ VOKSENOMRÅDET', 'LEJEKONTRAKT'));
    expect(check(doc).category).toBe('ukendt-skabelon');
  });
});

describe('writing keeps everything else', () => {
  it('keeps all other parts byte-identical and removes placeholders from filled controls', () => {
    const before = unzipSync(templateBytes());
    const after = unzipSync(filled());
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml') continue;
      expect({ name, same: Buffer.compare(Buffer.from(before[name]!), Buffer.from(after[name]!)) === 0 }).toEqual({ name, same: true });
    }
    const xml = text(after['word/document.xml']);
    // Only the optional fields left empty still show their placeholder.
    expect((xml.match(/<w:showingPlcHdr\/>/g) ?? []).length).toBe(4);
    expect(xml).toContain('w:fullDate="2026-03-01T00:00:00Z"');
    expect(xml).toContain('>01-03-2026<');
  });

  it('refuses unknown field ids and options with Danish errors', () => {
    const bad = validInput();
    bad.fields['citizen.shoeSize'] = '42';
    expect(() => fillDocx(templateBytes(), bad, registry())).toThrow(/findes ikke i skabelonen/);
    const badChoice = validInput();
    badChoice.choices['payment.timing'] = 'sometimes';
    expect(() => fillDocx(templateBytes(), badChoice, registry())).toThrow(/er ikke en mulighed/);
    const badDate = validInput();
    badDate.services[0]!.startDate = 'i morgen';
    expect(() => fillDocx(templateBytes(), badDate, registry())).toThrow(/Datoen/);
  });
});

function text(b: Uint8Array | undefined): string {
  return new TextDecoder().decode(b);
}
