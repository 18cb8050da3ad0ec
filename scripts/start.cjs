#!/usr/bin/env node
// `npm start`: the local demo. Builds the browser bundles when missing, then runs the server in
// dev mode on 127.0.0.1 with an embedded PGlite database and demo data.
// Until the server exists, it runs kl-check over the bundled demo contracts.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const server = path.join(root, 'src', 'server', 'main.ts');
if (fs.existsSync(server)) {
  if (!fs.existsSync(path.join(root, 'dist')) && fs.existsSync(path.join(root, 'webpack'))) {
    run(path.join(root, 'node_modules', '.bin', 'webpack'), ['--mode', 'production']);
  }
  run(tsx, [server], { AUTH_MODE: process.env.AUTH_MODE ?? 'dev', HOST: process.env.HOST ?? '127.0.0.1', KL_DEMO: '1' });
} else {
  run(tsx, [path.join(root, 'src', 'cli', 'kl-check.ts'), path.join(root, 'tests', 'fixtures', 'contracts')]);
}
