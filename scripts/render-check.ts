/**
 * Render check (manual, not in CI): fills the registered template with the example values (or
 * takes a given .docx), converts it with LibreOffice (`soffice --headless --convert-to pdf`) and
 * reports whether it rendered and whether the filled values appear in the PDF's text. Shows that
 * kl-fill writes a document another OOXML consumer than ours accepts.
 *   npx tsx scripts/render-check.ts [kontrakt.docx]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillDocx } from '../src/document/ooxml/fill-docx';
import { fillInputSchema } from '../src/document/ooxml/fill-input-schema';
import { DEFAULT_TEMPLATE_DIR, loadTemplateRegistry } from '../src/document/templates/node-loader';

const candidates = ['soffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
const soffice = candidates.find((c) => spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0);
if (!soffice) {
  console.log('render-check: soffice (LibreOffice) findes ikke; springer over.');
  process.exit(0);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'kl-render-'));
try {
  const given = process.argv[2];
  const examples = JSON.parse(readFileSync(path.join(__dirname, '..', 'src', 'cli', 'examples', 'kontrakt.json'), 'utf8')) as unknown;
  const input = fillInputSchema.parse(examples);
  const docx = path.join(work, 'kontrakt.docx');
  if (given) writeFileSync(docx, readFileSync(given));
  else writeFileSync(docx, fillDocx(new Uint8Array(readFileSync(path.join(DEFAULT_TEMPLATE_DIR, 'kl-voksen-2.1.docx'))), input, loadTemplateRegistry()));
  const t0 = Date.now();
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    encoding: 'utf8', timeout: 180_000,
  });
  const pdf = path.join(work, 'kontrakt.pdf');
  if (r.status !== 0 || !existsSync(pdf)) {
    console.log(`render-check: LibreOffice kunne ikke konvertere dokumentet (kode ${r.status}).\n${r.stderr}`);
    process.exit(1);
  }
  const bytes = readFileSync(pdf);
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`render-check: ${soffice} konverterede ${given ?? 'den udfyldte skabelon'} til PDF på ${Date.now() - t0} ms: ${bytes.length} bytes, ${pages} side(r).`);
  if (!given) {
    // The text as LibreOffice reads it: from the PDF when pdftotext exists, else LibreOffice's own text export.
    let text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    let source = 'PDF-teksten';
    if (text.status !== 0) {
      spawnSync(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, docx], { timeout: 180_000 });
      const txt = path.join(work, 'kontrakt.txt');
      text = { ...text, status: existsSync(txt) ? 0 : 1, stdout: existsSync(txt) ? readFileSync(txt, 'utf8') : '' };
      source = 'LibreOffice\'s teksteksport';
    }
    const expected = [input.fields['citizen.name'], input.fields['buyer.municipality'], 'Indsats 2', '01-03-2026', '☒'].filter(Boolean) as string[];
    const missing = expected.filter((v) => !text.stdout.includes(v));
    console.log(missing.length ? `render-check: mangler i ${source}: ${missing.join(', ')}` : `render-check: alle kontrolværdier (${expected.join(', ')}) står i ${source}.`);
    if (missing.length) process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
