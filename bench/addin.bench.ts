/**
 * Word add-in benchmark.
 * 1. context.sync() calls per check and per fill with 1 and 20 services, on the fake Word
 *    (tests/fakes/word.ts), against the baseline a naive adapter would need (one round trip per
 *    value written), and the time per operation against the OOXML port doing the same in-process.
 * 2. The production bundle of the task pane (webpack/addin.cjs; built unless dist/addin is fresh):
 *    gzipped size of the initial load (scripts in taskpane.html) against the 400 kB budget, and of
 *    everything including the lazily loaded chunks.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { OoxmlDocumentPort } from '../src/document/ooxml/port';
import { loadTemplateRegistry } from '../src/document/templates/node-loader';
import { WordDocumentPort } from '../src/document/word/word-adapter';
import { ensureBuilt } from '../tests/addin/e2e-support';
import { FakeWord } from '../tests/fakes/word';
import { readFixture, readTemplate, sampleInput } from '../tests/document/word/helpers';

const registry = loadTemplateRegistry();

async function time<T>(fn: () => Promise<T>, runs = 5): Promise<number> {
  await fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - t0) / runs;
}

async function syncs(): Promise<void> {
  console.log('context.sync() per operation (fake Word)');
  console.log('operation            syncs  naive  ratio   ms(Word)  ms(OOXML)  ratio');
  const contract = readFixture('risiko-flere-fejl.docx');
  {
    const w = new FakeWord({ docx: contract });
    await new WordDocumentPort(w.host, w.office, registry).read();
    const ms = await time(() => new WordDocumentPort(new FakeWord({ docx: contract }).host, w.office, registry).read());
    const base = await time(() => OoxmlDocumentPort.fromDocx(contract, registry).read());
    const fields = Object.keys((await OoxmlDocumentPort.fromDocx(contract, registry).read() as { contract: { values: object } }).contract.values).length;
    console.log(`check                ${String(w.syncCount).padStart(5)}  ${String(fields).padStart(5)}  ${(w.syncCount / fields).toFixed(3)}  ${ms.toFixed(1).padStart(8)}  ${base.toFixed(1).padStart(9)}  ${(ms / base).toFixed(2)}`);
  }
  for (const n of [1, 20]) {
    const input = sampleInput(n);
    const w = new FakeWord({ docx: readTemplate() });
    await new WordDocumentPort(w.host, w.office, registry).writeValues(input);
    const naive = Object.keys(input.fields).length + Object.keys(input.choices).length * 2 + input.services.reduce((a, s) => a + Object.keys(s).length, 0);
    const ms = await time(async () => {
      const f = new FakeWord({ docx: readTemplate() });
      await new WordDocumentPort(f.host, f.office, registry).writeValues(input);
    }, 2);
    const base = await time(() => OoxmlDocumentPort.fromDocx(readTemplate(), registry).writeValues(input), 2);
    console.log(`fill, ${String(n).padStart(2)} service(s)  ${String(w.syncCount).padStart(5)}  ${String(naive).padStart(5)}  ${(w.syncCount / naive).toFixed(3)}  ${ms.toFixed(1).padStart(8)}  ${base.toFixed(1).padStart(9)}  ${(ms / base).toFixed(2)}`);
  }
}

async function bundle(): Promise<void> {
  const distDir = await ensureBuilt();
  const html = readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  // office.js comes from Microsoft's CDN, not from our bundle: only our own scripts count.
  const initial = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]!).filter((src) => !/^https?:/i.test(src));
  const gz = (f: string) => gzipSync(readFileSync(path.join(distDir, f)), { level: 9 }).length;
  const all = readdirSync(distDir).filter((f) => f.endsWith('.js'));
  const initialGz = initial.reduce((a, f) => a + gz(f), 0) + gzipSync(html).length;
  const allGz = all.reduce((a, f) => a + gz(f), 0);
  const budget = 400 * 1024;
  console.log('\ntask pane bundle (production, gzip -9)');
  console.log(`initial load (${initial.length} scripts + html): ${(initialGz / 1024).toFixed(1)} kB = ${(initialGz / budget).toFixed(2)} × the 400 kB budget`);
  console.log(`all chunks (${all.length} files, incl. lazy views and OOXML engine): ${(allGz / 1024).toFixed(1)} kB = ${(allGz / budget).toFixed(2)} × budget`);
  for (const f of all.sort((a, b) => gz(b) - gz(a)).slice(0, 5)) console.log(`  ${f.padEnd(28)} ${(gz(f) / 1024).toFixed(1)} kB${initial.includes(f) ? ' (initial)' : ''}`);
  rmSync(distDir, { recursive: true, force: true });
}

void (async () => {
  await syncs();
  await bundle();
})();
