/**
 * The task pane's single sign-on fallback where nested app authentication is unavailable: Office's
 * own SSO, `Office.auth.getAccessToken` (IdentityAPI 1.3; the manifest has WebApplicationInfo when
 * ENTRA_CLIENT_ID was set at build time). When it fails once, later requests go without a token
 * (the user is not prompted on every request; only a server in dev mode accepts them).
 * https://learn.microsoft.com/office/dev/add-ins/develop/sso-in-office-add-ins
 */
import type { TokenProvider } from '../../ui/auth/token-provider';

/** The part of office.js this needs (narrow, so a test can hand in its own). */
export interface OfficeSsoGlobals {
  context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
  auth: { getAccessToken(options?: Office.AuthOptions): Promise<string> };
}

export class OfficeSsoTokenProvider implements TokenProvider {
  private unavailable = false;

  constructor(private readonly office: OfficeSsoGlobals) {}

  async getToken(): Promise<string | null> {
    if (this.unavailable || !this.office.context.requirements.isSetSupported('IdentityAPI', '1.3')) return null;
    try {
      return await this.office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    } catch {
      this.unavailable = true;
      return null;
    }
  }
}

/**
 * Whether Office offers nested app authentication here: the NestedAppAuth 1.1 requirement set.
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/nested-app-auth-requirement-sets
 */
export function officeSupportsNaa(office: OfficeSsoGlobals): boolean {
  return office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
}
