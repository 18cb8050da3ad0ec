/**
 * `npm run validate:manifest`: validates every manifest offline. Each manifest folder owns its
 * validator (manifest/<host>/validate.ts exporting `validate(): Promise<string[]>` of errors).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

async function main(): Promise<void> {
  let errors = 0;
  for (const host of ['word', 'teams']) {
    const file = path.join(__dirname, '..', 'manifest', host, 'validate.ts');
    if (!existsSync(file)) continue;
    const mod = (await import(file)) as { validate: () => Promise<string[]> };
    const problems = await mod.validate();
    console.log(`${host}: ${problems.length === 0 ? 'gyldigt' : `${problems.length} fejl`}`);
    for (const p of problems) console.log(`  ${p}`);
    errors += problems.length;
  }
  process.exit(errors ? 1 : 0);
}
void main();
