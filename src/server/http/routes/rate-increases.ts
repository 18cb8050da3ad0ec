import { z } from 'zod';
import type { AppInstance } from '../../app';
import { writeAudit } from '../../app/audit';
import { rateIncreasesToCsv, rateIncreasesToXlsx } from '../../app/rate-increase-export';
import { listRateIncreases } from '../../app/rate-increases';
import { ROLES } from '../../config';
import { NotFound } from '../../errors';
import { principalOf, requireRole } from '../auth';

export async function rateIncreaseRoutes(app: AppInstance) {
  app.get('/api/rate-increases', {
    schema: {
      tags: ['takstovervågning'], summary: 'Rate increases year over year; above the threshold = to report',
      querystring: z.strictObject({
        year: z.coerce.number().int().min(2000).max(2100),
        onlyToReport: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
        format: z.enum(['json', 'csv', 'xlsx']).default('json'),
      }),

    },
  }, async (req, reply) => {
    principalOf(req);
    const { year, onlyToReport, format } = req.query;
    const items = await listRateIncreases(app.deps.database.db, app.deps.config, year, onlyToReport);
    if (format === 'csv') {
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="takststigninger-${year}.csv"`).send(rateIncreasesToCsv(year, items));
    }
    if (format === 'xlsx') {
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="takststigninger-${year}.xlsx"`).send(await rateIncreasesToXlsx(year, items));
    }
    return { year, thresholds: app.deps.config.rateThresholds, items };
  });

  // The report's follow-up: reported to the supervisory authority, discussed by the steering group.
  app.put('/api/rate-increases/:year/:offerId/status', {
    config: { roles: [ROLES.admin] },
    schema: {
      tags: ['takstovervågning'], summary: 'Set the report status of an offer\'s increase (admin)',
      params: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), offerId: z.string().min(1).max(100) }),
      body: z.strictObject({ status: z.enum(['ny', 'indberettet', 'drøftet']) }),

    },
  }, async (req) => {
    const actor = requireRole(req, ROLES.admin);
    const { year, offerId } = req.params;
    const db = app.deps.database.db;
    const now = app.deps.now();
    await db.transaction().execute(async (trx) => {
      const offer = await trx.selectFrom('offers').select('id').where('id', '=', offerId).executeTakeFirst();
      if (!offer) throw new NotFound('Tilbuddet');
      await trx.insertInto('rate_report_status')
        .values({ offer_id: offerId, year, status: req.body.status, updated_at: now, updated_by: actor.id })
        .onConflict((oc) => oc.columns(['offer_id', 'year']).doUpdateSet({ status: req.body.status, updated_at: now, updated_by: actor.id }))
        .execute();
      await writeAudit(trx, actor, { action: 'rate-report.status', entity: 'rate-report', entityId: offerId, detail: { year, status: req.body.status } }, now);
    });
    return { offerId, year, status: req.body.status };
  });
}
