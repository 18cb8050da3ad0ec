/**
 * The logic of our auth pages (Office dialog and teams-js authentication window alike): MSAL.js's
 * standard PublicClientApplication with the redirect flow, which works in both windows where popups
 * from a popup would not:
 * 1. back from Entra ID: handleRedirectPromise has the token → report it;
 * 2. a signed-in account in this window's cache: acquireTokenSilent → report it;
 * 3. else acquireTokenRedirect (the window navigates to Entra ID and comes back to this page).
 * A marker in sessionStorage stops a loop when Entra ID comes back without a result.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-flow-tab
 */
import type { AuthPageMessage } from './auth-page-message';

/** The members of MSAL's IPublicClientApplication the page uses (a test hands in a fake). */
export interface RedirectMsal {
  handleRedirectPromise(): Promise<MsalResult | null>;
  getAllAccounts(): Array<{ homeAccountId: string }>;
  acquireTokenSilent(request: { scopes: string[]; account: { homeAccountId: string } }): Promise<MsalResult>;
  acquireTokenRedirect(request: { scopes: string[]; loginHint?: string }): Promise<void>;
}
export interface MsalResult { accessToken: string; expiresOn: Date | null }

export interface AuthPageDeps {
  createMsal(): Promise<RedirectMsal>;
  scopes: string[];
  loginHint?: string | null;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Hands the answer to the host (messageParent, notifySuccess/notifyFailure); the window closes after. */
  finish(message: AuthPageMessage): void;
}

export const REDIRECT_MARKER = 'kl-kontrakt.auth.redirected';

export async function runAuthPage(d: AuthPageDeps): Promise<'finished' | 'redirecting'> {
  const done = (message: AuthPageMessage) => {
    d.storage.removeItem(REDIRECT_MARKER);
    d.finish(message);
    return 'finished' as const;
  };
  try {
    const msal = await d.createMsal();
    const back = await msal.handleRedirectPromise();
    if (back?.accessToken) return done(success(back));
    const account = msal.getAllAccounts()[0];
    if (account) {
      try {
        return done(success(await msal.acquireTokenSilent({ scopes: d.scopes, account })));
      } catch {
        // Consent or a new sign-in is needed: the redirect below asks for it.
      }
    }
    if (d.storage.getItem(REDIRECT_MARKER)) return done({ status: 'failure', code: 'auth.no_result', message: 'Login blev ikke gennemført. Luk vinduet og prøv igen.' });
    d.storage.setItem(REDIRECT_MARKER, '1');
    await msal.acquireTokenRedirect({ scopes: d.scopes, ...(d.loginHint ? { loginHint: d.loginHint } : {}) });
    return 'redirecting';
  } catch (e) {
    return done(failureFrom(e));
  }
}

function success(r: MsalResult): AuthPageMessage {
  return { status: 'success', accessToken: r.accessToken, expiresOn: r.expiresOn ? Math.floor(r.expiresOn.getTime() / 1000) : null };
}

/** MSAL errors carry `errorCode` (user_cancelled, consent_required, access_denied …); the text for the user is Danish. */
function failureFrom(e: unknown): AuthPageMessage {
  const code = typeof e === 'object' && e && 'errorCode' in e && typeof e.errorCode === 'string' && e.errorCode ? e.errorCode : 'auth.sign_in';
  const message = code === 'user_cancelled' || code === 'access_denied'
    ? 'Login blev afbrudt.'
    : `Login lykkedes ikke (${code.slice(0, 80)}). Kontakt kommunens IT-afdeling, hvis det bliver ved.`;
  return { status: 'failure', code: code.slice(0, 100), message };
}

/** The login hint the opener passed in the page's query string (?loginHint=), if any. */
export function loginHintFrom(search: string): string | null {
  const hint = new URLSearchParams(search).get('loginHint');
  return hint && hint.length <= 256 ? hint : null;
}

/** Creates MSAL for an auth page (its own chunk in the page bundle). */
export async function standardMsal(configuration: import('@azure/msal-browser').Configuration): Promise<RedirectMsal> {
  const { createStandardPublicClientApplication } = await import('@azure/msal-browser');
  return (await createStandardPublicClientApplication(configuration)) as unknown as RedirectMsal;
}
