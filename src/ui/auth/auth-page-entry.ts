/**
 * What both auth pages (the Office dialog's src/addin/auth-dialog.ts and Teams' src/teams/auth-window.ts)
 * do in the browser: read the registration for this page, refuse when the build has none, and run the
 * MSAL redirect flow with the page's login hint. Only how the answer reaches the opener differs (`finish`).
 */
import type { AuthPageMessage } from './auth-page-message';
import { loginHintFrom, runAuthPage, standardMsal } from './auth-page';
import { buildSettings } from './build-settings';
import { authPageSettings } from './msal-config';

export async function signInOnThisPage(pagePath: string, finish: (message: AuthPageMessage) => void): Promise<void> {
  const settings = authPageSettings(buildSettings(), window.location.origin, pagePath);
  if (!settings) {
    finish({ status: 'failure', code: 'auth.not_configured', message: 'Login er ikke sat op i denne installation (ENTRA_CLIENT_ID mangler).' });
    return;
  }
  await runAuthPage({
    createMsal: () => standardMsal(settings.configuration),
    scopes: settings.scopes,
    loginHint: loginHintFrom(window.location.search),
    storage: window.sessionStorage,
    finish,
  });
}
