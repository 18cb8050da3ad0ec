/**
 * Builds the foreign-writer corpus in tests/fixtures/foreign/ (issue 15): contracts written by
 * software nobody here wrote, so that the checker is tried on XML it was not shaped around.
 *   - pandoc from a Markdown contract typed by hand (paragraphs, glyph boxes, values below labels);
 *   - the npm `docx` package (style-numbered headings, label | value tables, labels above values);
 *   - LibreOffice (`soffice --headless --convert-to docx`) from .docx, .odt, .rtf and .doc versions
 *     of the development fixtures and of the documents above;
 *   - LibreOffice from a flat OpenDocument file whose parties and signatures sit in text frames
 *     (Word text boxes, w:txbxContent, in the .docx).
 * Each file's text is exported with LibreOffice (`--convert-to txt`) next to it in txt/, to read
 * before trusting an expected result. expected.json is written by hand from contract-checks.md.
 *
 * Re-runnable and deterministic as far as the writers allow: the variants are data, zip entries get
 * a fixed time, the package's creation dates are fixed and content-control ids are renumbered. Needs soffice and pandoc on PATH:
 *   npx tsx scripts/make-foreign-corpus.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { loadTemplateRegistry } from '../src/document/templates/node-loader';
import { correctContract, VARIANTS, type CorpusContract } from './foreign-corpus/contract-data';
import { contractDocx } from './foreign-corpus/docxjs';
import { contractFodt } from './foreign-corpus/frames';
import { contractMarkdown } from './foreign-corpus/markdown';

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'tests', 'fixtures', 'foreign');
const devFixtures = path.join(root, 'tests', 'fixtures', 'contracts');
const work = mkdtempSync(path.join(os.tmpdir(), 'foreign-corpus-'));
const profile = `file://${path.join(work, 'lo-profile')}`;

/** Fixed zip times and package dates, so a re-run gives the same bytes where the writer does. */
function normalise(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const fixed = new Date('2026-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of Object.keys(files).sort()) {
    let data = files[name] as Uint8Array;
    if (name === 'docProps/core.xml' || name === 'docProps/app.xml') {
      data = strToU8(strFromU8(data)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12026-01-01T00:00:00Z')
        .replace(/(<TotalTime>)[^<]*/g, '$10')
        .replace(/(<Application>)[^<]*/g, '$1foreign-corpus'));
    }
    if (name === 'word/document.xml') {
      // LibreOffice gives content controls random w:id values: number them in document order instead.
      const ids = new Map<string, number>();
      data = strToU8(strFromU8(data).replace(/<w:id w:val="(-?\d+)"\/>/g, (_m, id: string) => {
        if (!ids.has(id)) ids.set(id, 1000 + ids.size);
        return `<w:id w:val="${ids.get(id)}"/>`;
      }));
    }
    entries[name] = [data, { mtime: fixed }];
  }
  return zipSync(entries, { level: 9 });
}

/** The text of LibreOffice's HTML export: one line per paragraph or heading, frames included. */
function htmlText(html: string): string {
  const body = html.replace(/[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*/i, '').replace(/\s+/g, ' ');
  const text = body.replace(/<(?:p|h\d|div|br|li|tr)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return `${text.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n')}\n`;
}

function soffice(to: string, files: string[], dir: string): void {
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, ...files], { stdio: 'pipe', timeout: 600_000 });
}

function standardTexts(): CorpusContract['clauses'] {
  const t = loadTemplateRegistry().find('kl-voksen', '2.1');
  if (!t) throw new Error('template kl-voksen 2.1 is not registered');
  const s = t.standardTexts;
  const need = (id: string): string => {
    const v = s[id];
    if (!v) throw new Error(`no standard text for ${id}`);
    return v.replace(/\s+/g, ' ').trim();
  };
  return {
    payment: need('payment'), priceRegulation: need('priceRegulation'), renegotiation: need('renegotiation'),
    termination: need('termination'), documentation: need('documentation'),
  };
}

function variant(name: string, clauses: CorpusContract['clauses']): CorpusContract {
  const c = correctContract({ ...clauses });
  VARIANTS[name]?.(c);
  return c;
}

async function main(): Promise<void> {
  // Regenerate the files; expected.json (written by hand) stays.
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith('.docx')) rmSync(path.join(out, f));
  rmSync(path.join(out, 'txt'), { recursive: true, force: true });
  mkdirSync(path.join(out, 'txt'), { recursive: true });
  const clauses = standardTexts();
  const made: string[] = [];
  const save = (name: string, bytes: Uint8Array): void => {
    writeFileSync(path.join(out, name), normalise(bytes));
    made.push(name);
  };

  // pandoc from Markdown, every variant.
  for (const name of Object.keys(VARIANTS)) {
    const md = path.join(work, `pandoc-${name}.md`);
    writeFileSync(md, contractMarkdown(variant(name, clauses)));
    const docx = path.join(work, `pandoc-${name}.docx`);
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', docx, md]);
    save(`pandoc-${name}.docx`, readFileSync(docx));
  }
  // The npm docx package, every variant.
  for (const name of Object.keys(VARIANTS)) save(`docxjs-${name}.docx`, await contractDocx(variant(name, clauses)));

  // LibreOffice: from .docx directly, and through .odt, .rtf and .doc.
  const lo = path.join(work, 'lo');
  mkdirSync(lo, { recursive: true });

  // LibreOffice from flat ODF with text frames: the correct contract and one with a signature missing inside a frame.
  const framed = ['korrekt', 'mangler-underskrift'];
  const fodtIn = path.join(lo, 'in-fodt');
  const fodtOut = path.join(lo, 'out-fodt');
  for (const d of [fodtIn, fodtOut]) mkdirSync(d, { recursive: true });
  for (const name of framed) writeFileSync(path.join(fodtIn, `tekstfelter-${name}.fodt`), contractFodt(variant(name, clauses)));
  soffice('docx:MS Word 2007 XML', framed.map((name) => path.join(fodtIn, `tekstfelter-${name}.fodt`)), fodtOut);
  for (const name of framed) save(`libreoffice-fodt-tekstfelter-${name}.docx`, readFileSync(path.join(fodtOut, `tekstfelter-${name}.docx`)));

  const sources: Array<[string, string]> = [
    ['korrekt-01.docx', path.join(devFixtures, 'korrekt-01.docx')],
    ['valg-forudbetaling.docx', path.join(devFixtures, 'valg-forudbetaling.docx')],
    ['fejl-gdpr-ikke-valgt.docx', path.join(devFixtures, 'fejl-gdpr-ikke-valgt.docx')],
    ['risiko-mangler-underskrift.docx', path.join(devFixtures, 'risiko-mangler-underskrift.docx')],
    ['pandoc-korrekt.docx', path.join(out, 'pandoc-korrekt.docx')],
    ['docxjs-korrekt.docx', path.join(out, 'docxjs-korrekt.docx')],
    ['docxjs-forlaenget-betaling.docx', path.join(out, 'docxjs-forlaenget-betaling.docx')],
  ];
  const plan: Array<{ source: string; via: 'docx' | 'odt' | 'rtf' | 'doc' }> = [
    { source: 'korrekt-01.docx', via: 'docx' },
    { source: 'korrekt-01.docx', via: 'odt' },
    { source: 'valg-forudbetaling.docx', via: 'odt' },
    { source: 'fejl-gdpr-ikke-valgt.docx', via: 'docx' },
    { source: 'fejl-gdpr-ikke-valgt.docx', via: 'rtf' },
    { source: 'risiko-mangler-underskrift.docx', via: 'doc' },
    { source: 'korrekt-01.docx', via: 'doc' },
    { source: 'pandoc-korrekt.docx', via: 'odt' },
    { source: 'docxjs-korrekt.docx', via: 'docx' },
    { source: 'docxjs-forlaenget-betaling.docx', via: 'rtf' },
  ];
  for (const via of ['docx', 'odt', 'rtf', 'doc'] as const) {
    const jobs = plan.filter((p) => p.via === via);
    if (jobs.length === 0) continue;
    const inDir = path.join(lo, `in-${via}`);
    const midDir = path.join(lo, `mid-${via}`);
    const outDir = path.join(lo, `out-${via}`);
    for (const d of [inDir, midDir, outDir]) mkdirSync(d, { recursive: true });
    for (const j of jobs) copyFileSync(sources.find(([n]) => n === j.source)?.[1] as string, path.join(inDir, j.source));
    let inputs = jobs.map((j) => path.join(inDir, j.source));
    if (via !== 'docx') {
      soffice(via, inputs, midDir);
      inputs = jobs.map((j) => path.join(midDir, j.source.replace(/\.docx$/, `.${via}`)));
    }
    soffice('docx:MS Word 2007 XML', inputs, outDir);
    for (const j of jobs) {
      const name = `libreoffice-${via}-${j.source}`;
      save(name, readFileSync(path.join(outDir, j.source)));
    }
  }

  // The text of every file as LibreOffice reads it, to check each expected result against.
  const txtDir = path.join(work, 'txt');
  mkdirSync(txtDir, { recursive: true });
  soffice('txt:Text (encoded):UTF8', made.map((n) => path.join(out, n)), txtDir);
  for (const f of readdirSync(txtDir)) renameSync(path.join(txtDir, f), path.join(out, 'txt', f));
  // LibreOffice's txt export leaves text frames out; its HTML export has them: their text replaces the txt.
  const framedFiles = made.filter((n) => n.includes('-tekstfelter-'));
  const htmlDir = path.join(work, 'html');
  mkdirSync(htmlDir, { recursive: true });
  soffice('html', framedFiles.map((n) => path.join(out, n)), htmlDir);
  for (const n of framedFiles) {
    const base = n.replace(/\.docx$/, '');
    writeFileSync(path.join(out, 'txt', `${base}.txt`), htmlText(readFileSync(path.join(htmlDir, `${base}.html`), 'utf8')));
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`${made.length} files in ${path.relative(root, out)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
