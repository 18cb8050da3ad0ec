import { z } from 'zod';
import { FLAG_STATES } from '../../../domain/flags/flag-state';
import type { AppInstance } from '../../app';
import { createFlagSchema, patchFlagSchema } from '../../app/flags';
import { listMyFlags } from '../../app/my-flags';
import { ROLES } from '../../config';
import { principalOf, requireRole } from '../auth';
import { etagOf, requireVersion } from '../etag';

const flagIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export async function flagRoutes(app: AppInstance) {
  const svc = () => app.deps.flags;

  app.post('/api/flags', {
    schema: { tags: ['gennemgang'], summary: 'Send a contract for review (a flag); posts a card via the outbox', body: createFlagSchema },
  }, async (req, reply) => {
    const actor = principalOf(req);
    const flag = await svc().create(actor, req.body);
    return reply.status(201).header('etag', etagOf(flag.id, flag.version)).header('location', `/api/flags/${flag.id}`).send(flag);
  });

  app.get('/api/flags', {
    schema: {
      tags: ['gennemgang'], summary: 'Review queue with filters',
      querystring: z.strictObject({
        state: z.enum(FLAG_STATES).optional(),
        municipality: z.string().max(100).optional(),
        offerId: z.string().max(100).optional(),
        /** A user id, or "me" for the caller. */
        requester: z.string().max(200).optional(),
        assignee: z.string().max(200).optional(),
        olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
        newerThanDays: z.coerce.number().int().min(0).max(3650).optional(),
        cursor: z.string().max(300).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),

    },
  }, async (req) => {
    const me = principalOf(req);
    const q = req.query;
    return svc().list(svc().tenantScope(me), {
      ...q,
      requester: q.requester === 'me' ? me.id : q.requester,
      assignee: q.assignee === 'me' ? me.id : q.assignee,
    });
  });

  // Any signed-in user (route-auth has authenticated the caller before the query is parsed); only
  // the caller's own flags, in the caller's tenant. Registered before '/api/flags/:id' for reading
  // order only: find-my-way prefers the static segment whatever the order.
  app.get('/api/flags/mine', {
    schema: {
      tags: ['gennemgang'], summary: "The caller's own flags with state and the reviewer's latest answer (Mine sager)",
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
    },
  }, async (req) => {
    const me = principalOf(req);
    return listMyFlags(app.deps.database.db, svc().tenantScope(me), me.id, req.query.limit);
  });

  app.get('/api/flags/:id', {
    schema: { tags: ['gennemgang'], summary: 'A flag with findings, comments, history and delivery state', params: flagIdParams },
  }, async (req, reply) => {
    const me = principalOf(req);
    const flag = await svc().detail(req.params.id, svc().tenantScope(me));
    return reply.header('etag', etagOf(flag.id, flag.version)).send(flag);
  });

  app.patch('/api/flags/:id', {
    config: { roles: [ROLES.reviewer] },
    schema: { tags: ['gennemgang'], summary: 'Change state or assignee (reviewer, If-Match required)', params: flagIdParams, body: patchFlagSchema },
  }, async (req, reply) => {
    const actor = requireRole(req, ROLES.reviewer);
    const version = requireVersion(req.headers['if-match'], req.params.id, 'Flaget');
    const flag = await svc().patch(actor, req.params.id, version, req.body);
    return reply.header('etag', etagOf(flag.id, flag.version)).send(flag);
  });

  app.post('/api/flags/:id/comments', {
    schema: {
      tags: ['gennemgang'], summary: 'Comment on a flag (requester or reviewer)', params: flagIdParams,
      body: z.strictObject({ text: z.string().trim().min(1).max(4000) }),
    },
  }, async (req, reply) => {
    const actor = principalOf(req);
    const flag = await svc().detail(req.params.id, svc().tenantScope(actor));
    if (flag.requester.id !== actor.id) requireRole(req, ROLES.reviewer);
    return reply.status(201).send(await svc().comment(actor, req.params.id, req.body.text));
  });
}
