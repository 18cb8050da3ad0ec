/**
 * The tab's only contact with Teams (teams-js). Inside Teams: app.initialize (given a short time —
 * a tab opened in a plain browser must never hang), the context (theme, which tab, deep-link
 * sub-entity), theme changes, and SSO tokens for the API (nested app authentication, else
 * authentication.getAuthToken). In a plain browser: standalone mode, no token (the server's dev mode), the system's light/dark preference.
 */
import { app } from '@microsoft/teams-js';
import { buildSettings } from '../../ui/auth/build-settings';
import { TEAMS_AUTH_PAGE } from '../../ui/auth/auth-pages';
import { authChainFor } from '../../ui/auth/create-naa';
import type { SignInGate } from '../../ui/auth/sign-in-gate';
import { teamsThemeName, type TeamsThemeName } from '../../ui/theme';
import { TeamsAuthenticateSignIn } from './teams-authenticate-sign-in';
import { TeamsSsoTokenProvider, teamsRecommendsNaa } from './teams-sso-token';

export { TeamsAuthError } from './teams-sso-token';
export { rolesFromToken, tokenExpiry } from './token-claims';

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
  /** The "Log ind" step (teams-js authenticate), null in standalone mode or a dev-mode build. */
  signIn: SignInGate | null;
}

export const TEAMS_INIT_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e: unknown) => { clearTimeout(t); reject(e instanceof Error ? e : new Error(String(e))); });
  });
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
    signIn: null,
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
  // Nested app authentication where Teams recommends it, then Teams' own SSO (teams-sso-token.ts),
  // then our auth page through teams-js authenticate from the "Log ind" button.
  const loginHint = context?.user?.loginHint ?? context?.user?.userPrincipalName;
  const pageUrl = `${window.location.origin}${TEAMS_AUTH_PAGE}${loginHint ? `?loginHint=${encodeURIComponent(loginHint)}` : ''}`;
  const { tokens, signIn } = authChainFor({
    build: buildSettings(),
    pageOrigin: window.location.origin,
    naaAvailable: teamsRecommendsNaa(),
    hostSso: new TeamsSsoTokenProvider(),
    signInPage: () => new TeamsAuthenticateSignIn(pageUrl),
  });
  const session: HostSession = {
    mode: 'teams',
    theme: teamsThemeName(context?.app.theme),
    entityId: context?.page.id ?? null,
    subEntityId: context?.page.subPageId ?? null,
    userName: context?.user?.userPrincipalName ?? context?.user?.loginHint ?? null,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(teamsThemeName(t))),
    getToken: () => tokens.getToken(),
    signIn,
  };
  app.notifySuccess();
  return session;
}
