// Whether the browser bundles in dist/ must be (re)built before `npm start` serves them: a bundle is
// stale when its page is missing or older than any source it is built from. "dist/ exists" is not enough:
// `npm run package:teams` writes dist/ too, and an edited source must show up on the next start.
const fs = require('node:fs');
const path = require('node:path');

/** The page each bundle writes; all must exist. */
const BUNDLE_PAGES = ['dist/addin/taskpane.html', 'dist/teams/index.html', 'dist/revision/index.html'];
/**
 * Written after a successful build: its mtime is the build time. The pages' own mtimes cannot tell, since webpack
 * does not rewrite an output whose content is unchanged (output.compareBeforeEmit).
 */
const STAMP = 'dist/.kl-bundles-built';
/** What the bundles are built from (the server's own code is not in them). */
const SOURCES = ['src/addin', 'src/teams', 'src/revision', 'src/ui', 'src/domain', 'src/document', 'src/export',
  'src/report', 'src/version.ts', 'assets', 'webpack', 'webpack.config.js', 'package-lock.json', 'manifest'];

function newestMtime(p) {
  let st;
  try { st = fs.statSync(p); } catch { return 0; }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** @returns {{ stale: boolean, reason: string }} the reason in Danish, for the start-up line. */
function bundleFreshness(root) {
  for (const page of BUNDLE_PAGES) {
    if (!fs.existsSync(path.join(root, page))) return { stale: true, reason: `${page} mangler` };
  }
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(stamp)) return { stale: true, reason: 'ukendt hvornår dist/ blev bygget' };
  const built = fs.statSync(stamp).mtimeMs;
  for (const src of SOURCES) {
    if (newestMtime(path.join(root, src)) > built) return { stale: true, reason: `${src} er ændret siden sidste bygning` };
  }
  return { stale: false, reason: 'bygningen er opdateret' };
}

/** Records a successful build of all bundles. */
function markBundlesBuilt(root) {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(root, STAMP), `${new Date().toISOString()}\n`);
}

module.exports = { bundleFreshness, markBundlesBuilt, newestMtime, BUNDLE_PAGES, SOURCES, STAMP };
