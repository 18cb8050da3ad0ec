#!/usr/bin/env node
// `npm start`: the local demo. Builds the browser bundles when missing or older than their sources
// (with progress, and webpack's filesystem cache so a rebuild after an edit takes seconds), then runs
// the server in dev mode on 127.0.0.1 with an embedded PGlite database and demo data.
// Start-up time (issue 16 point 5): the server runs from an esbuild bundle (dist/node/server.cjs,
// built in well under a second at every start) rather than through tsx, which compiles the TypeScript
// at every start; and while webpack builds, the database is prepared beside it (migrations and demo
// data into DATA_DIR), so the server that starts afterwards finds it ready.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { bundleFreshness, markBundlesBuilt, newestMtime } = require('./bundle-freshness.cjs');

const root = path.join(__dirname, '..');
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
/** The same as run, without blocking: resolves when the command succeeded, exits when it failed. */
const runAsync = (cmd, args, env = {}, stdio = 'inherit') => new Promise((resolve) => {
  const child = spawn(cmd, args, { cwd: root, stdio, env: { ...process.env, ...env } });
  child.on('exit', (code) => (code === 0 ? resolve() : process.exit(code ?? 1)));
});
const serverBundle = path.join(root, 'dist', 'node', 'server.cjs');
const importWorkerBundle = path.join(root, 'dist', 'node', 'offer-import-worker.cjs');
const SERVER_ENV = { AUTH_MODE: process.env.AUTH_MODE ?? 'dev', HOST: process.env.HOST ?? '127.0.0.1', KL_DEMO: '1' };

async function buildBundles() {
  const fresh = bundleFreshness(root);
  if (!fresh.stale) return;
  process.stdout.write(`\n  Bygger Word-tilføjelsesprogrammet, Teams-fanen og Revision (${fresh.reason}) …\n\n`);
  const started = Date.now();
  // The progress bar redraws in place in a terminal; in a log (CI, a pipe) it would print thousands of lines.
  // build-bundles.cjs says "built" once the bundles are written and then keeps storing webpack's cache, which on a
  // first run takes a good part of the build's time again: the server need not wait for that.
  const webpack = new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'build-bundles.cjs'), path.join(root, 'node_modules', '.cache', 'kl-webpack'),
      ...(process.stdout.isTTY ? ['--progress'] : [])], { cwd: root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    let built = false;
    child.on('message', (m) => { if (m === 'built') { built = true; child.disconnect(); resolve(); } });
    child.on('exit', (code) => { if (!built) process.exit(code || 1); });
  });
  // Meanwhile (webpack leaves a core free): migrations and demo data, by the server itself with KL_PREPARE_ONLY.
  const database = runAsync(process.execPath, [serverBundle], { ...SERVER_ENV, KL_PREPARE_ONLY: '1', LOG_LEVEL: 'warn' }, ['ignore', 'ignore', 'inherit']);
  await Promise.all([webpack, database]);
  markBundlesBuilt(root);
  process.stdout.write(`\n  Bygget på ${Math.round((Date.now() - started) / 1000)} s.\n`);
}

/**
 * KL_HTTPS=1: serve https://localhost with Microsoft's development certificate (office-addin-dev-certs: a local CA
 * added to this user's trust store, and a localhost certificate it signs), so the pane can be sideloaded into Word on
 * this machine. Opt-in: installing a CA asks the operating system (and the user) first.
 */
async function httpsEnv() {
  if (process.env.KL_HTTPS !== '1') return {};
  const devCerts = require('office-addin-dev-certs');
  const defaults = require('office-addin-dev-certs/lib/defaults');
  try {
    await devCerts.ensureCertificatesAreInstalled();
  } catch (e) {
    // On Linux the tool installs the CA with sudo; without it (a container, root without sudo) the certificates are
    // still generated: serve with them and say how to trust the CA by hand.
    if (!fs.existsSync(defaults.localhostKeyPath) || !fs.existsSync(defaults.localhostCertificatePath)) throw e;
    process.stdout.write(`\n  Bemærk: udviklings-CA'en kunne ikke lægges i computerens tillidslager (${e instanceof Error ? e.message : String(e)}).\n` +
      `  Stol selv på ${defaults.caCertificatePath} (fx i browseren eller med update-ca-certificates), ellers advarer browseren.\n\n`);
  }
  return { HTTPS_KEY_FILE: defaults.localhostKeyPath, HTTPS_CERT_FILE: defaults.localhostCertificatePath };
}

/** The server's bundle is current when no source it is built from (src/, the packages, its build script) is newer. */
function serverBundleFresh() {
  let built;
  // The import check's worker is built beside the server (build-server.cjs); both must be there.
  try { built = Math.min(fs.statSync(serverBundle).mtimeMs, fs.statSync(importWorkerBundle).mtimeMs); } catch { return false; }
  return ['src', 'package.json', 'package-lock.json', 'scripts/build-server.cjs'].every((p) => newestMtime(path.join(root, p)) <= built);
}

// The server's bundle first (the database preparation runs it too); then the browser bundles; then the server.
if (!serverBundleFresh()) run(process.execPath, [path.join(__dirname, 'build-server.cjs'), '--quiet']);
buildBundles()
  .then(httpsEnv)
  .then((tls) => run(process.execPath, ['--enable-source-maps', serverBundle], { ...SERVER_ENV, ...tls }), (e) => {
    process.stderr.write(`Udviklingscertifikatet kunne ikke installeres (KL_HTTPS=1): ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
