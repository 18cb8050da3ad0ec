// What every browser bundle's webpack config shares (add-in, Teams tab, Revision page): TypeScript
// through esbuild-loader, no Node polyfills (the engine and the domain are browser-safe, so a
// require of a Node module is a bug to surface, not to polyfill), hashed names in production and
// an optional filesystem cache for the repeated builds of tests and the bench.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const { EsbuildPlugin } = require('esbuild-loader');

const resolve = {
  extensions: ['.tsx', '.ts', '.js', '.mjs'],
  fallback: { fs: false, path: false, crypto: false, stream: false, buffer: false, util: false, zlib: false, net: false },
};

const moduleRules = {
  rules: [
    { test: /\.[cm]?tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
    { test: /\.m?js$/, resolve: { fullySpecified: false } },
  ],
};

/** Output file names: content-hashed in production so a new build is never served from a stale cache. */
const outputNames = (mode) => ({
  filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
  chunkFilename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
});

/** env.CACHE_DIR turns on webpack's filesystem cache, invalidated when the given config file changes. */
const cacheFor = (env, configFile) => (env.CACHE_DIR
  ? { type: 'filesystem', cacheDirectory: path.resolve(env.CACHE_DIR), buildDependencies: { config: [configFile, __filename] } }
  : false);

/** Emits every `ext` file of `dir` as `<prefix>/<name>` and watches it (icons, the template documents). */
function emitFolder(compilation, dir, prefix, ext) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(ext))) {
    compilation.emitAsset(`${prefix}/${f}`, new webpack.sources.RawSource(fs.readFileSync(path.join(dir, f))));
    compilation.fileDependencies.add(path.join(dir, f));
  }
}

/** esbuild minifies several times faster than terser at nearly the same size (build time is start-up and test time). */
const minimizer = () => [new EsbuildPlugin({ target: 'es2020', legalComments: 'none' })];

module.exports = { resolve, moduleRules, outputNames, cacheFor, emitFolder, minimizer };
