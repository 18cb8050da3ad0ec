/**
 * Token providers tried in order until one gives a token: the host's own single sign-on, then the
 * sign-in gate (sign-in-gate.ts). A step that fails (throws) passes on to the next; the last step's
 * answer is the chain's, so a chain that ends in the gate answers null (and the 401 that follows
 * shows "Log ind") instead of the host's error.
 */
import type { TokenProvider } from './token-provider';

export function firstToken(steps: readonly TokenProvider[]): TokenProvider {
  return {
    async getToken() {
      for (const [i, step] of steps.entries()) {
        const last = i === steps.length - 1;
        try {
          const token = await step.getToken();
          if (token || last) return token;
        } catch (e) {
          if (last) throw e;
        }
      }
      return null;
    },
  };
}
