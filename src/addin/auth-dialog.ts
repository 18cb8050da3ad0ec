/**
 * Entry of dist/addin/auth.html, the page the task pane opens in an Office dialog when nested app
 * authentication and Office's own SSO gave no token (src/addin/host/office-dialog-sign-in.ts). It
 * signs in with MSAL.js's redirect flow (src/ui/auth/auth-page.ts) and answers the pane with
 * `Office.context.ui.messageParent`, which works only after Office.onReady and only from a page on
 * the pane's own domain, so the redirect comes back here before answering.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 */
import { encodeAuthPageMessage, type AuthPageMessage } from '../ui/auth/auth-page-message';
import { loginHintFrom, runAuthPage, standardMsal } from '../ui/auth/auth-page';
import { buildSettings } from '../ui/auth/build-settings';
import { OFFICE_AUTH_PAGE } from '../ui/auth/auth-pages';
import { authPageSettings } from '../ui/auth/msal-config';

function say(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

async function main(): Promise<void> {
  const info = await Office.onReady();
  const finish = (message: AuthPageMessage) => {
    if (!info.host) {
      say('Siden bruges af KL Kontrakt i Word til at logge ind og kan ikke bruges alene.');
      return;
    }
    Office.context.ui.messageParent(encodeAuthPageMessage(message));
    say(message.status === 'success' ? 'Du er logget ind. Vinduet lukker.' : message.message);
  };
  const settings = authPageSettings(buildSettings(), window.location.origin, OFFICE_AUTH_PAGE);
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

void main();
