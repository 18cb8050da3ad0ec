import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { OFFICE_AUTH_PAGE, TEAMS_AUTH_PAGE } from '../../ui/auth/auth-pages';


/** Where office.js and the pieces it loads come from (referenced from Microsoft's CDN, as Office requires). */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
/**
 * teams-js fetches the list of valid Teams host origins from Microsoft's CDN at start-up
 * (teams-js validOrigins, "validDomains.json").
 */
const TEAMS_JS_CDN = 'https://res.cdn.office.net';
/** MSAL's authority for nested app authentication and the Teams/Office auth pages. */
const LOGIN = 'https://login.microsoftonline.com';

/**
 * The auth pages run in a window that Office on the web (dialog API) or Teams (authenticate) opened
 * from its own, cross-origin page, and answer it through that opener. A document with COOP
 * same-origin-allow-popups in such a window is put in a new browsing context group, which sets
 * window.opener to null and breaks messageParent / notifySuccess (checked in Chromium), so these two
 * pages are served with COOP unsafe-none. They show no data.
 */
const OPENER_PAGES = new Set([OFFICE_AUTH_PAGE, TEAMS_AUTH_PAGE]);

export interface SecurityHeaderOptions {
  frameAncestors: readonly string[];
}

/**
 * Security headers on every response through @fastify/helmet, registered before authentication
 * so refusals carry them too. Deliberate departures from helmet's defaults, each because a host
 * would break otherwise:
 * - no X-Frame-Options: it cannot name several hosts, and Teams/Office must frame us; CSP
 *   frame-ancestors does it precisely (a proxy in front must not add X-Frame-Options either);
 * - style-src 'unsafe-inline': Fluent UI's Griffel inserts its CSS as <style> at run time;
 * - Cross-Origin-Resource-Policy cross-origin: Office and Teams load the add-in's icons from us;
 * - Cross-Origin-Opener-Policy same-origin-allow-popups: sign-in popups (MSAL, Office dialog,
 *   teams-js authenticate) must be able to report back; the auth pages opened in those popups get
 *   unsafe-none (OPENER_PAGES).
 */
export async function registerSecurityHeaders(app: FastifyInstance, opts: SecurityHeaderOptions): Promise<void> {
  await app.register(helmet, {
    frameguard: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", OFFICE_CDN],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", LOGIN, OFFICE_CDN, TEAMS_JS_CDN],
        'frame-src': ["'self'", LOGIN],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'", ...opts.frameAncestors],
      },
    },
  });
  // API answers are per user and per moment: never cached by a browser or a proxy. The static
  // bundles set their own Cache-Control (@fastify/static), which is left alone.
  app.addHook('onSend', async (req, reply, payload) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    if (OPENER_PAGES.has(req.url.split('?')[0] ?? '')) void reply.header('cross-origin-opener-policy', 'unsafe-none');
    return payload;
  });
}
