/**
 * Hostile and broken input never crashes or hangs: each gives a file-level result (ikke-laesbar or
 * ukendt-skabelon) with a Danish reason. All files are generated here; nothing large is committed.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { checkDocx } from '../../../src/document/ooxml/check';
import { fillDocx } from '../../../src/document/ooxml/fill-docx';
import { OoxmlPackage } from '../../../src/document/ooxml/package';
import { readDocx, readFlatOpc } from '../../../src/document/ooxml/read';
import { currentRawInflate, useRawInflate, type ZipLimits } from '../../../src/document/ooxml/zip-reader';
import { editPart, registry, templateBytes, validInput } from '../helpers';

const filled = (() => {
  let cache: Uint8Array | undefined;
  return () => (cache ??= fillDocx(templateBytes(), validInput(), registry()));
})();

const fileLevel = (bytes: Uint8Array, limits?: ZipLimits) => {
  const r = checkDocx(bytes, registry(), limits);
  expect(['ikke-laesbar', 'ukendt-skabelon']).toContain(r.category);
  expect(r.template).toBeNull();
  expect(r.findings).toHaveLength(1);
  const f = r.findings[0]!;
  expect(f.rule).toBe(r.category === 'ikke-laesbar' ? 'file.unreadable' : 'template.unknown');
  expect(f.message.length).toBeGreaterThan(10);
  return { category: r.category, message: f.message };
};

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const rootRels = (target: string) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const docXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const pkg = (files: Record<string, string | Uint8Array>): Uint8Array => {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(z);
};

describe('unreadable input', () => {
  it('an empty file', () => {
    expect(fileLevel(new Uint8Array(0))).toEqual({ category: 'ikke-laesbar', message: 'Filen er tom.' });
  });

  it('random bytes, also when they start like a zip', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = randomBytes(2000 + seed * 97, seed);
      if (seed % 2 === 0) { bytes[0] = 0x50; bytes[1] = 0x4b; }
      expect(fileLevel(bytes).category).toBe('ikke-laesbar');
    }
  });

  it('a truncated zip, at many lengths', () => {
    const full = filled();
    for (const frac of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      expect(fileLevel(full.subarray(0, Math.floor(full.length * frac))).category).toBe('ikke-laesbar');
    }
  });

  it('a zip with corrupted compressed data', () => {
    const bytes = filled().slice();
    for (let i = 200; i < bytes.length - 400; i += 7) bytes[i] = (bytes[i]! ^ 0x5a) & 0xff;
    fileLevel(bytes);
  });

  it('a legacy .doc or encrypted Office file (OLE header)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(fileLevel(ole).message).toMatch(/krypteret eller ældre Word-format/);
  });

  it('a zip entry flagged as encrypted', () => {
    const bytes = filled().slice();
    // Set the encryption bit in every central directory entry.
    for (let i = 0; i < bytes.length - 4; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) bytes[i + 8] = bytes[i + 8]! | 1;
    }
    expect(fileLevel(bytes).message).toMatch(/krypteret/);
  });

  it('an .xlsx renamed .docx', () => {
    const xlsx = pkg({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': rootRels('xl/workbook.xml'),
      'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    });
    expect(fileLevel(xlsx)).toEqual({ category: 'ikke-laesbar', message: expect.stringMatching(/Excel/) });
  });

  it('a zip without a main document part, or without _rels/.rels', () => {
    expect(fileLevel(pkg({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': rootRels('word/document.xml') })).message).toMatch(/findes ikke/);
    expect(fileLevel(pkg({ 'word/document.xml': docXml('') })).message).toMatch(/_rels/);
    expect(fileLevel(pkg({ 'hello.txt': 'hej' })).category).toBe('ikke-laesbar');
  });

  it('a zip bomb: stops inflating at the cap whatever the directory claims', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = pkg({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': zeros });
    expect(bomb.length).toBeLessThan(64 * 1024);
    // Lie in the central directory: claim the entry is 100 bytes.
    const lying = bomb.slice();
    for (let i = 0; i < lying.length - 4; i++) {
      if (lying[i] === 0x50 && lying[i + 1] === 0x4b && lying[i + 2] === 0x01 && lying[i + 3] === 0x02) lying.set([100, 0, 0, 0], i + 24);
    }
    const limits: ZipLimits = { maxInputBytes: 50 * 1024 * 1024, maxTotalUncompressed: 2 * 1024 * 1024, maxEntries: 10_000 };
    for (const b of [bomb, lying]) expect(fileLevel(b, limits).message).toMatch(/zip-bombe/);
  });

  it('the portable (browser) inflater caps a bomb and refuses truncated data too', () => {
    const native = currentRawInflate();
    expect(native).toBeDefined(); // Node registers zlib through the template loader
    useRawInflate(undefined);
    try {
      const zeros = new Uint8Array(8 * 1024 * 1024);
      const bomb = pkg({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': zeros });
      const limits: ZipLimits = { maxInputBytes: 50 * 1024 * 1024, maxTotalUncompressed: 2 * 1024 * 1024, maxEntries: 10_000 };
      expect(fileLevel(bomb, limits).message).toMatch(/zip-bombe/);
      const full = filled();
      expect(fileLevel(full.subarray(0, Math.floor(full.length * 0.6))).category).toBe('ikke-laesbar');
      expect(checkDocx(full, registry()).category).toBe('korrekt');
    } finally {
      useRawInflate(native);
    }
  });

  it('a zip with more entries than allowed', () => {
    const files: Record<string, string> = { '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': docXml('') };
    for (let i = 0; i < 10_001; i++) files[`x/${i}.txt`] = '';
    expect(fileLevel(pkg(files)).message).toMatch(/10000/);
  });

  it('an input over the size limit is refused before it is read', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(fileLevel(big).message).toMatch(/større end grænsen/);
  });

  it('XML with a DTD or entity declarations is refused before parsing', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    for (const xml of [lol, xxe]) {
      const r = fileLevel(pkg({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': xml }));
      expect(r).toEqual({ category: 'ikke-laesbar', message: expect.stringMatching(/DTD/) });
    }
    const evilRels = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]>${rootRels('word/document.xml').replace(/^<\?xml[^>]*\?>/, '')}`;
    expect(fileLevel(pkg({ '_rels/.rels': evilRels, 'word/document.xml': docXml('') })).message).toMatch(/DTD/);
  });

  it('path traversal names in the zip are not parts, and a main part outside the package is refused', () => {
    const files = unzipSync(filled());
    files['../../evil.xml'] = strToU8('<x/>');
    files['/etc/abs.xml'] = strToU8('<x/>');
    const withEvil = zipSync(files);
    expect(checkDocx(withEvil, registry()).category).toBe('korrekt');
    expect(OoxmlPackage.fromZip(withEvil).partNames().some((n) => n.includes('..') || n.startsWith('/') || n.includes('abs'))).toBe(false);
    const escaping = pkg({ '_rels/.rels': rootRels('../../word/document.xml'), 'word/document.xml': docXml('') });
    expect(fileLevel(escaping).category).toBe('ikke-laesbar');
  });

  it('deeply nested or truncated XML', () => {
    const deep = docXml(`${'<w:sdt><w:sdtContent>'.repeat(5000)}<w:p/>`);
    fileLevel(pkg({ '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': deep }));
    const truncated = docXml('<w:p><w:r><w:t>STANDARDKONTRAKT').slice(0, -30);
    fileLevel(pkg({ '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': truncated }));
  });

  it('pathological markup (unterminated tags, comments, quotes) is read in linear time', () => {
    for (const junk of ['<a'.repeat(500_000), '<!--'.repeat(250_000), '<x a="'.repeat(200_000), '<?'.repeat(250_000), '<![CDATA['.repeat(100_000)]) {
      const xml = docXml(`<w:p><w:r><w:t>STANDARDKONTRAKT PÅ VOKSENOMRÅDET</w:t></w:r></w:p>${junk}`);
      // Quadratic scanning would take minutes here and hit the test timeout.
      fileLevel(pkg({ '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': xml }));
    }
  });

  it('RTF, HTML and other non-Word files', () => {
    expect(fileLevel(strToU8('{\\rtf1\\ansi hej}')).message).toMatch(/RTF/);
    expect(fileLevel(strToU8('<!DOCTYPE html><html><body>hej</body></html>')).message).toMatch(/HTML/);
    expect(fileLevel(strToU8('just text')).category).toBe('ikke-laesbar');
  });
});

describe('large and foreign documents', () => {
  it('a 10,000-paragraph document that is no template', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `<w:p><w:r><w:t>Afsnit ${i}: Navn: x</w:t></w:r></w:p>`).join('');
    const doc = pkg({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': rootRels('word/document.xml'), 'word/document.xml': docXml(body) });
    expect(fileLevel(doc).category).toBe('ukendt-skabelon');
  });

  it('a contract with 10,000 extra paragraphs is still checked', () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `<w:p><w:r><w:t xml:space="preserve">Tillæg ${i}: Navn: ☐ Forud</w:t></w:r></w:p>`).join('');
    const doc = editPart(filled(), (xml) => xml.replace('<w:p><w:r><w:t xml:space="preserve">Taksten', `${extra}<w:p><w:r><w:t xml:space="preserve">Taksten`));
    const r = readDocx(doc, registry());
    expect(r.kind).toBe('contract');
    expect(checkDocx(doc, registry()).category).not.toBe('ikke-laesbar');
  });

  it('a zip holding a stored (uncompressed) main part', () => {
    const files = unzipSync(filled());
    const stored: Zippable = {};
    for (const [k, v] of Object.entries(files)) stored[k] = [v, { level: 0 }];
    expect(checkDocx(zipSync(stored), registry()).category).toBe('korrekt');
  });
});

describe('Flat OPC', () => {
  const toFlatOpc = (docx: Uint8Array): string => {
    const parts = Object.entries(unzipSync(docx))
      .filter(([name]) => name !== '[Content_Types].xml')
      .map(([name, data]) => {
        const xml = new TextDecoder().decode(data).replace(/^<\?xml[^>]*\?>/, '');
        return `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
      });
    return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join('')}</pkg:package>`;
  };

  it('reads the same contract from Flat OPC as from the .docx', () => {
    const fromZip = readDocx(filled(), registry());
    const fromFlat = readFlatOpc(toFlatOpc(filled()), registry());
    expect(fromFlat.kind).toBe('contract');
    if (fromZip.kind !== 'contract' || fromFlat.kind !== 'contract') return;
    expect(fromFlat.contract).toEqual(fromZip.contract);
  });

  it('a Flat OPC file on disk is read too, and garbage Flat OPC is unreadable', () => {
    expect(checkDocx(strToU8(toFlatOpc(filled())), registry()).category).toBe('korrekt');
    expect(readFlatOpc('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"></pkg:package>', registry()).kind).toBe('unreadable');
    expect(readFlatOpc('not xml at all', registry()).kind).toBe('unreadable');
  });
});
