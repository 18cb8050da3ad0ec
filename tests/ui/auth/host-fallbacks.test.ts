/** The hosts' own single sign-on, used where nested app authentication is unavailable. */
import { OfficeSsoTokenProvider, officeSupportsNaa, type OfficeSsoGlobals } from '../../../src/addin/host/office-sso-token';
import { TeamsAuthError, TeamsSsoTokenProvider, teamsRecommendsNaa } from '../../../src/teams/host/teams-sso-token';

function office(sets: Record<string, string>, getAccessToken: () => Promise<string>): OfficeSsoGlobals & { calls: number } {
  const o = {
    calls: 0,
    context: { requirements: { isSetSupported: (name: string, version = '1.1') => name in sets && Number(sets[name]) >= Number(version) } },
    auth: { getAccessToken: () => { o.calls += 1; return getAccessToken(); } },
  };
  return o;
}

describe('Office single sign-on fallback', () => {
  it('knows NAA from the NestedAppAuth 1.1 requirement set', () => {
    expect(officeSupportsNaa(office({ NestedAppAuth: '1.1' }, () => Promise.resolve('t')))).toBe(true);
    expect(officeSupportsNaa(office({ IdentityAPI: '1.3' }, () => Promise.resolve('t')))).toBe(false);
  });

  it('returns Office.auth.getAccessToken’s token with IdentityAPI 1.3', async () => {
    await expect(new OfficeSsoTokenProvider(office({ IdentityAPI: '1.3' }, () => Promise.resolve('office-token'))).getToken()).resolves.toBe('office-token');
  });

  it('without IdentityAPI 1.3 calls without a token', async () => {
    const o = office({}, () => Promise.resolve('never'));
    await expect(new OfficeSsoTokenProvider(o).getToken()).resolves.toBeNull();
    expect(o.calls).toBe(0);
  });

  it('after one failure stops asking Office (no prompt on every request)', async () => {
    const o = office({ IdentityAPI: '1.3' }, () => Promise.reject(new Error('13003')));
    const p = new OfficeSsoTokenProvider(o);
    await expect(p.getToken()).resolves.toBeNull();
    await expect(p.getToken()).resolves.toBeNull();
    expect(o.calls).toBe(1);
  });
});

describe('Teams single sign-on fallback', () => {
  const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.s`;

  it('caches authentication.getAuthToken’s token until shortly before it expires', async () => {
    const token = jwt(Math.floor(Date.now() / 1000) + 3600);
    const get = jest.fn(() => Promise.resolve(token));
    const p = new TeamsSsoTokenProvider(get);
    await expect(p.getToken()).resolves.toBe(token);
    await expect(p.getToken()).resolves.toBe(token);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('asks again for a token about to expire', async () => {
    const get = jest.fn(() => Promise.resolve(jwt(Math.floor(Date.now() / 1000) + 60)));
    const p = new TeamsSsoTokenProvider(get);
    await p.getToken();
    await p.getToken();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('turns a refusal into a Danish TeamsAuthError', async () => {
    const p = new TeamsSsoTokenProvider(() => Promise.reject(new Error('resourceDisabled')));
    await expect(p.getToken()).rejects.toBeInstanceOf(TeamsAuthError);
    await expect(p.getToken()).rejects.toThrow(/Teams kunne ikke logge dig på \(resourceDisabled\)/);
  });
});

describe('Teams NAA recommendation', () => {
  it('is "no" when teams-js cannot answer (not initialised: a tab outside Teams), so getAuthToken is used', () => {
    expect(teamsRecommendsNaa()).toBe(false);
  });
});
