#!/usr/bin/env node
/**
 * `npm run build:cli`: bundles kl-check, its worker and kl-fill into dist/cli/*.cjs with esbuild, so
 * that the bins start as plain JavaScript (no tsx compile at every start, issue 16 point 2). One file per
 * entry with its dependencies inside: a worker thread then loads one file, not hundreds from node_modules.
 * bin/*.cjs run these when they are at least as new as src/, else the TypeScript through tsx.
 * esbuild API: https://esbuild.github.io/api/#build
 */
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
// --outdir <dir> (inside the checkout, so the bundle finds assets/templates above it): the tests build a private copy.
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : path.join(root, 'dist', 'cli');
esbuild
  .build({
    absWorkingDir: root,
    entryPoints: ['src/cli/kl-check.ts', 'src/cli/check-worker.ts', 'src/cli/kl-fill.ts'],
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    // Less to parse at every start (the main thread's bundle carries zod and the report code for the
    // rarer options); the messages the bins print do not depend on the names.
    minify: true,
    // Only the source (non-built) path of check-pool.ts resolves tsx; a build never loads it.
    external: ['tsx'],
    logLevel: 'warning',
  })
  .then(() => process.stdout.write(`kl-check/kl-fill bygget i ${path.relative(root, outdir)}\n`))
  .catch(() => process.exit(1));
