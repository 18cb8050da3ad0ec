/**
 * Support for the task pane's browser tests: the pane's build (once per source state, shared by the
 * test files: tests/e2e/helpers/bundles.ts), a loopback server for it, and Debian's Chromium through
 * playwright-core with a fresh profile.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { builtBundle } from '../e2e/helpers/bundles';
import { offlineWithOfficeJs } from '../e2e/helpers/offline';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

/** A private copy of the pane's production build (the shared test build, tests/e2e/helpers/bundles.ts) in `out`. */
export async function ensureBuilt(out: string = mkdtempSync(path.join(tmpdir(), 'kl-addin-dist-'))): Promise<string> {
  const shared = await builtBundle('addin');
  mkdirSync(out, { recursive: true });
  cpSync(path.join(shared, 'addin'), out, { recursive: true });
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
