// Webpack config of the Teams tab: src/teams → dist/teams (index.html for the tab, config.html for the
// configuration page). Composed by webpack.config.js; tests and the bench build it through webpack's Node
// API. Relative public path: the tab works at /teams/ on the server and anywhere else alike.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const { cacheFor, minimizer, moduleRules, outputNames, resolve } = require('./browser-common.cjs');

const root = path.resolve(__dirname, '..');

/** No inline script or style (Teams tabs may run under a strict CSP); Fluent injects its styles at runtime. */
const page = (title) => `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body style="margin:0">
<div id="root"></div>
</body>
</html>`;

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  // As in addin.cjs: the registration's client id and the public URL reach the bundle at build time.
  const baseUrl = env.PUBLIC_BASE_URL || process.env.PUBLIC_BASE_URL;
  const clientId = env.ENTRA_CLIENT_ID || process.env.ENTRA_CLIENT_ID;
  return {
    name: 'teams',
    mode,
    target: 'web',
    context: root,
    // auth: the sign-in page teams-js authenticate opens (src/teams/auth-window.ts), /teams/auth.html.
    entry: { tab: './src/teams/index.tsx', config: './src/teams/config.tsx', auth: './src/teams/auth-window.ts' },
    output: {
      path: env.TEAMS_OUT_DIR ? path.resolve(env.TEAMS_OUT_DIR) : path.join(root, 'dist', 'teams'),
      publicPath: '',
      ...outputNames(mode),
      clean: true,
    },
    devtool: mode === 'production' || env.NO_SOURCEMAP ? false : 'cheap-module-source-map',
    cache: cacheFor(env, __filename),
    resolve,
    module: moduleRules,
    plugins: [
      // The app registration for src/ui/auth/build-settings.ts: always defined (the bundles have no
      // `process`), empty without ENTRA_CLIENT_ID, which means dev mode and no MSAL at all.
      new webpack.DefinePlugin({
        'process.env.NODE_ENV': JSON.stringify(mode),
        'process.env.ENTRA_CLIENT_ID': JSON.stringify(clientId || ''),
        'process.env.PUBLIC_BASE_URL': JSON.stringify(baseUrl || ''),
      }),
      new HtmlWebpackPlugin({ templateContent: page('KL Kontrakt'), filename: 'index.html', chunks: ['tab'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ templateContent: page('KL Kontrakt – opsætning af fane'), filename: 'config.html', chunks: ['config'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ templateContent: page('KL Kontrakt – log ind'), filename: 'auth.html', chunks: ['auth'], scriptLoading: 'defer' }),
    ],
    // The charts (react-charts, chart-utilities, d3) stay out of the named 'fluent' chunk: that one loads with
    // the page, and the charts are imported lazily (src/teams/charts/lazy.tsx).
    optimization: {
      minimizer: minimizer(),
      // The named vendor chunks hold what the first screen loads (chunks: 'initial'); what only a lazily loaded
      // view needs (the date picker, the admin forms' parts) goes into that view's chunks, not into the first script.
      splitChunks: { chunks: 'all', cacheGroups: { fluent: { test: /[\\/]node_modules[\\/]@fluentui[\\/](?!react-charts[\\/]|chart-utilities[\\/])/, name: 'fluent', chunks: 'initial', priority: 10 }, react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: 'initial', priority: 20 } } },
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
