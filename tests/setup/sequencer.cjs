/**
 * Jest's own order, with the browser tests (tests/e2e) after all others. When a run has both, the
 * browser tests' webpack bundles are built meanwhile in a child process: jest runs its files one at
 * a time on CI's 2-core machine and the other tests leave the second core mostly idle, while
 * building the three bundles from a cold cache takes about two minutes of the browser tests' time.
 */
const { spawn } = require('node:child_process');
const { mkdirSync, openSync } = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const root = path.resolve(__dirname, '..', '..');
const isBrowserTest = (t) => t.path.split(path.sep).includes('e2e');

function buildBundlesInBackground() {
  const logDir = path.join(root, 'node_modules', '.cache', 'kl-test-bundles');
  mkdirSync(logDir, { recursive: true });
  const log = openSync(path.join(logDir, 'background-build.log'), 'w');
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'build-bundles.ts'), 'teams', 'addin', 'revision'], {
    cwd: root, env: process.env, stdio: ['ignore', log, log],
  });
  child.unref();
  // A run that ends first (a failing test with --bail, Ctrl+C) takes its build with it; a later
  // builder finds the lock's owner dead and starts again.
  process.once('exit', () => { try { child.kill(); } catch { /* already gone */ } });
}

class BrowserTestsLast extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const browser = sorted.filter(isBrowserTest);
    const others = sorted.filter((t) => !isBrowserTest(t));
    if (browser.length > 0 && others.length > 0) buildBundlesInBackground();
    return [...others, ...browser];
  }
}

module.exports = BrowserTestsLast;
