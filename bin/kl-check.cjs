#!/usr/bin/env node
// Installed bin for kl-check: runs the TypeScript source through tsx (no build step).
require('tsx/cjs/api').register();
require('../src/cli/kl-check.ts');
