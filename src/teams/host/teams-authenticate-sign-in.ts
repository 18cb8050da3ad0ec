/**
 * The tab's last sign-in step: our auth page (dist/teams/auth.html, on the tab's own domain, which
 * the Teams manifest lists in validDomains) in the authentication window teams-js opens with
 * `authentication.authenticate({url})`. The page signs in with MSAL.js's redirect flow and ends with
 * `authentication.notifySuccess(result)` or `notifyFailure(reason)`, each a JSON string parsed with zod.
 * Some Teams clients open the window only from a user gesture: the caller is the "Log ind" button.
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-flow-tab
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication
 */
import { authentication } from '@microsoft/teams-js';
import { parseAuthPageMessage, type AuthPageMessage } from '../../ui/auth/auth-page-message';
import type { InteractiveSignIn } from '../../ui/auth/sign-in-gate';

export type Authenticate = (params: { url: string; width: number; height: number }) => Promise<string>;

export class TeamsAuthenticateSignIn implements InteractiveSignIn {
  constructor(
    private readonly pageUrl: string,
    private readonly authenticate: Authenticate = (p) => authentication.authenticate(p),
  ) {}

  async open(): Promise<AuthPageMessage> {
    try {
      return parseAuthPageMessage(await this.authenticate({ url: this.pageUrl, width: 600, height: 535 }));
    } catch (e) {
      // notifyFailure(reason) rejects with Error(reason); "CancelledByUser" when the window was closed.
      const reason = e instanceof Error ? e.message : String(e);
      if (reason === 'CancelledByUser') return { status: 'failure', code: 'teams.cancelled', message: 'Login-vinduet blev lukket, før login var gennemført.' };
      const parsed = parseAuthPageMessage(reason);
      if (parsed.status === 'failure' && parsed.code !== 'auth.malformed') return parsed;
      return { status: 'failure', code: 'teams.authenticate', message: `Teams kunne ikke åbne login (${reason.slice(0, 120)}).` };
    }
  }
}
