/**
 * The auth pages' logic (Office dialog and teams-js authentication window): MSAL's redirect flow,
 * answered once, never in a loop; and their MSAL configuration.
 */
import { REDIRECT_MARKER, loginHintFrom, runAuthPage, type MsalResult, type RedirectMsal } from '../../../src/ui/auth/auth-page';
import type { AuthPageMessage } from '../../../src/ui/auth/auth-page-message';
import { authPageSettings } from '../../../src/ui/auth/msal-config';

const SCOPES = ['api://kontrakt.example.dk/0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21/access_as_user'];
const EXPIRES = new Date('2027-01-01T10:00:00Z');

class FakeRedirectMsal implements RedirectMsal {
  log: string[] = [];
  constructor(private readonly o: { back?: MsalResult | Error | null; accounts?: string[]; silent?: MsalResult | Error } = {}) {}
  async handleRedirectPromise() {
    this.log.push('handleRedirect');
    if (this.o.back instanceof Error) throw this.o.back;
    return this.o.back ?? null;
  }
  getAllAccounts() { return (this.o.accounts ?? []).map((homeAccountId) => ({ homeAccountId })); }
  async acquireTokenSilent(r: { scopes: string[]; account: { homeAccountId: string } }) {
    this.log.push(`silent:${r.account.homeAccountId}`);
    const s = this.o.silent ?? new Error('interaction_required');
    if (s instanceof Error) throw s;
    return s;
  }
  async acquireTokenRedirect(r: { scopes: string[]; loginHint?: string }) {
    this.log.push(`redirect:${r.scopes.join(' ')}:${r.loginHint ?? '-'}`);
  }
}

function page(msal: FakeRedirectMsal | Error, loginHint: string | null = null, stored: Record<string, string> = {}) {
  const answers: AuthPageMessage[] = [];
  const storage = {
    items: { ...stored } as Record<string, string>,
    getItem(k: string) { return this.items[k] ?? null; },
    setItem(k: string, v: string) { this.items[k] = v; },
    removeItem(k: string) { delete this.items[k]; },
  };
  const run = () => runAuthPage({
    createMsal: () => (msal instanceof Error ? Promise.reject(msal) : Promise.resolve(msal)),
    scopes: SCOPES, loginHint, storage, finish: (m) => answers.push(m),
  });
  return { answers, storage, run };
}

describe('runAuthPage', () => {
  it('first visit: redirects to Entra ID with the API scope and the login hint, answering nothing yet', async () => {
    const msal = new FakeRedirectMsal();
    const p = page(msal, 'mette@naestved.dk');
    await expect(p.run()).resolves.toBe('redirecting');
    expect(msal.log).toEqual(['handleRedirect', `redirect:${SCOPES[0]}:mette@naestved.dk`]);
    expect(p.answers).toEqual([]);
    expect(p.storage.items[REDIRECT_MARKER]).toBe('1');
  });

  it('back from Entra ID: answers the token with its expiry in seconds', async () => {
    const p = page(new FakeRedirectMsal({ back: { accessToken: 'api-token', expiresOn: EXPIRES } }), null, { [REDIRECT_MARKER]: '1' });
    await expect(p.run()).resolves.toBe('finished');
    expect(p.answers).toEqual([{ status: 'success', accessToken: 'api-token', expiresOn: EXPIRES.getTime() / 1000 }]);
    expect(p.storage.items[REDIRECT_MARKER]).toBeUndefined();
  });

  it('an account already signed in in this window: the silent token, no redirect', async () => {
    const msal = new FakeRedirectMsal({ accounts: ['alice'], silent: { accessToken: 'silent-token', expiresOn: null } });
    const p = page(msal);
    await p.run();
    expect(msal.log).toEqual(['handleRedirect', 'silent:alice']);
    expect(p.answers).toEqual([{ status: 'success', accessToken: 'silent-token', expiresOn: null }]);
  });

  it('back from Entra ID without a result: a failure instead of a second redirect (no loop)', async () => {
    const msal = new FakeRedirectMsal();
    const p = page(msal, null, { [REDIRECT_MARKER]: '1' });
    await p.run();
    expect(msal.log).toEqual(['handleRedirect']);
    expect(p.answers).toEqual([{ status: 'failure', code: 'auth.no_result', message: 'Login blev ikke gennemført. Luk vinduet og prøv igen.' }]);
  });

  it('Entra ID’s error (the user cancelled, consent refused) becomes a Danish failure with MSAL’s code', async () => {
    const cancelled = Object.assign(new Error('user cancelled'), { errorCode: 'user_cancelled' });
    const p = page(new FakeRedirectMsal({ back: cancelled }));
    await p.run();
    expect(p.answers).toEqual([{ status: 'failure', code: 'user_cancelled', message: 'Login blev afbrudt.' }]);
    const consent = page(new FakeRedirectMsal({ back: Object.assign(new Error('x'), { errorCode: 'consent_required' }) }));
    await consent.run();
    expect(consent.answers[0]).toMatchObject({ status: 'failure', code: 'consent_required', message: expect.stringMatching(/^Login lykkedes ikke \(consent_required\)/) });
  });

  it('MSAL that cannot start still answers (the window never hangs)', async () => {
    const p = page(new Error('crypto unavailable'));
    await p.run();
    expect(p.answers).toEqual([{ status: 'failure', code: 'auth.sign_in', message: expect.stringContaining('Login lykkedes ikke') }]);
  });

  it('takes the login hint from ?loginHint=', () => {
    expect(loginHintFrom('?loginHint=mette%40naestved.dk')).toBe('mette@naestved.dk');
    expect(loginHintFrom('')).toBeNull();
  });
});

describe('authPageSettings', () => {
  const clientId = '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21';
  it('is the standard flow with the page itself as redirect URI, the same client, authority and API scope', () => {
    const s = authPageSettings({ clientId, publicBaseUrl: 'https://Kontrakt.Example.dk/' }, 'https://other.example', '/addin/auth.html');
    expect(s?.configuration.auth).toEqual({ clientId, authority: 'https://login.microsoftonline.com/organizations', redirectUri: 'https://kontrakt.example.dk/addin/auth.html' });
    expect(s?.configuration.cache).toEqual({ cacheLocation: 'sessionStorage' });
    expect(s?.scopes).toEqual(SCOPES);
  });
  it('is null without a client id (dev mode)', () => {
    expect(authPageSettings({ clientId: undefined, publicBaseUrl: 'https://kontrakt.example.dk' }, 'https://x', '/teams/auth.html')).toBeNull();
  });
});
