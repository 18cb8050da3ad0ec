/**
 * Builds the Teams tab bundle with webpack's Node API (the same webpack/teams.cjs as `npm run build`)
 * into a directory laid out as the server's DIST_DIR (…/teams/index.html). A filesystem cache under
 * node_modules/.cache keeps rebuilds in later runs short.
 */
import path from 'node:path';
import webpack from 'webpack';

const root = path.resolve(__dirname, '..', '..', '..');

export async function buildTab(distDir: string, mode: 'development' | 'production' = 'development'): Promise<webpack.Stats> {
  const makeConfig = require(path.join(root, 'webpack', 'teams.cjs')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
  const config = makeConfig({
    TEAMS_OUT_DIR: path.join(distDir, 'teams'),
    NO_SOURCEMAP: true,
    CACHE_DIR: path.join(root, 'node_modules', '.cache', `webpack-teams-${mode}`),
  }, { mode });
  const compiler = webpack(config);
  try {
    return await new Promise<webpack.Stats>((resolve, reject) => {
      compiler.run((err, stats) => {
        if (err) return reject(err);
        if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack fejlede'));
        resolve(stats);
      });
    });
  } finally {
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
  }
}
