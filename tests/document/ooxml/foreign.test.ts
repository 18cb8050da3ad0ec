/**
 * The foreign-writer corpus (tests/fixtures/foreign, made by scripts/make-foreign-corpus.ts):
 * contracts written by pandoc, the npm docx package and LibreOffice (from .docx, .odt, .rtf, .doc).
 * Each gives exactly the category and findings of its hand-written expected.json, and the values
 * the writers' layouts hide are read where they stand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocx } from '../../../src/document/ooxml/check';
import { loadDocument } from '../../../src/document/ooxml/load';
import { pairs, readBytes, registry, repoRoot, type Expected } from '../helpers';

const dir = path.join(repoRoot, 'tests', 'fixtures', 'foreign');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
const check = (f: string) => checkDocx(readBytes(path.join(dir, f)), registry());
const text = (f: string, id: string) => check(f).contract?.values[id]?.text ?? null;

describe('foreign-writer corpus', () => {
  it('has an expected result for every file and a file for every expected result', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()).toEqual(Object.keys(expected).sort());
  });

  it('matches expected.json: every category and finding, no false finding', () => {
    const got = Object.fromEntries(Object.keys(expected).map((f) => {
      const r = check(f);
      return [f, { category: r.category, findings: pairs(r.findings) }];
    }));
    const want = Object.fromEntries(Object.entries(expected).map(([f, e]) => [f, { category: e.category, findings: pairs(e.findings) }]));
    expect(got).toEqual(want);
  });

  it('reads a value ending in a label word on the line below its label ("Handelskommune:" / "Næstved Kommune")', () => {
    expect(text('pandoc-korrekt.docx', 'buyer.municipality')).toBe('Næstved Kommune');
    expect(text('pandoc-korrekt.docx', 'buyer.department')).toBe('Center for Handicap og Psykiatri');
  });

  it('splits a combined label ("Postnr. og by: 4700 Næstved")', () => {
    expect(text('pandoc-korrekt.docx', 'buyer.postcode')).toBe('4700');
    expect(text('pandoc-korrekt.docx', 'buyer.city')).toBe('Næstved');
  });

  it('finds headings numbered by their paragraph style and values in the row below their labels', () => {
    const r = check('docxjs-korrekt.docx');
    expect(r.template).toEqual({ id: 'kl-voksen', version: '2.1' });
    expect(r.contract?.values['signatures.provider.name']?.text).toBe('Ole Dam, forstander');
    expect(r.contract?.values['signatures.buyer.date']?.text).toBe('12-03-2026');
  });

  it('reads the values, boxes and signatures LibreOffice\'s text frames hold (w:txbxContent), once each', () => {
    const f = 'libreoffice-fodt-tekstfelter-korrekt.docx';
    const r = check(f);
    expect(r.contract?.values['citizen.cpr']?.text).toBe('230791-2417');
    expect(r.contract?.values['buyer.secureEmail']?.text).toBe('handicap@naestved.dk');
    expect(r.contract?.values['provider.cvr']?.text).toBe('13748136');
    expect(r.contract?.values['signatures.provider.signature']?.text).toBe('Ole Dam');
    expect(r.contract?.choices['provider.operatingForm']?.checked).toEqual(['selfOwning']);
    const paragraphs = loadDocument(readBytes(path.join(dir, f))).model.paragraphs;
    const inBoxes = paragraphs.filter((p) => p.inTextBox).map((p) => p.text);
    expect(inBoxes).toContain('Cpr.nr.: 230791-2417');
    expect(inBoxes).toContain('Underskrift: Ole Dam');
    // Word's text box and its VML fallback hold the same frame: read once.
    expect(inBoxes.filter((t) => t === 'Cpr.nr.: 230791-2417')).toHaveLength(1);
  });

  it('reads LibreOffice\'s nested checkbox controls as ticked or not', () => {
    const c = check('libreoffice-docx-korrekt-01.docx').contract;
    expect(c?.choices['dataProtection.role']?.checked).toEqual(['processor']);
    expect(c?.choices['termination.paymentPeriod']?.checked).toEqual(['standard']);
  });
});
