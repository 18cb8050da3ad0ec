import type { FastifyInstance, RouteOptions } from 'fastify';
import { Forbidden } from '../errors';
import type { Authenticator } from './auth';

/**
 * Deny by default, decided on the route Fastify matched — never on the raw URL. The router
 * percent-decodes the path (`/%61pi/offers` matches `/api/offers`), so any check on `req.url`
 * would disagree with what actually runs. Every matched route needs a principal unless its
 * config says `public: true`; `roles` (any of them) are checked here, in onRequest, so a caller
 * without the role gets 403 before a byte of the body is parsed or validated. Unmatched paths
 * reach the not-found handler, whose routeOptions carry no url: 404 for everyone.
 */
export function registerRouteAuth(app: FastifyInstance, authenticator: Authenticator): void {
  app.addHook('onRequest', async (req) => {
    const route = req.routeOptions;
    if (!route.url) return;
    if (route.config?.public) return;
    const principal = await authenticator.authenticate(req.headers.authorization);
    req.principal = principal;
    const roles = route.config?.roles;
    if (roles && roles.length > 0 && !roles.some((r) => principal.roles.includes(r))) throw new Forbidden(roles[0]!);
  });
}

/**
 * Register a plugin's routes (static bundles, CORS preflight) as public: they serve files or
 * headers, never data. Done with an onRoute hook in an encapsulated scope so that only the routes
 * the plugin itself adds are affected; every route of ours is still denied unless it says otherwise.
 */
export async function registerPublic(app: FastifyInstance, register: (scope: FastifyInstance) => Promise<void>): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (opts: RouteOptions) => {
      opts.config = { ...(opts.config ?? {}), public: true };
    });
    await register(scope);
  });
}
