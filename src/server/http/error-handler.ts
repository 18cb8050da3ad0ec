import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors';
import { fieldErrorsFromIssues, fieldErrorsSummary, issuesFromFastify, type FastifyZodValidation } from './field-errors';

/** One table from error code to HTTP status; messages are Danish and never echo request data. */
const STATUS: Record<string, number> = {
  'resource.not-found': 404,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.insufficient-scope': 403,
  'auth.unavailable': 503,
  'auth.keys-unavailable': 503,
  'http.precondition-required': 428,
  'http.precondition-failed': 412,
  'flag.invalid-transition': 409,
  'flag.municipality-not-allowed': 403,
  'resource.conflict': 409,
  'input.invalid': 400,
  'input.rejected': 422,
  'privacy.cpr-refused': 422,
  'http.host-refused': 403,
  'http.rate-limited': 429,
};

const FASTIFY_MESSAGES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Forespørgslens JSON er ugyldig og kunne ikke læses.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Forespørgslen mangler indhold (tom JSON).'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Forespørgslen er for stor.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Indholdstypen (Content-Type) understøttes ikke her.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Content-Length passer ikke med indholdet.'],
  FST_ERR_NOT_FOUND: [404, 'Adressen findes ikke.'],
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; fields?: readonly FieldError[] };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((_req, reply) => {
    void reply.status(404).send({ error: { code: 'route.not-found', message: 'Adressen findes ikke.' } } satisfies ErrorBody);
  });
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      const status = STATUS[err.code] ?? 500;
      if (status === 401) void reply.header('www-authenticate', 'Bearer');
      // RFC 6750 section 3.1: a valid token without the needed scope is 403 insufficient_scope.
      if (err.code === 'auth.insufficient-scope') void reply.header('www-authenticate', 'Bearer error="insufficient_scope"');
      // The key set is fetched again on the next request, so a client may retry soon.
      if (err.code === 'auth.keys-unavailable') void reply.header('retry-after', '5');
      req.log.info({ code: err.code, status }, 'request refused');
      return reply.status(status).send({
        error: {
          code: err.code, message: err.message,
          ...(err.details !== undefined ? { details: err.details } : {}), ...(err.fields ? { fields: err.fields } : {}),
        },
      } satisfies ErrorBody);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Danish per field, never zod's English; body paths bare (they are the form's field names), other parts prefixed.
      const context = err.validationContext ?? 'body';
      const input = context === 'body' ? req.body : context === 'querystring' ? req.query : context === 'params' ? req.params : req.headers;
      const fields = fieldErrorsFromIssues(issuesFromFastify(err.validation as unknown as FastifyZodValidation[]), input, context === 'body' ? '' : context);
      return reply.status(400).send({ error: { code: 'input.invalid', message: fieldErrorsSummary(fields.length), fields } } satisfies ErrorBody);
    }
    const known = err.code ? FASTIFY_MESSAGES[err.code] : undefined;
    if (known) return reply.status(known[0]).send({ error: { code: `http.${known[0]}`, message: known[1] } });
    if (err instanceof SyntaxError || (err.statusCode === 400 && err.code?.startsWith('FST_ERR_CTP'))) {
      return reply.status(400).send({ error: { code: 'http.400', message: 'Forespørgslen kunne ikke læses.' } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: `http.${err.statusCode}`, message: 'Forespørgslen kunne ikke behandles.' } });
    }
    // Only the message and code: driver errors may carry row values in `detail`.
    req.log.error({ code: err.code, message: err.message }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'server.error', message: 'Der opstod en uventet fejl på serveren. Prøv igen senere.' } });
  });
}
