/**
 * Entry of dist/teams/auth.html, the page the tab opens with teams-js `authentication.authenticate`
 * when nested app authentication and Teams' own SSO gave no token
 * (src/teams/host/teams-authenticate-sign-in.ts). It signs in with MSAL.js's redirect flow
 * (src/ui/auth/auth-page.ts) and ends with `authentication.notifySuccess` / `notifyFailure`, after
 * app.initialize, as Microsoft's tab authentication flow describes:
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-flow-tab
 */
import { app, authentication } from '@microsoft/teams-js';
import { encodeAuthPageMessage, type AuthPageMessage } from '../ui/auth/auth-page-message';
import { signInOnThisPage } from '../ui/auth/auth-page-entry';
import { TEAMS_AUTH_PAGE } from '../ui/auth/auth-pages';

function say(text: string): void {
  const status = document.getElementById('root');
  if (status) status.textContent = text;
}

async function main(): Promise<void> {
  say('Logger ind …');
  const finish = (message: AuthPageMessage) => {
    void app.initialize().then(() => {
      if (message.status === 'success') authentication.notifySuccess(encodeAuthPageMessage(message));
      else authentication.notifyFailure(encodeAuthPageMessage(message));
    }, () => say('Siden bruges af KL Kontrakt i Teams til at logge ind og kan ikke bruges alene.'));
    say(message.status === 'success' ? 'Du er logget ind. Vinduet lukker.' : message.message);
  };
  await signInOnThisPage(TEAMS_AUTH_PAGE, finish);
}

void main();
