/**
 * Review targets over HTTP: requesters list their tenant's visible targets by name (plus whether
 * the Workflows webhook channel exists); administrators list all of their tenant's, rename and
 * hide them. No conversation id or service URL ever leaves the server.
 */
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app';
import { ROLES } from '../../config';
import { Forbidden, NotFound, StaleVersion } from '../../errors';
import { writeAudit } from '../../app/audit';
import { publicTarget, type TenantScope } from '../../notify/review-targets';
import { principalOf, requireRole } from '../auth';
import { etagOf, requireVersion } from '../etag';

/** The caller's tenant; the dev user (no tenant, loopback only) sees every tenant. */
export function tenantScopeOf(req: FastifyRequest, app: AppInstance): TenantScope {
  const p = principalOf(req);
  if (p.tenantId) return p.tenantId.toLowerCase();
  if (app.deps.config.auth.mode === 'dev') return '*';
  throw new Forbidden('tenant');
}

const WHAT = 'Modtageren';

export async function reviewTargetRoutes(app: AppInstance) {
  app.get('/api/review-targets', {
    schema: { tags: ['gennemgang'], summary: 'Chats and channels a flag can be sent to (the bot is in them), for the caller\'s tenant' },
  }, async (req) => {
    const items = await app.deps.reviewTargets.listVisible(tenantScopeOf(req, app));
    return { items: items.map(({ id, name, kind }) => ({ id, name, kind })), webhook: !!app.deps.config.teamsWebhookUrl };
  });

  app.get('/api/admin/review-targets', {
    config: { roles: [ROLES.admin] },
    schema: { tags: ['administration'], summary: 'All review targets of the caller\'s tenant (admin)' },
  }, async (req) => {
    requireRole(req, ROLES.admin);
    return { items: await app.deps.reviewTargets.listAll(tenantScopeOf(req, app)) };
  });

  app.patch('/api/admin/review-targets/:id', {
    config: { roles: [ROLES.admin] },
    schema: {
      tags: ['administration'], summary: 'Rename or hide a review target (admin, If-Match required)',
      params: z.strictObject({ id: z.string().min(1).max(100) }),
      body: z.strictObject({
        /** null or "" gives the name from Teams back. */
        displayName: z.string().trim().max(200).nullable().optional().transform((v) => (v === '' ? null : v)),
        hidden: z.boolean().optional(),
      }),
    },
  }, async (req, reply) => {
    const actor = requireRole(req, ROLES.admin);
    const version = requireVersion(req.headers['if-match'], req.params.id, WHAT);
    const out = await app.deps.reviewTargets.update(req.params.id, tenantScopeOf(req, app), version, req.body);
    if (!out) throw new NotFound(WHAT);
    if (out === 'stale') throw new StaleVersion(WHAT);
    const t = publicTarget(out);
    await writeAudit(app.deps.database.db, actor, { action: 'review-target.updated', entity: 'review-target', entityId: t.id, detail: { name: t.name, hidden: t.hidden } }, app.deps.now());
    return reply.header('etag', etagOf(t.id, t.version)).send(t);
  });
}
