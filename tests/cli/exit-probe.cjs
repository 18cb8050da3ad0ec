/**
 * Preloaded (node --require) into a CLI child process by tests/cli/run.ts. At exit it writes to the
 * file named by KL_TEST_EXIT_PROBE, as JSON: the process's peak resident memory in kilobytes, which
 * covers the main thread and every worker thread (they share one address space), and whether the
 * TypeScript loader (tsx) was loaded, which a compiled bin must not do.
 *
 * Peak memory is VmHWM from /proc/self/status, the high-water mark of this process's own address space.
 * Not getrusage's maxRSS: Linux carries the forking parent's high-water mark across exec into the
 * child's ru_maxrss (fs/exec.c: setmax_mm_hiwater_rss on the old mm), so a child of a 1.2 GB Jest
 * worker reports at least 1.2 GB whatever it used itself. maxRSS is the fallback where /proc is absent.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

function ownPeakKb() {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // no /proc (not Linux)
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.KL_TEST_EXIT_PROBE;
const tsxDir = `${path.sep}node_modules${path.sep}tsx${path.sep}`;
if (target) {
  process.on('exit', () => {
    const tsxLoaded = Object.keys(require.cache).some((k) => k.includes(tsxDir));
    writeFileSync(target, JSON.stringify({ maxRssKb: ownPeakKb(), tsxLoaded }));
  });
}
