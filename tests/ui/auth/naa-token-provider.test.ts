/**
 * Nested app authentication's order: silent first, then interactive, then the host's older single
 * sign-on; and the wiring that uses MSAL only with a client id and where the host offers NAA.
 */
import { NaaTokenProvider, type MsalAccount, type NestedMsal } from '../../../src/ui/auth/naa-token-provider';
import { authChainFor, tokenProviderFor } from '../../../src/ui/auth/create-naa';
import { FakeTokenProvider } from '../../fakes/token-provider';

const SCOPES = ['api://kontrakt.example.dk/0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21/access_as_user'];
const ALICE: MsalAccount = { homeAccountId: 'alice' };

/** The few MSAL methods the provider calls; each answer is a token or an error. */
class FakeMsal implements NestedMsal {
  log: string[] = [];
  active: MsalAccount | null = null;
  constructor(private readonly opts: { accounts?: MsalAccount[]; silent?: string | Error; popup?: string | Error }) {}
  getActiveAccount() { return this.active; }
  getAllAccounts() { return this.opts.accounts ?? []; }
  setActiveAccount(a: MsalAccount | null) { this.active = a; this.log.push(`active:${a?.homeAccountId}`); }
  async acquireTokenSilent(req: { scopes: string[]; account: MsalAccount }) {
    this.log.push(`silent:${req.account.homeAccountId}:${req.scopes.join(' ')}`);
    const r = this.opts.silent ?? new Error('interaction_required');
    if (r instanceof Error) throw r;
    return { accessToken: r, account: req.account };
  }
  async acquireTokenPopup(req: { scopes: string[] }) {
    this.log.push(`popup:${req.scopes.join(' ')}`);
    const r = this.opts.popup ?? new Error('user_cancelled');
    if (r instanceof Error) throw r;
    return { accessToken: r, account: ALICE };
  }
}

const provider = (msal: FakeMsal | Error, fallback = new FakeTokenProvider(['fallback-token'])) => ({
  fallback,
  naa: new NaaTokenProvider(() => (msal instanceof Error ? Promise.reject(msal) : Promise.resolve(msal)), SCOPES, fallback),
});

describe('NaaTokenProvider', () => {
  it('returns the silent token for the known account without a popup or the fallback', async () => {
    const msal = new FakeMsal({ accounts: [ALICE], silent: 'silent-token' });
    const { naa, fallback } = provider(msal);
    await expect(naa.getToken()).resolves.toBe('silent-token');
    expect(msal.log).toEqual([`silent:alice:${SCOPES[0]}`]);
    expect(fallback.calls).toBe(0);
  });

  it('signs in interactively when the silent request fails, and remembers the account', async () => {
    const msal = new FakeMsal({ accounts: [ALICE], silent: new Error('interaction_required'), popup: 'popup-token' });
    const { naa, fallback } = provider(msal);
    await expect(naa.getToken()).resolves.toBe('popup-token');
    expect(msal.log).toEqual([`silent:alice:${SCOPES[0]}`, `popup:${SCOPES[0]}`, 'active:alice']);
    expect(fallback.calls).toBe(0);
  });

  it('goes straight to the popup when MSAL knows no account yet', async () => {
    const msal = new FakeMsal({ popup: 'popup-token' });
    await expect(provider(msal).naa.getToken()).resolves.toBe('popup-token');
    expect(msal.log).toEqual([`popup:${SCOPES[0]}`, 'active:alice']);
  });

  it('falls back to the host single sign-on when both fail, and does not prompt again on the next request', async () => {
    const msal = new FakeMsal({ accounts: [ALICE] });
    const { naa, fallback } = provider(msal, new FakeTokenProvider(['office-token', null]));
    await expect(naa.getToken()).resolves.toBe('office-token');
    await expect(naa.getToken()).resolves.toBeNull();
    expect(msal.log.filter((l) => l.startsWith('popup'))).toHaveLength(1);
    expect(msal.log.filter((l) => l.startsWith('silent'))).toHaveLength(2);
    expect(fallback.calls).toBe(2);
  });

  it('uses the fallback when MSAL cannot be created at all', async () => {
    const { naa, fallback } = provider(new Error('nested app auth bridge missing'));
    await expect(naa.getToken()).resolves.toBe('fallback-token');
    expect(fallback.calls).toBe(1);
  });

  it('lets an error of the fallback through (the host explains it in Danish)', async () => {
    const { naa } = provider(new FakeMsal({}), new FakeTokenProvider([new Error('Teams kunne ikke logge dig på')]));
    await expect(naa.getToken()).rejects.toThrow('Teams kunne ikke logge dig på');
  });

  it('shares one request between callers that ask at the same time (one popup, not two)', async () => {
    const msal = new FakeMsal({ popup: 'popup-token' });
    const { naa } = provider(msal);
    await expect(Promise.all([naa.getToken(), naa.getToken()])).resolves.toEqual(['popup-token', 'popup-token']);
    expect(msal.log.filter((l) => l.startsWith('popup'))).toHaveLength(1);
  });
});

describe('tokenProviderFor', () => {
  const build = { clientId: '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21', publicBaseUrl: 'https://kontrakt.example.dk' };

  it('without a client id (dev mode) never loads MSAL and uses the host path', async () => {
    const fallback = new FakeTokenProvider(['host-token']);
    const load = jest.fn(() => Promise.resolve(new FakeMsal({ silent: 'x', popup: 'x' })));
    const p = tokenProviderFor({ build: { clientId: undefined, publicBaseUrl: undefined }, pageOrigin: 'https://x', naaAvailable: true, fallback }, load);
    expect(p).toBe(fallback);
    await expect(p.getToken()).resolves.toBe('host-token');
    expect(load).not.toHaveBeenCalled();
  });

  it('where the host does not offer NAA, uses the host path without MSAL', () => {
    const fallback = new FakeTokenProvider();
    const load = jest.fn(() => Promise.resolve(new FakeMsal({})));
    expect(tokenProviderFor({ build, pageOrigin: 'https://x', naaAvailable: false, fallback }, load)).toBe(fallback);
    expect(load).not.toHaveBeenCalled();
  });

  it('with a client id and NAA asks MSAL for the API scope of the public host', async () => {
    const msal = new FakeMsal({ popup: 'naa-token' });
    const p = tokenProviderFor({ build, pageOrigin: 'https://x', naaAvailable: true, fallback: new FakeTokenProvider() }, () => Promise.resolve(msal));
    await expect(p.getToken()).resolves.toBe('naa-token');
    expect(msal.log[0]).toBe(`popup:api://kontrakt.example.dk/${build.clientId}/access_as_user`);
  });
});

describe('authChainFor: silent NAA → NAA popup → host SSO → the auth page from "Log ind"', () => {
  const build = { clientId: '0b6b7c0e-2f4a-4c57-9d0b-5f0d3a6e8c21', publicBaseUrl: 'https://kontrakt.example.dk' };
  const pageAnswers = { open: jest.fn(() => Promise.resolve({ status: 'success' as const, accessToken: 'page-token', expiresOn: null })) };

  it('goes through every step in order and ends without a token, the page unopened until signIn', async () => {
    const msal = new FakeMsal({ accounts: [ALICE] });
    const hostSso = new FakeTokenProvider([new Error('13003')]);
    const chain = authChainFor({ build, pageOrigin: 'https://x', naaAvailable: true, hostSso, signInPage: () => pageAnswers }, () => Promise.resolve(msal));
    await expect(chain.tokens.getToken()).resolves.toBeNull();
    expect(msal.log.map((l) => l.split(':')[0])).toEqual(['silent', 'popup']);
    expect(hostSso.calls).toBe(1);
    expect(pageAnswers.open).not.toHaveBeenCalled();

    await expect(chain.signIn?.signIn()).resolves.toBe(true);
    await expect(chain.tokens.getToken()).resolves.toBe('page-token');
    // The popup failed once: it is not shown again on every request.
    expect(msal.log.filter((l) => l.startsWith('popup'))).toHaveLength(1);
  });

  it('hands the page the standard settings of the build; none and no "Log ind" in dev mode', () => {
    const signInPage = jest.fn(() => pageAnswers);
    const hostSso = new FakeTokenProvider();
    authChainFor({ build, pageOrigin: 'https://x', naaAvailable: false, hostSso, signInPage });
    expect(signInPage).toHaveBeenCalledWith(expect.objectContaining({ scopes: [`api://kontrakt.example.dk/${build.clientId}/access_as_user`] }));
    const dev = authChainFor({ build: { clientId: undefined, publicBaseUrl: undefined }, pageOrigin: 'https://x', naaAvailable: true, hostSso, signInPage });
    expect(dev).toEqual({ tokens: hostSso, signIn: null });
  });
});
