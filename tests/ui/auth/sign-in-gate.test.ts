/**
 * The last step of the token chain: the auth page, opened only by "Log ind" (never by a request),
 * and the chain that ends in it.
 */
import type { AuthPageMessage } from '../../../src/ui/auth/auth-page-message';
import { SignInGate, type InteractiveSignIn } from '../../../src/ui/auth/sign-in-gate';
import { firstToken } from '../../../src/ui/auth/token-chain';
import { FakeTokenProvider } from '../../fakes/token-provider';

class ScriptedPage implements InteractiveSignIn {
  opened = 0;
  constructor(private readonly answers: Array<AuthPageMessage | Error>) {}
  async open(): Promise<AuthPageMessage> {
    const a = this.answers[Math.min(this.opened, this.answers.length - 1)]!;
    this.opened += 1;
    if (a instanceof Error) throw a;
    return a;
  }
}

const NOW = 1_800_000_000;
const token = (accessToken: string, expiresOn: number | null = NOW + 3600): AuthPageMessage => ({ status: 'success', accessToken, expiresOn });

describe('SignInGate', () => {
  it('never opens the page for a request: no token and nothing opened until signIn', async () => {
    const page = new ScriptedPage([token('page-token')]);
    const gate = new SignInGate(page, () => NOW);
    await expect(gate.getToken()).resolves.toBeNull();
    gate.requestRefused();
    await expect(gate.getToken()).resolves.toBeNull();
    expect(page.opened).toBe(0);
    expect(gate.snapshot()).toEqual({ needed: true, busy: false, error: null });
  });

  it('after a sign-in hands out the page’s token until shortly before it expires, and hides the notice', async () => {
    let now = NOW;
    const gate = new SignInGate(new ScriptedPage([token('page-token', NOW + 600)]), () => now);
    gate.requestRefused();
    await expect(gate.signIn()).resolves.toBe(true);
    expect(gate.snapshot().needed).toBe(false);
    await expect(gate.getToken()).resolves.toBe('page-token');
    now = NOW + 600 - 60;
    await expect(gate.getToken()).resolves.toBeNull();
  });

  it('keeps the notice with the page’s Danish reason when sign-in fails or the window throws', async () => {
    const gate = new SignInGate(new ScriptedPage([
      { status: 'failure', code: 'office.dialog.12006', message: 'Login-vinduet blev lukket, før login var gennemført.' },
      new Error('boom'),
    ]), () => NOW);
    gate.requestRefused();
    await expect(gate.signIn()).resolves.toBe(false);
    expect(gate.snapshot()).toEqual({ needed: true, busy: false, error: 'Login-vinduet blev lukket, før login var gennemført.' });
    await expect(gate.signIn()).resolves.toBe(false);
    expect(gate.snapshot().error).toBe('boom');
    await expect(gate.getToken()).resolves.toBeNull();
  });

  it('opens one window at a time (a double click does not open two) and tells subscribers', async () => {
    const page = new ScriptedPage([token('page-token')]);
    const gate = new SignInGate(page, () => NOW);
    const seen: boolean[] = [];
    const unsubscribe = gate.subscribe(() => seen.push(gate.snapshot().busy));
    const [a, b] = await Promise.all([gate.signIn(), gate.signIn()]);
    expect([a, b]).toEqual([true, false]);
    expect(page.opened).toBe(1);
    expect(seen).toEqual([true, false]);
    unsubscribe();
  });
});

describe('firstToken (host SSO, then the gate)', () => {
  it('takes the first token; a failing step passes on; the last step’s answer is the chain’s', async () => {
    const sso = new FakeTokenProvider([new Error('consent_required'), 'sso-token']);
    const last = new FakeTokenProvider([null]);
    const chain = firstToken([sso, last]);
    await expect(chain.getToken()).resolves.toBeNull();
    expect(last.calls).toBe(1);
    await expect(chain.getToken()).resolves.toBe('sso-token');
    expect(last.calls).toBe(1);
  });

  it('throws only when the last step throws', async () => {
    await expect(firstToken([new FakeTokenProvider([null]), new FakeTokenProvider([new Error('last')])]).getToken()).rejects.toThrow('last');
  });
});
