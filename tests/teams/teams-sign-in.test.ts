/** The tab's last sign-in step: our auth page through teams-js authentication.authenticate (issue 12.3). */
import { TeamsAuthenticateSignIn } from '../../src/teams/host/teams-authenticate-sign-in';
import { encodeAuthPageMessage } from '../../src/ui/auth/auth-page-message';

const PAGE = 'https://kontrakt.example.dk/teams/auth.html?loginHint=mette%40naestved.dk';

describe('TeamsAuthenticateSignIn', () => {
  it('opens the auth page and parses notifySuccess’s result', async () => {
    const authenticate = jest.fn(() => Promise.resolve(encodeAuthPageMessage({ status: 'success', accessToken: 'tab-token', expiresOn: 1_800_000_000 })));
    await expect(new TeamsAuthenticateSignIn(PAGE, authenticate).open()).resolves.toEqual({ status: 'success', accessToken: 'tab-token', expiresOn: 1_800_000_000 });
    expect(authenticate).toHaveBeenCalledWith({ url: PAGE, width: 600, height: 535 });
  });

  it('passes on the page’s notifyFailure reason, and says so in Danish when the user closed the window', async () => {
    const failed = encodeAuthPageMessage({ status: 'failure', code: 'consent_required', message: 'Login lykkedes ikke (consent_required).' });
    await expect(new TeamsAuthenticateSignIn(PAGE, () => Promise.reject(new Error(failed))).open())
      .resolves.toEqual({ status: 'failure', code: 'consent_required', message: 'Login lykkedes ikke (consent_required).' });
    await expect(new TeamsAuthenticateSignIn(PAGE, () => Promise.reject(new Error('CancelledByUser'))).open())
      .resolves.toEqual({ status: 'failure', code: 'teams.cancelled', message: 'Login-vinduet blev lukket, før login var gennemført.' });
    await expect(new TeamsAuthenticateSignIn(PAGE, () => Promise.reject(new Error('FailedToOpenWindow'))).open())
      .resolves.toEqual({ status: 'failure', code: 'teams.authenticate', message: 'Teams kunne ikke åbne login (FailedToOpenWindow).' });
  });

  it('never takes a success that does not parse as a token', async () => {
    await expect(new TeamsAuthenticateSignIn(PAGE, () => Promise.resolve('eyJ.raw.token')).open()).resolves.toMatchObject({ status: 'failure', code: 'auth.malformed' });
  });
});
