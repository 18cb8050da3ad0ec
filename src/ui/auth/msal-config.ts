/**
 * MSAL.js configuration for nested app authentication (NAA), shared by the task pane and the tab.
 * - clientId: the one app registration of manifest/entra/application.ts.
 * - authority `organizations`: the registration is multi-tenant for work accounts only
 *   (signInAudience AzureADMultipleOrgs, each municipality has its own tenant); `common` would also
 *   offer personal Microsoft accounts, which the registration refuses.
 * - redirectUri `brk-multihub://<host>` (origin only, no path): the SPA redirect that tells Entra ID the
 *   page may be brokered by its host; application.ts registers the same value.
 * - scope `api://<host>/<client id>/access_as_user`: the server's API (identifierUris + SCOPE_VALUE).
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 */
import type { Configuration } from '@azure/msal-browser';
import type { AuthBuildSettings } from './build-settings';

export const AUTHORITY = 'https://login.microsoftonline.com/organizations';
/** Must equal SCOPE_VALUE in manifest/entra/application.ts (a test checks it). */
export const API_SCOPE_NAME = 'access_as_user';

export interface MsalSettings {
  configuration: Configuration;
  scopes: string[];
}

/**
 * The MSAL settings for a build, or null without a client id (dev mode: no MSAL at all).
 * Without PUBLIC_BASE_URL at build time the page's own origin stands in (the pages are served from it).
 */
export function msalSettings(build: AuthBuildSettings, pageOrigin: string): MsalSettings | null {
  const clientId = build.clientId?.trim();
  if (!clientId) return null;
  const host = hostOf(build.publicBaseUrl?.trim() || pageOrigin);
  // No usable host (a malformed PUBLIC_BASE_URL): no MSAL, the host's own single sign-on instead of a
  // pane that does not start.
  if (!host) return null;
  return {
    configuration: {
      auth: { clientId, authority: AUTHORITY, redirectUri: `brk-multihub://${host}` },
    },
    scopes: [`api://${host}/${clientId}/${API_SCOPE_NAME}`],
  };
}

/**
 * The standard (not nested) MSAL configuration of an auth page: the same client id, authority and
 * scope, with the page itself as the redirect URI (an SPA redirect in manifest/entra/application.ts,
 * AUTH_PAGES). The redirect flow runs inside the Office dialog or the teams-js authentication
 * window, so the cache is the window's sessionStorage (it lives only as long as that window).
 */
export function authPageSettings(build: AuthBuildSettings, pageOrigin: string, pagePath: string): MsalSettings | null {
  const nested = msalSettings(build, pageOrigin);
  if (!nested) return null;
  const origin = originOf(build.publicBaseUrl?.trim() || pageOrigin);
  if (!origin) return null;
  return {
    configuration: {
      auth: { ...nested.configuration.auth, redirectUri: `${origin}${pagePath}` },
      cache: { cacheLocation: 'sessionStorage' },
    },
    scopes: nested.scopes,
  };
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? u.origin.toLowerCase() : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase() || null;
  } catch {
    return null;
  }
}
