/**
 * kl-check: checks KL standard contracts (.docx) against the template and the agreement's rules.
 *   npm run --silent kl-check -- [--json | --csv] [--fields] [--show-cpr] <files or folders>
 * Exit code 0 when every file is korrekt, 1 when any file has a finding or is unreadable, 2 on wrong usage.
 *
 * The files are checked on worker threads (./check-pool), each under a memory limit; this thread
 * only finds the files, collects the results in input order and writes the outputs.
 * A new option: add it to OPTIONS (and HELP), check its combinations in usageError, and — if it
 * writes something — add an Output in outputsFor (e.g. `--report <fil>` writing an HTML file).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractedContract } from '../domain/contract/extracted-contract';
import { unreadable, type CheckJob, type CheckOutcome } from './check-job';
import { runChecks } from './check-pool';
import { collectEntries, MissingPath, type BatchEntry } from './files';
import type { CheckedFileWithOrder } from './order-consistency';
import { exitCodeFor, maskResultsForOutput } from './report';
import { ReportNotWritten, writeHtmlReport } from './report-file';
import { toCsv, toJson, toTable } from './reporters';
import { InvalidRunConfig, runConfig, type RunConfig } from './run-config';

export const HELP = `Brug: kl-check [tilvalg] <filer eller mapper>

Tjekker KL's standardkontrakt (.docx, .docm, .dotx, .dotm) mod skabelonen og rammeaftalens regler.
Mapper gennemsøges rekursivt.

Tilvalg:
  --json        Skriv ét JSON-dokument (filer, fund og opsummering) til standard output
  --csv         Skriv én række pr. fund (CSV) til standard output
  --fields      Tag de udfyldte værdier med (cpr-nummer maskeret som ddmmåå-xxxx)
  --show-cpr    Vis cpr-numre umaskeret sammen med --fields
  --report <fil>  Skriv revisionsrapporten som én HTML-fil (kan åbnes og udskrives uden net)
  --orders <sti>  Tjek kontrakterne sammen med deres bestillinger (fil eller mappe; kan gentages):
                samme borger, ikrafttrædelsesdato, indsatser og omfang; kontrakter uden
                bestilling får order.missing. Gives kontrakter og bestillinger sammen, sker
                det samme uden --orders.
  -h, --help    Vis denne hjælp

Filerne tjekkes parallelt, hver under en grænse for hukommelse og tid; kan justeres med
KL_CHECK_WORKERS, KL_CHECK_MEMORY_MB (standard 384) og KL_CHECK_TIMEOUT_S (standard 120).
Et filnavn, der begynder med -, gives efter -- (fx kl-check --csv -- -fil.docx).

Afslutningskode: 0 når alle filer er korrekte, 1 når en fil har fund eller ikke kan læses,
2 ved forkert brug.
`;

/** The command line options (node:util parseArgs); HELP describes each one. */
const OPTIONS = {
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  fields: { type: 'boolean', default: false },
  'show-cpr': { type: 'boolean', default: false },
  orders: { type: 'string', multiple: true },
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const parse = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
type Parsed = ReturnType<typeof parse>;
export type Options = Parsed['values'];

/** Options that cannot go together (exit 2); null when the command is usable. */
function usageError(values: Options, positionals: string[]): string | null {
  if (positionals.length === 0) return `angiv mindst én fil eller mappe.\n\n${HELP}`;
  if (values.json && values.csv) return 'vælg enten --json eller --csv, ikke begge.';
  return null;
}

/** Something a run writes once every file is checked. */
interface Output {
  write(results: CheckedFileWithOrder[]): Promise<void>;
}

const toStdout = (text: string): Promise<void> => new Promise((resolve) => process.stdout.write(text, () => resolve()));

/**
 * What this run writes: standard output gets exactly one of the table, --json or --csv. An output to a
 * file is one more entry, e.g. `if (values.report) outputs.push({ write: async (r) => writeFileSync(values.report, toHtml(r)) })`.
 */
function outputsFor(values: Options): Output[] {
  const render = values.json ? toJson : values.csv ? toCsv : toTable;
  const outputs: Output[] = [];
  // The report file first: when it cannot be written the run is wrong usage (exit 2), before any output.
  const report = values.report;
  if (report !== undefined) outputs.push({ write: async (results) => writeHtmlReport(report, results) });
  outputs.push({ write: (results) => toStdout(render(results)) });
  // --show-cpr shows CPR numbers on purpose; otherwise no output carries one, whatever the file is called.
  if (!values['show-cpr']) return outputs.map((o) => ({ write: (results) => o.write(maskResultsForOutput(results)) }));
  return outputs;
}

const fail = (message: string): number => {
  process.stderr.write(`kl-check: ${message}\n`);
  return 2;
};

/** Checks the batch's files on the workers; folders that could not be read become their own entries. */
async function checkBatch(entries: BatchEntry[], values: Options, config: RunConfig, keepValues: (e: BatchEntry) => boolean): Promise<CheckOutcome[]> {
  const jobs: CheckJob[] = [];
  const slots: Array<number | CheckOutcome> = entries.map((e) => {
    if (e.kind === 'unreadable-folder') return { result: unreadable(e.path, e.reason, values) };
    jobs.push({ index: jobs.length, file: e.path, root: e.root, fields: values.fields, showCpr: values['show-cpr'], keepValues: keepValues(e) });
    return jobs.length - 1;
  });
  const progress = process.stderr.isTTY && jobs.length > 20;
  const outcomes = await runChecks(jobs, {
    ...config,
    onSettled: progress ? (n, total) => { if (n % 10 === 0 || n === total) process.stderr.write(`\rTjekker ${n}/${total} …`); } : undefined,
  });
  if (progress) process.stderr.write('\n');
  return slots.map((s) => (typeof s === 'number' ? (outcomes[s] as CheckOutcome) : s));
}

/** The --orders entries that are not in the batch already (a file given both ways is checked once). */
function newOrderEntries(entries: BatchEntry[], orderEntries: BatchEntry[]): BatchEntry[] {
  const inBatch = new Set(entries.flatMap((e) => (e.kind === 'file' ? [path.resolve(e.path)] : [])));
  return orderEntries.filter((e) => e.kind !== 'file' || !inBatch.has(path.resolve(e.path)));
}

export async function main(argv: string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    return fail(`${(e as Error).message}\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await toStdout(HELP);
    return 0;
  }
  const usage = usageError(values, positionals);
  if (usage) return fail(usage);
  let config: RunConfig;
  let entries: BatchEntry[];
  let orderEntries: BatchEntry[];
  try {
    config = await runConfig();
    entries = collectEntries(positionals);
    orderEntries = collectEntries(values.orders ?? []);
  } catch (e) {
    if (e instanceof MissingPath || e instanceof InvalidRunConfig) return fail(e.message);
    throw e;
  }
  // Consistency mode (./order-consistency): order files given with --orders are checked with the batch
  // and every file's values come back; without --orders they are fetched only when the batch turns
  // out to hold both contracts and orders.
  const ordersGiven = orderEntries.length > 0;
  const all = [...entries, ...newOrderEntries(entries, orderEntries)];
  const outcomes = await checkBatch(all, values, config, () => ordersGiven);
  let results: CheckedFileWithOrder[] = outcomes.map((o) => o.result);
  const has = (role: CheckOutcome['role']): boolean => outcomes.some((o) => o.role === role);
  if (ordersGiven || (has('contract') && has('order'))) {
    const valuesByFile = new Map<string, ExtractedContract>();
    for (const o of outcomes) if (o.values) valuesByFile.set(o.result.file, o.values);
    if (!ordersGiven) {
      const again = all.filter((_e, i) => outcomes[i]?.role !== undefined);
      for (const o of await checkBatch(again, values, config, () => true)) if (o.values) valuesByFile.set(o.result.file, o.values);
    }
    // Loaded only in this mode: the order rules build many patterns when they load.
    const { pairWithOrders } = await import('./order-consistency');
    results = pairWithOrders(results, (file) => valuesByFile.get(file) ?? null);
  }
  try {
    for (const output of outputsFor(values)) await output.write(results);
  } catch (e) {
    if (e instanceof ReportNotWritten) return fail(e.message);
    throw e;
  }
  return exitCodeFor(results);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`kl-check: uventet fejl: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
