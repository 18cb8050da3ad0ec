#!/usr/bin/env node
/**
 * The browser bundles for `npm start` (scripts/start.cjs runs this as a child with an IPC channel): the
 * same webpack.config.js and production mode as `npm run build`, through webpack's Node API instead of
 * webpack-cli, for one reason: the CLI exits only after webpack has written its filesystem cache, and
 * on a cold build that takes a third as long again as compiling (measured in bench/start.bench.ts). This
 * sends "built" to the parent as soon as every bundle is written, so the server can start, and then
 * stores the cache before exiting. Exit code 1 when the build failed (the message is printed).
 * Node API: https://webpack.js.org/api/node/ (compiler.close() is what persists the cache).
 * Usage: node scripts/build-bundles.cjs <cache-dir> [--progress]
 */
const path = require('node:path');
const webpack = require('webpack');

const root = path.resolve(__dirname, '..');
const [cacheDir, ...flags] = process.argv.slice(2);
const configs = require(path.join(root, 'webpack.config.js'))({ CACHE_DIR: cacheDir }, { mode: 'production' });
if (flags.includes('--progress')) configs.forEach((c) => c.plugins.push(new webpack.ProgressPlugin()));

const compiler = webpack(configs);
compiler.run((err, stats) => {
  const failed = Boolean(err) || stats.hasErrors();
  if (err) process.stderr.write(`${err.stack || err}\n`);
  else {
    // What webpack-cli prints with the configs' stats: 'errors-warnings'.
    const text = stats.toString({ preset: 'errors-warnings', colors: Boolean(process.stdout.isTTY) });
    if (text.trim()) process.stdout.write(`${text}\n`);
  }
  if (!failed && process.send) process.send('built');
  compiler.close((closeErr) => {
    if (closeErr) process.stderr.write(`Webpacks cache blev ikke gemt: ${closeErr.message}\n`);
    process.exit(failed ? 1 : 0);
  });
});
