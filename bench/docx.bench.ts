/**
 * Checks 1,000 contracts (copies of the development fixtures, in memory) and prints contracts per
 * second, the ratio against mammoth's extractRawText over the same files in the same run, and the
 * memory over the batch. The floor: unzipping and parsing each file's word/document.xml, and nothing
 * else, in the same run; the engine's cost over that floor is the figure to compare between versions
 * (issue 15: the extraction split must not be slower), as it holds on a loaded machine. Also times the XML parsers the engine could have used on the same main
 * parts, which is how the tokenizer in src/document/ooxml/xml.ts was chosen.
 *
 * Then the whole process (issue 16 point 2): the installed bin (bin/kl-check.cjs, compiled by
 * npm run build:cli) on 1,000 contract files on disk, against Python unzipping and parsing the XML of
 * the same files (zipfile + xml.etree.ElementTree), start-up included, median of 3 runs each, interleaved.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { checkDocx } from '../src/document/ooxml/check';
import { parseXml } from '../src/document/ooxml/xml';
import { loadTemplateRegistry } from '../src/document/templates/node-loader';

const N = Number(process.env.BENCH_DOCS ?? 1000);
// The development contracts (tests/fixtures/contracts, a copy of the shared fixtures); BENCH_FIXTURES names another folder.
const dir = path.resolve(process.env.BENCH_FIXTURES ?? path.join(__dirname, '..', 'tests', 'fixtures', 'contracts'));
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
  const floor = await time('floor: unzip + parse word/document.xml', (d) =>
    parseXml(strFromU8(unzipSync(d, { filter: (e) => e.name === 'word/document.xml' })['word/document.xml'] as Uint8Array)));

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
  for (const r of [ours, mam, floor]) {
    console.log(`  ${r.name.padEnd(50)} ${r.perSec.toFixed(0).padStart(6)} docs/s wall, ${r.perCpuSec.toFixed(0).padStart(6)} docs/CPU-s   rss: ${r.rss.map(mb).join(' → ')}`);
  }
  console.log(`  ratio: kl-check engine is ${(ours.perSec / mam.perSec).toFixed(1)}× mammoth's extractRawText (wall), ${(ours.perCpuSec / mam.perCpuSec).toFixed(1)}× (CPU)`);
  // Issue 15's comparison (2026-12-04, esbuild bundles of both versions timed in blocks of 50 interleaved with this floor
  // in one process, so not this file's sequential figure): the pre-split engine (c73335c) 5.3× the floor, after the split 4.8×.
  console.log(`  ratio: the engine costs ${(floor.perCpuSec / ours.perCpuSec).toFixed(2)}× the floor's CPU time per contract`);
  console.log('  XML parsing of word/document.xml alone:');
  const base = parserRates[0]?.[1] ?? 1;
  for (const [name, rate] of parserRates) console.log(`    ${name.padEnd(40)} ${rate.toFixed(0).padStart(7)} parts/s  (${(rate / base).toFixed(2)}× ours)`);
  console.log(`  peak RSS of the process: ${mb(peak)}`);
}

/** Python's baseline: every XML part of every file (PARTS=all), or only word/document.xml (PARTS=main). */
const PYTHON_BASELINE = `
import os, sys, zipfile, xml.etree.ElementTree as ET
only_main = sys.argv[2] == 'main'
n = 0
for root, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for f in sorted(files):
        if not f.lower().endswith(('.docx', '.docm', '.dotx', '.dotm')):
            continue
        with zipfile.ZipFile(os.path.join(root, f)) as z:
            for name in (['word/document.xml'] if only_main else z.namelist()):
                if name.endswith(('.xml', '.rels')):
                    ET.fromstring(z.read(name))
                    n += 1
print(n)
`;

interface Timed { ms: number; cpuMs: number | null; peakKb: number | null; status: number | null }

/**
 * Wall time of a whole process; with GNU time also its CPU time (user + system, all threads) and peak
 * RSS. The CPU figure is the steadier one on a shared machine, where the wall time mostly measures
 * how long the process waited for a core.
 */
function timeProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const gnuTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { encoding: 'utf8', env, maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const [user, sys, peak] = gnuTime ? (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  const cpuMs = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
  return { ms, cpuMs, peakKb: peak !== undefined && Number.isFinite(peak) ? peak : null, status: r.status };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function processBench(): void {
  const root = path.resolve(__dirname, '..');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.cjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kl-docx-bench-'));
  try {
    const names = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
    for (let i = 0; i < N; i++) {
      const name = names[i % names.length] as string;
      copyFileSync(path.join(dir, name), path.join(tmp, `${String(i).padStart(4, '0')}-${name}`));
    }
    const script = path.join(tmp, 'baseline.py');
    writeFileSync(script, PYTHON_BASELINE);
    const bin = path.join(root, 'bin', 'kl-check.cjs');
    const hasPython = spawnSync('python3', ['--version']).status === 0;
    const runs: Record<string, Timed[]> = { bin: [], pyAll: [], pyMain: [] };
    for (let round = 0; round < 3; round++) {
      runs.bin?.push(timeProcess(process.execPath, [bin, '--json', tmp]));
      if (hasPython) {
        runs.pyAll?.push(timeProcess('python3', [script, tmp, 'all']));
        runs.pyMain?.push(timeProcess('python3', [script, tmp, 'main']));
      }
    }
    const oneCore = timeProcess(process.execPath, [bin, '--json', tmp], { ...process.env, KL_CHECK_WORKERS: '1' });
    const viaTsx = timeProcess(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'kl-check.ts'), '--json', tmp]);
    const m = (k: string): number => median((runs[k] ?? []).map((t) => t.ms));
    const c = (k: string): number | null => {
      const xs = (runs[k] ?? []).map((t) => t.cpuMs);
      return xs.every((x): x is number => x !== null) && xs.length ? median(xs) : null;
    };
    const cpu = (k: string): string => (c(k) === null ? '' : `   CPU ${(c(k) as number).toFixed(0).padStart(6)} ms`);
    const peak = Math.max(...(runs.bin ?? []).map((t) => t.peakKb ?? 0));
    const workers = Math.min(8, os.availableParallelism());
    console.log(`  whole process, ${N} contract files on disk, median of 3 (${os.availableParallelism()} cores, load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
    console.log(`    kl-check bin (compiled, ${workers} worker threads)      ${m('bin').toFixed(0).padStart(6)} ms${cpu('bin')}   peak RSS ${peak ? `${(peak / 1024).toFixed(0)} MB` : 'n/a (no /usr/bin/time)'}`);
    console.log(`    kl-check bin, KL_CHECK_WORKERS=1 (one run)       ${oneCore.ms.toFixed(0).padStart(6)} ms${oneCore.cpuMs === null ? '' : `   CPU ${oneCore.cpuMs.toFixed(0).padStart(6)} ms`}`);
    console.log(`    kl-check through tsx, as before (one run)        ${viaTsx.ms.toFixed(0).padStart(6)} ms${viaTsx.cpuMs === null ? '' : `   CPU ${viaTsx.cpuMs.toFixed(0).padStart(6)} ms`}`);
    if (!hasPython) {
      console.log('    python3 not found: no baseline');
      return;
    }
    console.log(`    python3 zipfile + ElementTree, every XML part    ${m('pyAll').toFixed(0).padStart(6)} ms${cpu('pyAll')}`);
    console.log(`    python3 zipfile + ElementTree, document.xml only ${m('pyMain').toFixed(0).padStart(6)} ms${cpu('pyMain')}`);
    console.log(`  ratio: bin / Python (every XML part) ${(m('bin') / m('pyAll')).toFixed(2)}× wall (goal ≤ 2.0×); bin / Python (document.xml only) ${(m('bin') / m('pyMain')).toFixed(2)}× wall`);
    const [cb, cp] = [c('bin'), c('pyAll')];
    if (cb !== null && cp !== null) {
      // What the wall ratio would be on an idle machine with these cores: the bin's CPU spread over its workers.
      console.log(`  CPU: bin / Python (every XML part) ${(cb / cp).toFixed(2)}×; bin CPU / ${workers} workers vs Python ${((cb / workers) / cp).toFixed(2)}×`);
    }
    if (runs.bin?.some((t) => t.status !== 1)) console.log('  note: the bin exited with an unexpected code (the fixtures have findings, so 1 is expected)');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(processBench).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
