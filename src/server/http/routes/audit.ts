import { z } from 'zod';
import type { AppInstance } from '../../app';
import { listAudit } from '../../app/audit';
import { ROLES } from '../../config';
import { requireRole } from '../auth';

export async function auditRoutes(app: AppInstance) {
  app.get('/api/audit', {
    config: { roles: [ROLES.admin] },
    schema: {
      tags: ['administration'], summary: 'Audit log: who changed what and when (admin)',
      querystring: z.strictObject({
        entity: z.string().max(50).optional(), entityId: z.string().max(100).optional(), actor: z.string().max(200).optional(),
        cursor: z.string().max(30).optional(), limit: z.coerce.number().int().min(1).max(500).default(100),
      }),

    },
  }, async (req) => {
    const actor = requireRole(req, ROLES.admin);
    return listAudit(app.deps.database.db, app.deps.flags.tenantScope(actor), req.query);
  });
}
