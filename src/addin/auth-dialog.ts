/**
 * Entry of dist/addin/auth.html, the page the task pane opens in an Office dialog when nested app
 * authentication and Office's own SSO gave no token (src/addin/host/office-dialog-sign-in.ts). It
 * signs in with MSAL.js's redirect flow (src/ui/auth/auth-page.ts) and answers the pane with
 * `Office.context.ui.messageParent`, which works only after Office.onReady and only from a page on
 * the pane's own domain, so the redirect comes back here before answering.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 */
import { encodeAuthPageMessage, type AuthPageMessage } from '../ui/auth/auth-page-message';
import { signInOnThisPage } from '../ui/auth/auth-page-entry';
import { OFFICE_AUTH_PAGE } from '../ui/auth/auth-pages';

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
  await signInOnThisPage(OFFICE_AUTH_PAGE, finish);
}

void main();
