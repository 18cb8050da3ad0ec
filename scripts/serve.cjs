#!/usr/bin/env node
/**
 * `npm run serve`: the production start. Runs the compiled server (dist/node/server.cjs, made by
 * `npm run build`) with NODE_ENV=production: plain JavaScript, no tsx, no webpack. Configuration
 * comes from the environment as always (README, "Drift"); DIST_DIR defaults to this checkout's
 * dist/, so the start works from any working directory.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const server = path.join(root, 'dist', 'node', 'server.cjs');
if (!fs.existsSync(server)) {
  process.stderr.write(`${path.relative(process.cwd(), server)} findes ikke: kør \`npm run build\` først.\n`);
  process.exit(1);
}
process.env.NODE_ENV = 'production';
process.env.DIST_DIR ||= path.join(root, 'dist');
// Stack traces name the TypeScript sources (server.cjs.map), as in development.
process.setSourceMapsEnabled(true);
require(server);
