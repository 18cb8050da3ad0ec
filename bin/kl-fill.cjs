#!/usr/bin/env node
// Installed bin for kl-fill: runs the compiled bundle dist/cli/kl-fill.cjs (npm run build:cli); see ./run-cli.cjs.
require('./run-cli.cjs')('kl-fill');
