/** The auth pages' answer (messageParent / notifySuccess), parsed with zod on the receiving side. */
import { encodeAuthPageMessage, parseAuthPageMessage } from '../../../src/ui/auth/auth-page-message';

describe('auth page message', () => {
  it('round-trips a token with its expiry and a failure with its Danish text', () => {
    const ok = { status: 'success', accessToken: 'eyJ.a.b', expiresOn: 1_800_000_000 } as const;
    expect(parseAuthPageMessage(encodeAuthPageMessage(ok))).toEqual(ok);
    const failed = { status: 'failure', code: 'user_cancelled', message: 'Login blev afbrudt.' } as const;
    expect(parseAuthPageMessage(encodeAuthPageMessage(failed))).toEqual(failed);
  });

  it.each([
    ['not JSON', 'token=abc'],
    ['an empty token', JSON.stringify({ status: 'success', accessToken: '', expiresOn: null })],
    ['an unknown status', JSON.stringify({ status: 'ok', accessToken: 'x', expiresOn: null })],
    ['a bare token string', JSON.stringify('eyJ.a.b')],
    ['nothing', undefined],
  ])('turns %s into a failure, never a token', (_label, raw) => {
    expect(parseAuthPageMessage(raw)).toEqual({ status: 'failure', code: 'auth.malformed', message: 'Login-siden svarede uventet.' });
  });
});
