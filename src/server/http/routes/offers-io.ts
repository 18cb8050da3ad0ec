import { z } from 'zod';
import type { AppInstance } from '../../app';
import { ExportInterrupted, offerPages, offersCsvStream, offersXlsxStream, type ExportFailure } from '../../app/offer-export';
import { idempotencyKeySchema, importOffers, importQuerySchema, type ImportFormat } from '../../app/offer-import';
import { ROLES } from '../../config';
import { ValidationFailed } from '../../errors';
import { logFieldsOf } from '../../log-fields';
import { principalOf, requireRole } from '../auth';
import { offerListQuery } from './offers';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function offerIoRoutes(app: AppInstance) {
  const limit = app.deps.config.importLimitBytes;
  // Spreadsheets arrive as the raw request body (no multipart): text/csv or the XLSX media type.
  app.addContentTypeParser(['text/csv', XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: limit }, (_req, body, done) => done(null, body));

  app.post('/api/offers/import', {
    config: { roles: [ROLES.admin], rateLimit: { max: app.deps.config.exportRatePerMinute, timeWindow: 60_000 } },
    bodyLimit: limit,
    schema: {
      tags: ['administration'], summary: 'Import offers from CSV or XLSX (admin). dryRun=true lists every bad row; false saves all or nothing',
      querystring: importQuerySchema,
      headers: z.object({ 'idempotency-key': idempotencyKeySchema }).passthrough(),
    },
  }, async (req) => {
    const actor = requireRole(req, ROLES.admin);
    const body = req.body;
    if (!Buffer.isBuffer(body)) throw new ValidationFailed(`Send filen som text/csv eller ${XLSX_TYPE}.`);
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    const isZip = body.length > 2 && body[0] === 0x50 && body[1] === 0x4b;
    const format: ImportFormat = req.query.format ?? (type === XLSX_TYPE || isZip ? 'xlsx' : 'csv');
    return importOffers(app.deps.database.db, app.deps.config, actor, format, body, req.query.dryRun, app.deps.now(), req.headers['idempotency-key']);
  });

  app.get('/api/offers/export', {
    config: { rateLimit: { max: app.deps.config.exportRatePerMinute, timeWindow: 60_000 } },
    schema: {
      tags: ['leverandørliste'], summary: 'Export the (filtered) list as CSV or XLSX',
      querystring: offerListQuery.omit({ cursor: true, limit: true }).extend({ format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),

    },
  }, async (req, reply) => {
    principalOf(req);
    const { format, ...filters } = req.query;
    const offers = app.deps.offers;
    // Page by page (keyset, 500 at a time) into a stream: memory stays flat whatever the list's size,
    // and a client that leaves (Fastify destroys the stream) ends the reading after the page under way.
    const pages = offerPages((q) => offers.list(q), filters);
    // Once the first byte is out the status is sent: the response is cut off (Fastify destroys the
    // socket), so the client has a broken download, never a valid file without the rest of the rows.
    const onFailure: ExportFailure = (e, rowsWritten) => {
      if (!reply.raw.headersSent) return e;
      req.log.error({ ...logFieldsOf(e), format, rowsWritten }, 'export cut off');
      return new ExportInterrupted();
    };
    const stamp = app.deps.now().toISOString().slice(0, 10);
    if (format === 'xlsx') {
      return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="leverandoerliste-${stamp}.xlsx"`).send(offersXlsxStream(pages, onFailure));
    }
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="leverandoerliste-${stamp}.csv"`).send(offersCsvStream(pages, onFailure));
  });
}
