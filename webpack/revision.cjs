// Webpack config of the Revision page: src/revision → dist/revision (index.html, the page bundle, the
// checking Web Worker and the registered templates the worker reads). Composed by webpack.config.js.
// Relative public path: the page works at /revision/ on the server and as a Teams static tab alike.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const { cacheFor, minimizer, emitFolder, moduleRules, outputNames, resolve } = require('./browser-common.cjs');

const root = path.resolve(__dirname, '..');

const page = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KL Kontrakt – Revision</title>
</head>
<body style="margin:0">
<div id="root"></div>
</body>
</html>`;

/** The worker reads the same template documents as the add-in (assets/templates) from ./templates/. */
class EmitTemplates {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitTemplates', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitTemplates', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        emitFolder(compilation, path.join(root, 'assets', 'templates'), 'templates', '.docx');
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  return {
    name: 'revision',
    mode,
    target: 'web',
    context: root,
    entry: { revision: './src/revision/index.tsx' },
    output: {
      path: env.REVISION_OUT_DIR ? path.resolve(env.REVISION_OUT_DIR) : path.join(root, 'dist', 'revision'),
      publicPath: '',
      ...outputNames(mode),
      clean: true,
    },
    devtool: mode === 'production' || env.NO_SOURCEMAP ? false : 'cheap-module-source-map',
    cache: cacheFor(env, __filename),
    resolve,
    module: moduleRules,
    plugins: [
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(mode) }),
      new HtmlWebpackPlugin({ templateContent: page, filename: 'index.html', chunks: ['revision'], scriptLoading: 'defer' }),
      new EmitTemplates(),
    ],
    optimization: { minimizer: minimizer() },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
