// Webpack config of the Word task pane: src/addin → dist/addin (taskpane.html, code-split bundles,
// icons under assets/, and manifest.xml rendered for PUBLIC_BASE_URL). Composed by webpack.config.js.
// Bundle size matters (the pane loads inside Word): Fluent components are imported individually in
// the source, node polyfills are off, and the OOXML engine and the views are split into chunks.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const { cacheFor, emitFolder, minimizer, moduleRules, outputNames, resolve } = require('./browser-common.cjs');

const root = path.resolve(__dirname, '..');

// One renderer for the manifest, shared with manifest/word/render.ts.
const { renderManifest } = require('../manifest/word/render-core.cjs');

const SUPPORT_HTML = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>KL Kontrakt – hjælp</title></head>
<body><main><h1>KL Kontrakt</h1><p>KL Kontrakt udfylder og tjekker KL's standardkontrakt på voksenområdet i Word.
Klik på <strong>KL Kontrakt</strong> under fanen Hjem for at åbne opgaveruden.</p>
<p>Spørgsmål om installation rettes til kommunens IT-afdeling; spørgsmål om kontrakterne til sekretariatet for Rammeaftale Sjælland.</p></main></body></html>`;

/** Emits the icons, the template documents, the support page and the rendered manifest next to the bundles. */
class AddinAssetsPlugin {
  constructor(baseUrl, clientId) {
    this.baseUrl = baseUrl;
    this.clientId = clientId;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AddinAssetsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        emitFolder(compilation, path.join(root, 'assets', 'addin'), 'assets', '.png');
        // The registered template documents: the pane registers them with the same code as the CLI.
        emitFolder(compilation, path.join(root, 'assets', 'templates'), 'templates', '.docx');
        // A base URL Office cannot use (not https) must not break the bundles of a local demo:
        // the manifest is left out with a warning that says why.
        try {
          compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(renderManifest(this.baseUrl, this.clientId)));
        } catch (e) {
          compilation.warnings.push(new webpack.WebpackError(`manifest.xml blev ikke skrevet: ${e.message}`));
        }
        compilation.emitAsset('support.html', new webpack.sources.RawSource(SUPPORT_HTML));
        compilation.fileDependencies.add(path.join(root, 'manifest', 'word', 'manifest.template.xml'));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  const baseUrl = env.PUBLIC_BASE_URL || process.env.PUBLIC_BASE_URL;
  const clientId = env.ENTRA_CLIENT_ID || process.env.ENTRA_CLIENT_ID;
  return {
    name: 'addin',
    mode,
    target: 'web',
    context: root,
    // auth: the Office dialog's sign-in page (src/addin/auth-dialog.ts), served as /addin/auth.html.
    entry: { taskpane: './src/addin/index.tsx', auth: './src/addin/auth-dialog.ts' },
    output: {
      path: path.join(root, 'dist', 'addin'),
      // Relative URLs: the pane works at /addin/ on the server and at / on a test server alike.
      publicPath: '',
      ...outputNames(mode),
      clean: true,
    },
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: mode === 'production' ? false : 'cheap-module-source-map',
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
      new HtmlWebpackPlugin({ template: path.join(root, 'src', 'addin', 'taskpane.html'), filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ template: path.join(root, 'src', 'addin', 'auth.html'), filename: 'auth.html', chunks: ['auth'], scriptLoading: 'defer' }),
      new AddinAssetsPlugin(baseUrl, clientId),
    ],
    optimization: {
      minimizer: minimizer(),
      splitChunks: { chunks: 'all', maxInitialRequests: 6, cacheGroups: { fluent: { test: /[\\/]node_modules[\\/]@fluentui[\\/]/, name: 'fluent', priority: 10 }, react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 } } },
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};

// For tests/scripts/built-manifest.test.ts: the manifest the build emits, without building the whole pane.
module.exports.AddinAssetsPlugin = AddinAssetsPlugin;
