/** Builds the Revision page with webpack's Node API (webpack/revision.cjs, as `npm run build`) into DIST_DIR/revision. */
import path from 'node:path';
import webpack from 'webpack';

const root = path.resolve(__dirname, '..', '..', '..');

export async function buildRevision(distDir: string): Promise<void> {
  const makeConfig = require(path.join(root, 'webpack', 'revision.cjs')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
  const compiler = webpack(makeConfig({
    REVISION_OUT_DIR: path.join(distDir, 'revision'), NO_SOURCEMAP: true, CACHE_DIR: path.join(root, 'node_modules', '.cache', 'webpack-revision'),
  }, { mode: 'development' }));
  try {
    await new Promise<void>((resolve, reject) => compiler.run((err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack fejlede'));
      resolve();
    }));
  } finally {
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
  }
}
