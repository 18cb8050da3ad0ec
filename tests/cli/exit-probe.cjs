/**
 * Preloaded (node --require) into a CLI child process by tests/cli/run.ts. At exit it writes to the
 * file named by KL_TEST_EXIT_PROBE, as JSON: the process's peak resident memory —
 * process.resourceUsage().maxRSS, in kilobytes, which covers the main thread and every worker
 * thread — and whether the TypeScript loader (tsx) was loaded, which a compiled bin must not do.
 */
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const target = process.env.KL_TEST_EXIT_PROBE;
const tsxDir = `${path.sep}node_modules${path.sep}tsx${path.sep}`;
if (target) {
  process.on('exit', () => {
    const tsxLoaded = Object.keys(require.cache).some((k) => k.includes(tsxDir));
    writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, tsxLoaded }));
  });
}
