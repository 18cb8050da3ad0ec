import { sql } from 'kysely';
import { z } from 'zod';
import type { AppInstance } from '../../app';

export async function healthRoutes(app: AppInstance) {
  app.get('/api/health', {
    schema: { tags: ['drift'], summary: 'Liveness and which database', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() }) } },
    config: { public: true },
  }, async () => ({ status: 'ok' as const, database: app.deps.database.kind, version: app.deps.version }));

  app.get('/api/ready', {
    schema: { tags: ['drift'], summary: 'Readiness: the database answers', response: { 200: z.object({ ready: z.literal(true) }), 503: z.object({ ready: z.literal(false), reason: z.string() }) } },
    config: { public: true },
  }, async (_req, reply) => {
    if (app.deps.shuttingDown()) return reply.status(503).send({ ready: false, reason: 'Serveren lukker ned.' });
    try {
      await sql`select 1`.execute(app.deps.database.db);
      return { ready: true as const };
    } catch {
      return reply.status(503).send({ ready: false, reason: 'Databasen svarer ikke.' });
    }
  });
}
