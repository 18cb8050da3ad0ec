/**
 * The last step of the token chain: an interactive sign-in on our own auth page (the Office dialog
 * API in Word, teams-js `authentication.authenticate` in Teams), opened ONLY from a click on the
 * pane's or tab's "Log ind" button. Hosts block or refuse windows that are not opened from a user
 * gesture (Teams' authenticate needs one in some clients; Office on the web asks the user first), so
 * `getToken` never opens anything: it hands out the token of the last sign-in while it is valid,
 * else null. The API client reports a 401 on a request without a token (`requestRefused`), which
 * turns the notice on; the button calls `signIn`.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-flow-tab
 */
import type { AuthPageMessage } from './auth-page-message';
import type { TokenProvider } from './token-provider';

/** The host's way to show our auth page and wait for its answer (a port; one adapter per host). */
export interface InteractiveSignIn {
  open(): Promise<AuthPageMessage>;
}

export class SignInError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

export interface SignInState {
  /** A request was refused for lack of a token and no sign-in has succeeded since. */
  needed: boolean;
  busy: boolean;
  /** The Danish reason the last sign-in failed, if it did. */
  error: string | null;
}

/** Renew a little before the token runs out, so a request does not leave with a token about to expire. */
const EXPIRY_MARGIN_S = 120;
/** When the page gave no expiry: MSAL's access tokens live at least an hour; assume less. */
const ASSUMED_LIFETIME_S = 300;

export class SignInGate implements TokenProvider {
  private token: { value: string; exp: number } | null = null;
  private state: SignInState = { needed: false, busy: false, error: null };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly page: InteractiveSignIn, private readonly nowSeconds: () => number = () => Date.now() / 1000) {}

  getToken(): Promise<string | null> {
    const t = this.token;
    return Promise.resolve(t && t.exp - EXPIRY_MARGIN_S > this.nowSeconds() ? t.value : null);
  }

  /** The API refused a request that went without a token: ask the user to sign in. */
  requestRefused(): void {
    if (!this.state.needed) this.set({ needed: true });
  }

  /** From the "Log ind" click only. Resolves true when a token was obtained. */
  async signIn(): Promise<boolean> {
    if (this.state.busy) return false;
    this.set({ busy: true, error: null });
    let answer: AuthPageMessage;
    try {
      answer = await this.page.open();
    } catch (e) {
      answer = { status: 'failure', code: e instanceof SignInError ? e.code : 'auth.sign_in', message: e instanceof Error ? e.message : String(e) };
    }
    if (answer.status === 'success') {
      this.token = { value: answer.accessToken, exp: answer.expiresOn ?? this.nowSeconds() + ASSUMED_LIFETIME_S };
      this.set({ busy: false, needed: false, error: null });
      return true;
    }
    this.set({ busy: false, error: answer.message || 'Login lykkedes ikke.' });
    return false;
  }

  snapshot(): SignInState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  private set(change: Partial<SignInState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }
}
