/**
 * The tab's only contact with Teams (teams-js). Inside Teams: app.initialize (given a short time —
 * a tab opened in a plain browser must never hang), the context (theme, which tab, deep-link
 * sub-entity), theme changes, and SSO tokens for the API (nested app authentication, else
 * authentication.getAuthToken). In a plain browser: standalone mode, no token (the server's dev mode), the system's light/dark preference.
 */
import type { SignInGate } from '../../ui/auth/sign-in-gate';
import type { TeamsThemeName } from '../../ui/theme';

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
  // teams-js and the token code load only inside Teams: a tab opened in a browser does not wait for them.
  const { connectTeams } = await import(/* webpackChunkName: "teams-connect" */ './teams-connect');
  return (await connectTeams(timeoutMs)) ?? standalone('Teams svarede ikke');
}
