/**
 * POST /api/messages: the Teams bot's messaging endpoint, called by the Bot Connector service.
 * Public to the user authentication (route config `public: true`), because it checks its own
 * token: the Bot Framework's, verified before the body is even read (onRequest), and the
 * activity-bound checks (channel endorsement, serviceUrl claim) right after it is parsed. Anything
 * else is 401. Install events become review targets; every other activity is acknowledged (200)
 * and ignored — the bot reads no message contents.
 */
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app';
import { AuthUnavailable, Unauthenticated } from '../../errors';
import { BotAuthError, type BotIdentity } from '../../notify/bot/inbound-auth';
import { applyInstallEvent } from '../../notify/bot/install-handler';
import { inboundActivitySchema, installEventOf } from '../../notify/bot/install-events';

declare module 'fastify' {
  interface FastifyRequest {
    botIdentity?: BotIdentity;
  }
}

function refused(e: unknown): Error {
  if (e instanceof BotAuthError) return e.unavailable ? new AuthUnavailable() : new Unauthenticated(`Bot Framework-tokenet blev afvist: ${e.reason}.`);
  return e instanceof Error ? e : new Unauthenticated();
}

export async function botMessageRoutes(app: AppInstance) {
  app.post('/api/messages', {
    config: { public: true },
    schema: { hide: true, body: inboundActivitySchema },
    onRequest: async (req: FastifyRequest) => {
      try {
        req.botIdentity = await app.deps.bot.auth.verify(req.headers.authorization);
      } catch (e) {
        throw refused(e);
      }
    },
  }, async (req, reply) => {
    const identity = req.botIdentity;
    if (!identity) throw new Unauthenticated();
    try {
      app.deps.bot.auth.checkActivity(identity, req.body);
    } catch (e) {
      throw refused(e);
    }
    const ev = installEventOf(req.body);
    if (ev) {
      await applyInstallEvent({ ...ev, tenantId: ev.tenantId.toLowerCase() }, app.deps.reviewTargets, app.deps.bot.channels,
        (e) => req.log.warn({ code: 'bot.team-channels', error: e instanceof Error ? e.name : 'ukendt' }, 'team channels'));
      req.log.info({ event: ev.type }, 'bot install event');
    }
    return reply.status(200).send();
  });
}
