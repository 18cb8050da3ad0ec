#!/usr/bin/env node
// Installed bin for kl-check: runs the compiled bundle dist/cli/kl-check.cjs (npm run build:cli); see ./run-cli.cjs.
require('./run-cli.cjs')('kl-check');
