import type { FastifyRequest } from 'fastify';
import { Forbidden, Unauthenticated } from '../../errors';

/** Who is calling, as the rest of the server sees it. */
export interface Principal {
  /** The Entra object id (oid); what the server stores about a person. */
  id: string;
  /** The display name from the token; never a CPR-shaped value (then the oid, see token-claims.ts). */
  name: string;
  tenantId: string | null;
  roles: string[];
  /** A signed-in person (delegated token) or an application acting as itself (app-only token). */
  kind?: 'user' | 'app';
  /**
   * The caller's own bearer token (Entra mode), kept only in memory for an on-behalf-of grant;
   * never stored, never logged.
   */
  assertion?: string;
  /** When the token expires (epoch ms). */
  assertionExpiresAt?: number;
}

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Principal>;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The caller of an authenticated route (set by the auth hook). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new Unauthenticated();
  return req.principal;
}

export function requireRole(req: FastifyRequest, role: string): Principal {
  const p = principalOf(req);
  if (!p.roles.includes(role)) throw new Forbidden(role);
  return p;
}
