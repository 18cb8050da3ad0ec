// The browser bundles (Word task pane, Teams tab) each have their own config under webpack/;
// this file composes whichever exist so `npm run build` builds all of them.
const fs = require('node:fs');
const path = require('node:path');

// Each gets webpack's filesystem cache in node_modules/.cache/webpack-<name>-<mode>, the folder the
// browser tests' build uses too (tests/e2e/helpers/bundles.ts): in CI, `npm run build` after `npm test`
// reuses the pane's modules instead of compiling them again. A fresh checkout (the Dockerfile) builds cold.
module.exports = (env = {}, argv = {}) =>
  ['addin', 'teams', 'revision']
    .map((name) => ({ name, file: path.join(__dirname, 'webpack', `${name}.cjs`) }))
    .filter(({ file }) => fs.existsSync(file))
    .map(({ name, file }) => require(file)({
      CACHE_DIR: path.join(__dirname, 'node_modules', '.cache', `webpack-${name}-${argv.mode || env.mode || 'production'}`),
      ...env,
    }, argv));
