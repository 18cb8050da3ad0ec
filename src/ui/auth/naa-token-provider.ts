/**
 * Single sign-on with nested app authentication: silent first (MSAL's cache or the host's broker),
 * then interactive (a popup the host shows), then the host's older single sign-on (`fallback`).
 * Microsoft's order: acquireTokenSilent, and on any error acquireTokenPopup.
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 */
import type { TokenProvider } from './token-provider';

/** The few members of MSAL's IPublicClientApplication used here (a test hands in a fake). */
export interface NestedMsal {
  getActiveAccount(): MsalAccount | null;
  getAllAccounts(): MsalAccount[];
  setActiveAccount(account: MsalAccount | null): void;
  acquireTokenSilent(request: { scopes: string[]; account: MsalAccount }): Promise<{ accessToken: string; account: MsalAccount | null }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string; account: MsalAccount | null }>;
}
/** MSAL's AccountInfo, opaque here: passed back to MSAL as it came. */
export type MsalAccount = { homeAccountId: string };

export class NaaTokenProvider implements TokenProvider {
  private msal: Promise<NestedMsal | null> | null = null;
  /** Set after the user closed or failed the interactive sign-in, so it is not shown on every request. */
  private interactiveFailed = false;
  /** One token request at a time: MSAL refuses a second popup while one is open. */
  private inFlight: Promise<string | null> | null = null;

  constructor(
    private readonly createMsal: () => Promise<NestedMsal>,
    private readonly scopes: string[],
    private readonly fallback: TokenProvider,
  ) {}

  getToken(): Promise<string | null> {
    this.inFlight ??= this.acquire().finally(() => { this.inFlight = null; });
    return this.inFlight;
  }

  private async acquire(): Promise<string | null> {
    const msal = await this.instance();
    if (!msal) return this.fallback.getToken();
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    if (account) {
      try {
        return (await msal.acquireTokenSilent({ scopes: this.scopes, account })).accessToken;
      } catch {
        // Expired session, consent missing, conditional access: the interactive step below handles it.
      }
    }
    if (!this.interactiveFailed) {
      try {
        const result = await msal.acquireTokenPopup({ scopes: this.scopes });
        if (result.account) msal.setActiveAccount(result.account);
        return result.accessToken;
      } catch {
        this.interactiveFailed = true;
      }
    }
    return this.fallback.getToken();
  }

  /** MSAL, created once; null when it cannot be created (NAA unavailable after all). */
  private instance(): Promise<NestedMsal | null> {
    this.msal ??= this.createMsal().catch(() => null);
    return this.msal;
  }
}
