/**
 * Authentication: who the caller is. The parts live in ./auth/ by role — the principal and route
 * helpers, the dev user, Entra ID token verification, its key set and its claim checks.
 */
import type { Config } from '../config';
import { devAuthenticator } from './auth/dev';
import { entraAuthenticator } from './auth/entra';
import type { Authenticator } from './auth/principal';

export { principalOf, requireRole, type Authenticator, type Principal } from './auth/principal';
export { devAuthenticator } from './auth/dev';
export { entraAuthenticator } from './auth/entra';

export function makeAuthenticator(auth: Config['auth']): Authenticator {
  return auth.mode === 'dev' ? devAuthenticator(auth.roles) : entraAuthenticator(auth);
}
