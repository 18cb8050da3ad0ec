/**
 * Starts a CLI of this package from its compiled bundle, dist/cli/<name>.cjs (`npm run build:cli`,
 * which `npm run build` includes): plain JavaScript, no TypeScript compiler at start-up (issue 16
 * point 2). Without a build the bin says so in Danish and exits with 2 (wrong usage), rather than
 * falling back to tsx, which is several times slower to start and may be absent in an installation.
 * In a checkout, `npm run --silent kl-check -- …` runs the TypeScript source directly (always current).
 */
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

module.exports = function runCli(name) {
  const built = path.join(root, 'dist', 'cli', `${name}.cjs`);
  if (!existsSync(built)) {
    process.stderr.write(
      `${name}: programmet er ikke bygget (${path.relative(process.cwd(), built) || built} mangler).\n` +
        `Kør \`npm run build:cli\` (eller \`npm run build\`) i ${root} og prøv igen.\n` +
        `I en udviklingskopi kan du også bruge \`npm run --silent ${name} -- …\`, som kører kildekoden direkte.\n`,
    );
    process.exitCode = 2;
    return;
  }
  require(built);
};
