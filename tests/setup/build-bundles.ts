/**
 * Builds the browser tests' bundles (tests/e2e/helpers/bundles.ts) in a child process while the
 * rest of the suite runs (started by tests/setup/sequencer.cjs). The browser test files then find
 * them built, or wait on the same lock a test file itself would take.
 */
import { builtBundle, type BundleName } from '../e2e/helpers/bundles';

void (async () => {
  for (const name of process.argv.slice(2) as BundleName[]) await builtBundle(name);
})();
