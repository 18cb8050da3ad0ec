/**
 * Starts a CLI of this package: the compiled bundle in dist/cli (npm run build:cli) when it is at
 * least as new as every file in src/, else the TypeScript source through tsx. The check costs a few
 * milliseconds and means an edited rule is never ignored because an old build lies around.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    const t = e.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function builtIsCurrent(built) {
  try {
    return fs.statSync(built).mtimeMs >= newestSource(path.join(root, 'src'));
  } catch {
    return false; // no build, or no src/ to compare with (then the build is all there is)
  }
}

module.exports = function runCli(name) {
  const built = path.join(root, 'dist', 'cli', `${name}.cjs`);
  if (builtIsCurrent(built)) {
    require(built);
    return;
  }
  require('tsx/cjs/api').register();
  require(path.join(root, 'src', 'cli', `${name}.ts`));
};
