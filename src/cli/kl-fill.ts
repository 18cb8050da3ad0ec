/**
 * kl-fill: fills a KL contract template from JSON values.
 *   npm run --silent kl-fill -- --template <docx> --values <json> --out <docx>
 *   npm run --silent kl-fill -- --template <docx> --values <batch.json> --out <folder>   (a JSON array)
 * Exit code 0 when every document was written, 1 when some item could not be filled, 2 on wrong usage
 * or invalid JSON.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fillDocx } from '../document/ooxml/fill-docx';
import { describeZodError, fillBatchSchema, fillInputSchema } from '../document/ooxml/fill-input-schema';
import { TEMPLATE_CATALOGUE } from '../document/templates/catalogue';
import { DEFAULT_TEMPLATE_DIR, loadTemplateRegistry } from '../document/templates/node-loader';

export const HELP = `Brug: kl-fill --values <værdier.json> --out <kontrakt.docx> [--template <skabelon.docx>]
       kl-fill --values <liste.json> --out <mappe> [--template <skabelon.docx>]

Udfylder KL's standardkontrakt fra JSON: {"fields": {...}, "choices": {...}, "services": [{...}]}.
Er værdifilen en JSON-liste, udfyldes én kontrakt pr. post i mappen --out (filnavn fra postens
"out", ellers kontrakt-001.docx, kontrakt-002.docx …).
Uden --template bruges den registrerede skabelon (${TEMPLATE_CATALOGUE[0]?.file ?? ''}). --template tager en fil
eller en registreret skabelons id: ${TEMPLATE_CATALOGUE.map((t) => t.definition.id).join(', ')}.
Bestillingen (kl-bestilling) udfyldes med felt-id'er med indeks: {"fields": {"goals[0].description": …},
"choices": {"goals[0].currentScore": "3"}}; blokke som »Mål 2« og »Indsats 2« tilføjes efter behov.

Afslutningskode: 0 når alt er skrevet, 1 når en post ikke kunne udfyldes, 2 ved forkert brug eller ugyldig JSON.
`;

const fail = (msg: string): number => {
  process.stderr.write(`kl-fill: ${msg}\n`);
  return 2;
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        template: { type: 'string' },
        values: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return fail(`${message(e)}\n\n${HELP}`);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!values.values || !values.out) return fail(`angiv både --values og --out.\n\n${HELP}`);
  // --template takes a file, or a registered template's id ('kl-bestilling' fills the order template).
  const byId = TEMPLATE_CATALOGUE.find((t) => t.definition.id === values.template);
  const templatePath = byId ? path.join(DEFAULT_TEMPLATE_DIR, byId.file) : values.template ?? path.join(DEFAULT_TEMPLATE_DIR, TEMPLATE_CATALOGUE[0]?.file ?? '');
  let template: Uint8Array;
  let json: unknown;
  try {
    template = new Uint8Array(readFileSync(templatePath));
  } catch {
    return fail(`skabelonen kan ikke læses: ${templatePath}`);
  }
  try {
    json = JSON.parse(readFileSync(values.values, 'utf8'));
  } catch (e) {
    return fail(`værdifilen ${values.values} kan ikke læses som JSON: ${message(e)}`);
  }
  const registry = loadTemplateRegistry();

  if (!Array.isArray(json)) {
    const input = fillInputSchema.safeParse(json);
    if (!input.success) return fail(`værdierne er ugyldige:\n${describeZodError(input.error)}`);
    try {
      writeFileSync(values.out, fillDocx(template, input.data, registry));
    } catch (e) {
      process.stderr.write(`kl-fill: ${message(e)}\n`);
      return 1;
    }
    process.stderr.write(`Skrev ${values.out}\n`);
    return 0;
  }

  const batch = fillBatchSchema.safeParse(json);
  if (!batch.success) return fail(`værdierne er ugyldige:\n${describeZodError(batch.error)}`);
  mkdirSync(values.out, { recursive: true });
  let failed = 0;
  batch.data.forEach((item, i) => {
    const fallback = `kontrakt-${String(i + 1).padStart(3, '0')}.docx`;
    // Only a plain file name: an item may not write outside the output folder.
    const name = item.out ? path.basename(item.out) : fallback;
    const target = path.join(values.out as string, /\.docx$/i.test(name) ? name : `${name}.docx`);
    try {
      const { out: _out, ...input } = item;
      writeFileSync(target, fillDocx(template, input, registry));
      process.stderr.write(`Skrev ${target}\n`);
    } catch (e) {
      failed++;
      process.stderr.write(`kl-fill: post ${i + 1} (${name}): ${message(e)}\n`);
    }
  });
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
