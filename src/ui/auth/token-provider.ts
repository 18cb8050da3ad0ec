/**
 * The port through which the task pane and the Teams tab get a token for the server's API.
 * null means "call without a token": only a server in dev mode accepts that (browser/standalone mode,
 * or every single sign-on path failed; the server's Danish error then says so).
 */
export interface TokenProvider {
  getToken(): Promise<string | null>;
}

/** Outside any host (browser/standalone mode): no single sign-on, the server runs in dev mode. */
export const noToken: TokenProvider = { getToken: () => Promise.resolve(null) };
