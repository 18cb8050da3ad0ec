#!/usr/bin/env node
// Installed bin for kl-fill: compiled JavaScript from dist/cli when built and current, else tsx (./run-cli.cjs).
require('./run-cli.cjs')('kl-fill');
