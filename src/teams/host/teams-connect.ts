/**
 * The tab inside Teams (loaded by teams-host.ts only when the page is framed): app.initialize within
 * the time given, the context, theme changes, the token chain and the "Log ind" step. Null when Teams does not answer.
 */
import { app } from '@microsoft/teams-js';
import { buildSettings } from '../../ui/auth/build-settings';
import { TEAMS_AUTH_PAGE } from '../../ui/auth/auth-pages';
import { authChainFor } from '../../ui/auth/create-naa';
import { teamsThemeName } from '../../ui/theme';
import { TeamsAuthenticateSignIn } from './teams-authenticate-sign-in';
import type { HostSession } from './teams-host';
import { TeamsSsoTokenProvider, teamsRecommendsNaa } from './teams-sso-token';

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e: unknown) => { clearTimeout(t); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

export async function connectTeams(timeoutMs: number): Promise<HostSession | null> {
  try {
    await withTimeout(app.initialize(), timeoutMs);
  } catch {
    return null;
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
