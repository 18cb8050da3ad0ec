// The browser bundles (Word task pane, Teams tab) each have their own config under webpack/;
// this file composes whichever exist so `npm run build` builds all of them.
const fs = require('node:fs');
const path = require('node:path');

module.exports = (env, argv) =>
  ['addin.cjs', 'teams.cjs', 'revision.cjs']
    .map((f) => path.join(__dirname, 'webpack', f))
    .filter((f) => fs.existsSync(f))
    .map((f) => require(f)(env, argv));
