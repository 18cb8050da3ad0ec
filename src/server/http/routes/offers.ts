import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { LIST_STATUSES, OPERATING_FORMS, SUPERVISION_COLOURS } from '../../../domain/providers/offer';
import type { AppInstance } from '../../app';
import { OFFER_SORTS } from '../../app/offers';
import { offerInputSchema, offerSummarySchema, rateInputSchema } from '../../app/offer-mapping';
import { ROLES } from '../../config';
import { principalOf, requireRole } from '../auth';
import { etagOf, requireVersion } from '../etag';
import { PageCache } from '../page-cache';

export const offerIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const offerListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  section: z.string().max(10).optional(),
  targetGroup: z.string().max(100).optional(),
  municipality: z.string().max(100).optional(),
  operatingForm: z.enum(OPERATING_FORMS).optional(),
  hasFreePlaces: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  supervision: z.enum(SUPERVISION_COLOURS).optional(),
  listStatus: z.enum(LIST_STATUSES).optional(),
  sort: z.enum(OFFER_SORTS).default('name'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const offerPageSchema = z.object({
  items: z.array(offerSummarySchema),
  nextCursor: z.string().nullable(),
  /** Every offer matching the filters (not only this page); counted once per filter set and data change. */
  total: z.number(),
});

/** An answer already written as JSON (Fastify sends a string as it is, without serialising it again). */
function sendWritten(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json as never);
}

export async function offerRoutes(app: AppInstance) {
  const svc = () => app.deps.offers;
  // The database writes the items as JSON in offerSummarySchema's shape (OfferService.page):
  // the hottest route passes that text through rather than decoding and re-serialising it.
  const writePage = (p: { itemsJson: string; nextCursor: string | null; total: number }) =>
    `{"items":${p.itemsJson},"nextCursor":${JSON.stringify(p.nextCursor)},"total":${p.total}}`;
  const pages = new PageCache();

  app.get('/api/offers', {
    schema: {
      tags: ['leverandørliste'], summary: 'Search and filter offers (cursor paging)', querystring: offerListQuery,
      response: { 200: offerPageSchema },
    },
  }, async (req, reply) => {
    // The same filters, sort and cursor on the same day give the same page until the offers
    // change: keep the written answer for the generation it was read at (page-cache.ts).
    const key = JSON.stringify([req.query, app.deps.now().toISOString().slice(0, 10)]);
    const cached = pages.get(key, await svc().generation());
    if (cached !== undefined) return sendWritten(reply, cached);
    const page = await svc().page(req.query);
    const body = writePage(page);
    pages.set(key, page.generation, body);
    return sendWritten(reply, body);
  });

  app.get('/api/offers/:id', {
    schema: { tags: ['leverandørliste'], summary: 'Offer detail: rates history, yearly increase, supervision, flags', params: offerIdParams },
  }, async (req, reply) => {
    const offer = await svc().detail(req.params.id, principalOf(req));
    void reply.header('etag', etagOf(offer.id, offer.version));
    return offer;
  });

  app.post('/api/offers', {
    config: { roles: [ROLES.admin] },
    schema: {
      tags: ['leverandørliste'], summary: 'Add an offer (admin)',
      body: offerInputSchema.extend({ rates: z.array(rateInputSchema).max(200).optional() }).strict(),
    },
  }, async (req, reply) => {
    const actor = requireRole(req, ROLES.admin);
    const offer = await svc().create(actor, req.body);
    return reply.status(201).header('etag', etagOf(offer.id, offer.version)).header('location', `/api/offers/${offer.id}`).send(offer);
  });

  app.put('/api/offers/:id', {
    config: { roles: [ROLES.admin] },
    schema: { tags: ['leverandørliste'], summary: 'Replace an offer\'s fields (admin, If-Match required)', params: offerIdParams, body: offerInputSchema },
  }, async (req, reply) => {
    const actor = requireRole(req, ROLES.admin);
    const version = requireVersion(req.headers['if-match'], req.params.id, 'Tilbuddet');
    const offer = await svc().update(actor, req.params.id, version, req.body);
    return reply.header('etag', etagOf(offer.id, offer.version)).send(offer);
  });

  app.post('/api/offers/:id/suspend', {
    config: { roles: [ROLES.admin] },
    schema: {
      tags: ['leverandørliste'], summary: 'Suspend an offer (admin, If-Match required)', params: offerIdParams,
      body: z.strictObject({ reason: z.string().trim().max(2000).nullable().default(null) }).default({ reason: null }),
    },
  }, async (req, reply) => {
    const actor = requireRole(req, ROLES.admin);
    const version = requireVersion(req.headers['if-match'], req.params.id, 'Tilbuddet');
    const offer = await svc().suspend(actor, req.params.id, version, req.body.reason);
    return reply.header('etag', etagOf(offer.id, offer.version)).send(offer);
  });

  app.post('/api/offers/:id/rates', {
    config: { roles: [ROLES.admin] },
    schema: { tags: ['leverandørliste'], summary: 'Append a rate (admin; history is append-only)', params: offerIdParams, body: rateInputSchema },
  }, async (req, reply) => {
    const actor = requireRole(req, ROLES.admin);
    return reply.status(201).send(await svc().addRate(actor, req.params.id, req.body));
  });

  app.get('/api/free-places', {
    schema: {
      tags: ['leverandørliste'], summary: 'Free places for a need: public offers first, then private',
      querystring: z.strictObject({
        section: z.string().max(10).optional(), targetGroup: z.string().max(100).optional(), municipality: z.string().max(100).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),

    },
  }, async (req) => {
    principalOf(req);
    return svc().freePlaces(req.query);
  });
}
