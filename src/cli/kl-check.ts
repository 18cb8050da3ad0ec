/**
 * kl-check: checks KL standard contracts (.docx) against the template and the agreement's rules.
 *   npm run --silent kl-check -- [--json | --csv] [--fields] [--show-cpr] <files or folders>
 * Exit code 0 when every file is korrekt, 1 when any file has a finding or is unreadable, 2 on wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadTemplateRegistry } from '../document/templates/node-loader';
import { checkFile } from './check-files';
import { collectFiles, MissingPath } from './files';
import { withOrderConsistency } from './order-consistency';
import { exitCodeFor, type CheckedFile } from './report';
import { writeHtmlReport } from './report-file';
import { toCsv, toJson, toTable } from './reporters';

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

Afslutningskode: 0 når alle filer er korrekte, 1 når en fil har fund eller ikke kan læses,
2 ved forkert brug.
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        fields: { type: 'boolean', default: false },
        'show-cpr': { type: 'boolean', default: false },
        orders: { type: 'string', multiple: true },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`kl-check: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`kl-check: angiv mindst én fil eller mappe.\n\n${HELP}`);
    return 2;
  }
  if (values.json && values.csv) {
    process.stderr.write('kl-check: vælg enten --json eller --csv, ikke begge.\n');
    return 2;
  }
  let files: string[];
  let orderFiles: string[];
  try {
    files = collectFiles(positionals);
    orderFiles = collectFiles(values.orders ?? []);
  } catch (e) {
    if (e instanceof MissingPath) {
      process.stderr.write(`kl-check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const registry = loadTemplateRegistry();
  const progress = process.stderr.isTTY && files.length > 20;
  let results: CheckedFile[] = [];
  files.forEach((f, i) => {
    results.push(checkFile(f, registry, { fields: values.fields, showCpr: values['show-cpr'] }));
    if (progress && (i % 10 === 9 || i === files.length - 1)) process.stderr.write(`\rTjekker ${i + 1}/${files.length} …`);
  });
  if (progress) process.stderr.write('\n');
  // Contracts together with their orders (bestillinger): see ./order-consistency.
  results = withOrderConsistency(results, orderFiles, registry, { fields: values.fields, showCpr: values['show-cpr'] });
  if (values.report !== undefined) {
    try {
      writeHtmlReport(values.report, results);
    } catch (e) {
      process.stderr.write(`kl-check: rapporten kunne ikke skrives til ${values.report} (${(e as { code?: string }).code ?? 'ukendt fejl'}).\n`);
      return 2;
    }
    if (process.stderr.isTTY) process.stderr.write(`Rapporten er skrevet til ${values.report}\n`);
  }
  const out = values.json ? toJson(results) : values.csv ? toCsv(results) : toTable(results);
  await new Promise<void>((resolve) => process.stdout.write(out, () => resolve()));
  return exitCodeFor(results);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`kl-check: uventet fejl: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
