/**
 * Support for the task pane's browser tests: builds the pane with webpack's Node API (once per test
 * file; dist/addin is reused while it is newer than every source), serves it from a loopback server,
 * and launches Debian's Chromium through playwright-core with a fresh profile.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { offlineWithOfficeJs } from '../e2e/helpers/offline';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const distDir = path.join(repoRoot, 'dist', 'addin');
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

const SOURCES = ['src/addin', 'src/ui', 'src/document', 'src/domain', 'assets/templates', 'assets/addin', 'webpack/addin.cjs', 'manifest/word/manifest.template.xml'];

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), st.mtimeMs);
}

export function distIsFresh(): boolean {
  const marker = path.join(distDir, 'taskpane.html');
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  return SOURCES.every((s) => !existsSync(path.join(repoRoot, s)) || newestMtime(path.join(repoRoot, s)) <= built);
}

/**
 * A private copy of the production build to serve: dist/addin copied when it is fresh, else a new
 * build straight into a temporary folder. Private, so that a concurrent `npm run build` (which
 * cleans dist/addin) cannot pull files from under a running test.
 */
export async function ensureBuilt(out: string = mkdtempSync(path.join(tmpdir(), 'kl-addin-dist-'))): Promise<string> {
  mkdirSync(out, { recursive: true });
  if (distIsFresh()) {
    cpSync(distDir, out, { recursive: true });
    if (existsSync(path.join(out, 'taskpane.html'))) return out;
  }
  const webpack = require('webpack') as typeof import('webpack');
  const makeConfig = require(path.join(repoRoot, 'webpack', 'addin.cjs')) as (env: object, argv: object) => import('webpack').Configuration;
  const config = makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: out };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png',
  '.xml': 'application/xml', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.txt': 'text/plain',
};

/** A tiny static server for a built pane on 127.0.0.1 (API calls get 503, as with no server running). */
export async function serveDist(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (urlPath.startsWith('/api/')) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'server.unavailable', message: 'Serveren kører ikke i denne test.' } }));
      return;
    }
    const file = path.join(root, path.normalize(urlPath).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Chromium with a fresh profile, offline but for office.js from its npm package; `dispose` closes it and removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kl-addin-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    locale: 'da-DK',
    viewport: { width: 420, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  await offlineWithOfficeJs(context);
  return {
    context,
    dispose: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
