/**
 * The tab's single sign-on fallback where nested app authentication is unavailable: Teams' own SSO,
 * teams-js `authentication.getAuthToken`, cached until shortly before the token expires.
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code
 */
import { authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { TokenProvider } from '../../ui/auth/token-provider';
import { tokenExpiry } from './token-claims';

export class TeamsAuthError extends Error {
  readonly code = 'teams.auth';
}

export class TeamsSsoTokenProvider implements TokenProvider {
  private cached: { token: string; exp: number } | null = null;

  constructor(private readonly getAuthToken: () => Promise<string> = () => authentication.getAuthToken()) {}

  async getToken(): Promise<string | null> {
    if (this.cached && this.cached.exp - 120 > Date.now() / 1000) return this.cached.token;
    try {
      const token = await this.getAuthToken();
      this.cached = { token, exp: tokenExpiry(token) ?? Date.now() / 1000 + 300 };
      return token;
    } catch (e) {
      throw new TeamsAuthError(`Teams kunne ikke logge dig på (${e instanceof Error ? e.message : String(e)}). Prøv at genindlæse fanen.`);
    }
  }
}

/**
 * Whether Teams recommends nested app authentication here (only valid after app.initialize).
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 */
export function teamsRecommendsNaa(): boolean {
  try {
    return nestedAppAuth.isNAAChannelRecommended();
  } catch {
    return false;
  }
}
