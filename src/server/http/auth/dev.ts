import type { Authenticator, Principal } from './principal';

/** The fixed local user of AUTH_MODE=dev (only ever on a loopback address; see config.ts). */
export function devAuthenticator(roles: string[]): Authenticator {
  const principal: Principal = { id: 'dev-user', name: 'Udvikler (lokal)', tenantId: null, roles, kind: 'user' };
  return { authenticate: async () => principal };
}
