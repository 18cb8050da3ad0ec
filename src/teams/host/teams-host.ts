/**
 * The tab's only contact with Teams (teams-js). Inside Teams: app.initialize (given a short time —
 * a tab opened in a plain browser must never hang), the context (theme, which tab, deep-link
 * sub-entity), theme changes, and SSO tokens from authentication.getAuthToken for the API. In a plain
 * browser: standalone mode, no token (the server's dev mode), the system's light/dark preference.
 */
import { app, authentication } from '@microsoft/teams-js';
import { teamsThemeName, type TeamsThemeName } from '../../ui/theme';

export interface HostSession {
  mode: 'teams' | 'standalone';
  theme: TeamsThemeName;
  /** The static tab's entity id or the configured tab's entity id (which view to open). */
  entityId: string | null;
  /** From a deep link: which item to open (e.g. a flag id). */
  subEntityId: string | null;
  userName: string | null;
  /** Why the tab runs standalone, when it does. */
  standaloneReason?: string;
  onThemeChange(handler: (theme: TeamsThemeName) => void): void;
  /** A token for the API (Teams SSO), or null in standalone mode. */
  getToken(): Promise<string | null>;
}

export class TeamsAuthError extends Error {
  readonly code = 'teams.auth';
}

export const TEAMS_INIT_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e: unknown) => { clearTimeout(t); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

/** A JWT's payload, unverified (the server verifies; the tab only reads exp and roles). UTF-8: role names have "ø". */
function jwtPayload(token: string): Record<string, unknown> | null {
  try {
    const b64 = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Seconds since epoch when a JWT expires (only to know when to ask Teams again). */
export function tokenExpiry(token: string): number | null {
  const exp = jwtPayload(token)?.exp;
  return typeof exp === 'number' ? exp : null;
}

function standalone(reason: string): HostSession {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  return {
    mode: 'standalone',
    theme: media?.matches ? 'dark' : 'default',
    entityId: null,
    subEntityId: null,
    userName: null,
    standaloneReason: reason,
    onThemeChange: (handler) => media?.addEventListener('change', (e) => handler(e.matches ? 'dark' : 'default')),
    getToken: () => Promise.resolve(null),
  };
}

export async function connectHost(timeoutMs = TEAMS_INIT_TIMEOUT_MS): Promise<HostSession> {
  // Teams always hosts a tab in a frame (or a native webview with window.nativeInterface).
  const framed = window.parent !== window || !!window.opener || 'nativeInterface' in window;
  if (!framed) return standalone('Åbnet uden for Teams');
  try {
    await withTimeout(app.initialize(), timeoutMs);
  } catch {
    return standalone('Teams svarede ikke');
  }
  const context = await withTimeout(app.getContext(), timeoutMs).catch(() => null);
  let cached: { token: string; exp: number } | null = null;
  const session: HostSession = {
    mode: 'teams',
    theme: teamsThemeName(context?.app.theme),
    entityId: context?.page.id ?? null,
    subEntityId: context?.page.subPageId ?? null,
    userName: context?.user?.userPrincipalName ?? context?.user?.loginHint ?? null,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(teamsThemeName(t))),
    getToken: async () => {
      if (cached && cached.exp - 120 > Date.now() / 1000) return cached.token;
      try {
        const token = await authentication.getAuthToken();
        cached = { token, exp: tokenExpiry(token) ?? Date.now() / 1000 + 300 };
        return token;
      } catch (e) {
        throw new TeamsAuthError(`Teams kunne ikke logge dig på (${e instanceof Error ? e.message : String(e)}). Prøv at genindlæse fanen.`);
      }
    },
  };
  app.notifySuccess();
  return session;
}

/** Roles from the SSO token's claims: only to show or hide views; the server enforces them. */
export function rolesFromToken(token: string | null): string[] | null {
  if (!token) return null;
  const roles = jwtPayload(token)?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}
