/**
 * Preloaded (node --require) into a CLI child process by tests/cli/run.ts: at exit it writes the
 * process's peak resident memory — process.resourceUsage().maxRSS, in kilobytes, which covers the
 * main thread and every worker thread — to the file named by KL_TEST_MAX_RSS_FILE.
 */
const { writeFileSync } = require('node:fs');

const target = process.env.KL_TEST_MAX_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
