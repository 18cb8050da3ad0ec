import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { KeysUnavailable } from '../../errors';

/**
 * Entra ID's signing keys, fetched from the JWKS URL and cached by jose. Fail closed: when the key
 * set cannot be fetched (refused, timed out, not 200, not a key set) the request is refused with
 * KeysUnavailable (503) — never let through, and not 401 either, since the token may be fine.
 * There is no negative cache: jose forgets a failed fetch, so the first request after the key set
 * is back fetches it again and succeeds. A token whose key id is unknown makes jose refetch (at
 * most every cooldown), which is how Microsoft's key rollover is picked up.
 */
export function entraKeySet(jwksUrl: string, opts: { timeoutMs?: number; cooldownMs?: number } = {}): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: opts.cooldownMs ?? 30_000, timeoutDuration: opts.timeoutMs ?? 5_000 });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (e) {
      // The key set was fetched, but this token's key is not in it: the token's fault (401).
      if (e instanceof joseErrors.JWKSNoMatchingKey || e instanceof joseErrors.JWKSMultipleMatchingKeys) throw e;
      throw new KeysUnavailable();
    }
  };
}
