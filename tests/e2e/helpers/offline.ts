/**
 * The browser tests run offline: every request that is not to the loopback server is refused, except
 * Microsoft's office.js CDN, which is answered from the copy in the @microsoft/office-js package (a
 * dev dependency). So the task pane runs the real office.js in every test, and its behaviour outside
 * Word (Office.onReady with host null) is the real library's, not a stand-in's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';

/** The CDN folder office.js is referenced from; office.js loads its locale strings and host scripts beside it. */
export const OFFICE_CDN_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/** The package's file for a CDN URL, or null when the URL is outside the hosted folder or the package has no such file. */
export function officeJsFile(url: string): string | null {
  if (!url.startsWith(OFFICE_CDN_BASE)) return null;
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN_BASE).pathname.length));
  // The CDN's paths are case-insensitive (office.js asks for e.g. "da-DK/office_strings.js"); the package's are lower case.
  const file = path.join(OFFICE_DIST, path.normalize(rel.toLowerCase()));
  if (!file.startsWith(OFFICE_DIST + path.sep) || !existsSync(file) || statSync(file).isDirectory()) return null;
  return file;
}

async function answer(route: Route): Promise<void> {
  const file = officeJsFile(route.request().url());
  if (!file) return route.abort('internetdisconnected');
  return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
}

/**
 * Routes everything that is not loopback on the context: office.js from the package, the rest refused.
 * http://127.0.0.1, and https://127.0.0.1 too when `tls` (a test host with a throw-away certificate).
 */
export async function offlineWithOfficeJs(context: BrowserContext, opts: { tls?: boolean } = {}): Promise<void> {
  await context.route(opts.tls ? /^(?!https?:\/\/127\.0\.0\.1[:/])/ : /^(?!http:\/\/127\.0\.0\.1[:/])/, answer);
}
