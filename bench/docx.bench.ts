/**
 * Checks 1,000 contracts (copies of the development fixtures, in memory) and prints contracts per
 * second, the ratio against mammoth's extractRawText over the same files in the same run, and the
 * memory over the batch. Also times the XML parsers the engine could have used on the same main
 * parts, which is how the tokenizer in src/document/ooxml/xml.ts was chosen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { checkDocx } from '../src/document/ooxml/check';
import { parseXml } from '../src/document/ooxml/xml';
import { loadTemplateRegistry } from '../src/document/templates/node-loader';

const N = Number(process.env.BENCH_DOCS ?? 1000);
const dir = path.resolve(__dirname, '..', 'tests', 'fixtures', 'contracts');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
const docs = Array.from({ length: N }, (_, i) => fixtures[i % fixtures.length] as Uint8Array);
const registry = loadTemplateRegistry();

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

/** Rates by wall time and by CPU time of this process (the CPU figure is steadier on a shared machine). */
async function time(name: string, fn: (doc: Uint8Array, i: number) => unknown): Promise<{ name: string; perSec: number; perCpuSec: number; rss: number[] }> {
  for (let i = 0; i < Math.min(50, N); i++) await fn(docs[i] as Uint8Array, i); // warm-up
  gc?.();
  const rss: number[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    await fn(docs[i] as Uint8Array, i);
    if (i % Math.max(1, Math.floor(N / 5)) === 0) rss.push(process.memoryUsage().rss);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { name, perSec: (N / ms) * 1000, perCpuSec: (N / cpuMs) * 1000, rss };
}

async function main(): Promise<void> {
  const categories: Record<string, number> = {};
  const ours = await time('kl-check engine (unzip + read + extract + rules)', (d) => {
    const r = checkDocx(d, registry);
    categories[r.category] = (categories[r.category] ?? 0) + 1;
  });
  const mam = await time('mammoth.extractRawText (text only)', (d) => mammoth.extractRawText({ buffer: Buffer.from(d) }));

  // The XML approaches on the same main parts (unzipped once, outside the timing).
  const xmls = fixtures.map((f) => strFromU8(unzipSync(f, { filter: (e) => e.name === 'word/document.xml' })['word/document.xml'] as Uint8Array));
  const parsers: Array<[string, (xml: string) => unknown]> = [
    ['tokenizer + light tree (ours)', (x) => parseXml(x)],
    ['fast-xml-parser (preserveOrder)', (x) => new XMLParser({ preserveOrder: true, ignoreAttributes: false, processEntities: false }).parse(x)],
    ['@xmldom/xmldom DOMParser', (x) => new DOMParser().parseFromString(x, 'text/xml')],
  ];
  const parserRates: Array<[string, number]> = [];
  for (const [name, fn] of parsers) {
    for (let i = 0; i < 50; i++) fn(xmls[i % xmls.length] as string);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) fn(xmls[i % xmls.length] as string);
    parserRates.push([name, (N / (performance.now() - t0)) * 1000]);
  }

  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`docx: ${N} contracts (${fixtures.length} fixtures repeated), results ${JSON.stringify(categories)}`);
  for (const r of [ours, mam]) {
    console.log(`  ${r.name.padEnd(50)} ${r.perSec.toFixed(0).padStart(6)} docs/s wall, ${r.perCpuSec.toFixed(0).padStart(6)} docs/CPU-s   rss: ${r.rss.map(mb).join(' → ')}`);
  }
  console.log(`  ratio: kl-check engine is ${(ours.perSec / mam.perSec).toFixed(1)}× mammoth's extractRawText (wall), ${(ours.perCpuSec / mam.perCpuSec).toFixed(1)}× (CPU)`);
  console.log('  XML parsing of word/document.xml alone:');
  const base = parserRates[0]?.[1] ?? 1;
  for (const [name, rate] of parserRates) console.log(`    ${name.padEnd(40)} ${rate.toFixed(0).padStart(7)} parts/s  (${(rate / base).toFixed(2)}× ours)`);
  console.log(`  peak RSS of the process: ${mb(peak)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
