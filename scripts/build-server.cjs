#!/usr/bin/env node
/**
 * `npm run build:server` (and `npm start`, with --quiet, before every start): compiles the server
 * (src/server/main.ts and everything it imports from src/) into one CommonJS file,
 * dist/node/server.cjs, with esbuild, and beside it the import check's worker thread,
 * dist/node/offer-import-worker.cjs (found there by offer-import-pool.ts), so production runs plain
 * JavaScript (`npm run serve`) and never tsx. Packages from node_modules stay external: they are
 * installed by `npm ci --omit=dev` beside it, and some of them (PGlite's WebAssembly, pino's
 * transports) load files relative to their own folder, which a bundle would break.
 * The build fails when the server imports a package that is not in "dependencies", because
 * `npm ci --omit=dev` (the Dockerfile) would not install it.
 * esbuild API: https://esbuild.github.io/api/#build
 */
const path = require('node:path');
const { builtinModules } = require('node:module');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const outdir = path.join(root, 'dist', 'node');

/** "@scope/name/sub" → "@scope/name"; "name/sub" → "name". */
const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

async function main() {
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [
      { in: 'src/server/main.ts', out: 'server' },
      { in: 'src/server/app/offer-import-worker.ts', out: 'offer-import-worker' },
    ],
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The lowest Node the package supports (engines); newer ones run it unchanged.
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const missing = new Set();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imp of input.imports) {
      if (!imp.external || builtins.has(imp.path)) continue;
      const name = packageOf(imp.path);
      if (!(name in (pkg.dependencies ?? {}))) missing.add(name);
    }
  }
  if (missing.size > 0) {
    process.stderr.write(`Serveren importerer pakker, der ikke er i "dependencies" (npm ci --omit=dev installerer dem ikke): ${[...missing].join(', ')}\n`);
    process.exit(1);
  }
  if (!process.argv.includes('--quiet')) process.stdout.write(`server bygget i ${path.relative(root, outdir)} (server.cjs, offer-import-worker.cjs) på ${Date.now() - started} ms
`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
