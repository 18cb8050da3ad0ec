import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { appErrorForDriver } from '../db/driver-errors';
import { AppError, type FieldError } from '../errors';
import { fieldErrorsFromIssues, fieldErrorsSummary, issuesFromFastify, type FastifyZodValidation } from './field-errors';
import { logFieldsOf } from '../log-fields';

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
  'import.conflict': 409,
  'input.invalid': 400,
  'input.rejected': 422,
  'privacy.cpr-refused': 422,
  'http.host-refused': 403,
  'http.rate-limited': 429,
  'request.invalid-cursor': 400,
  'request.invalid-characters': 400,
  'request.uri-too-long': 414,
  'server.shutting-down': 503,
  'db.invalid-value': 400,
  'db.conflict': 409,
  'db.unavailable': 503,
};

/** Fastify's own errors, each with a stable code and Danish text (their English messages may echo the URL). */
const FASTIFY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'request.invalid-json', 'Forespørgslens JSON er ugyldig og kunne ikke læses.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'request.empty-json', 'Forespørgslen mangler indhold (tom JSON).'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'request.body-too-large', 'Forespørgslen er for stor.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'request.unsupported-media-type', 'Indholdstypen (Content-Type) understøttes ikke her.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'request.invalid-content-length', 'Content-Length passer ikke med indholdet.'],
  FST_ERR_CTP_EMPTY_TYPE: [415, 'request.unsupported-media-type', 'Forespørgslen mangler en indholdstype (Content-Type).'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'request.unsupported-media-type', 'Indholdstypen (Content-Type) er ugyldig.'],
  FST_ERR_NOT_FOUND: [404, 'route.not-found', 'Adressen findes ikke.'],
  FST_ERR_BAD_URL: [400, 'request.invalid-url', 'Adressen er ugyldig (forkert %-kodning).'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'request.uri-too-long', 'Adressen er for lang.'],
  FST_ERR_ASYNC_CONSTRAINT: [500, 'server.error', 'Der opstod en uventet fejl på serveren. Prøv igen senere.'],
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; fields?: readonly FieldError[] };
}

// An error is never the download the route meant to send (an export failing before its first byte
// has set text/csv or XLSX and an attachment name): JSON, shown in place.
const send = (reply: FastifyReply, status: number, code: string, message: string, details?: unknown, fields?: readonly FieldError[]) =>
  reply.status(status).removeHeader('content-disposition').type('application/json; charset=utf-8').send({ error: { code, message, ...(details !== undefined ? { details } : {}), ...(fields ? { fields } : {}) } } satisfies ErrorBody);

function sendAppError(err: AppError, req: FastifyRequest, reply: FastifyReply) {
  const status = STATUS[err.code] ?? 500;
  if (status === 401) void reply.header('www-authenticate', 'Bearer');
  // RFC 6750 section 3.1: a valid token without the needed scope is 403 insufficient_scope.
  if (err.code === 'auth.insufficient-scope') void reply.header('www-authenticate', 'Bearer error="insufficient_scope"');
  // The key set is fetched again on the next request, so a client may retry soon.
  if (err.code === 'auth.keys-unavailable') void reply.header('retry-after', '5');
  if (err.code === 'server.shutting-down') void reply.header('connection', 'close');
  req.log.info({ code: err.code, status }, 'request refused');
  return send(reply, status, err.code, err.message, err.details, err.fields);
}

/**
 * Errors the router meets before any route runs (a URL that does not decode, a parameter over
 * maxParamLength): Fastify's `frameworkErrors` option, so they too get the Danish shape.
 */
export function frameworkErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const [status, code, message] = FASTIFY_ERRORS[err.code] ?? [400, 'request.invalid-url', 'Adressen er ugyldig.'];
  req.log.info({ code, status }, 'request refused');
  void send(reply, status, code, message);
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  // Node's parser counts the request line with the headers: an overlong URL ends here too.
  HPE_HEADER_OVERFLOW: [431, 'request.headers-too-large', 'Forespørgslens adresse eller headere er for store.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request.timeout', 'Forespørgslen tog for lang tid at modtage.'],
};

/**
 * Requests Node's HTTP parser refuses never reach Fastify's router: Fastify's `clientErrorHandler`
 * writes the answer on the socket. Same Danish shape, a stable code, nothing of the request echoed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return; }
  const [status, code, message] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'request.malformed', 'Forespørgslen kunne ikke læses (ugyldig HTTP).'];
  const body = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((_req, reply) => {
    void send(reply, 404, 'route.not-found', 'Adressen findes ikke.');
  });
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) return sendAppError(err, req, reply);
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Danish per field, never zod's English; body paths bare (they are the form's field names), other parts prefixed.
      const context = err.validationContext ?? 'body';
      const input = context === 'body' ? req.body : context === 'querystring' ? req.query : context === 'params' ? req.params : req.headers;
      const fields = fieldErrorsFromIssues(issuesFromFastify(err.validation as unknown as FastifyZodValidation[]), input, context === 'body' ? '' : context);
      return send(reply, 400, 'input.invalid', fieldErrorsSummary(fields.length), undefined, fields);
    }
    // A database or driver error: its SQLSTATE decides; its message (which may repeat the values sent) is never read.
    const driver = appErrorForDriver(err);
    if (driver) return sendAppError(driver, req, reply);
    const known = err.code ? FASTIFY_ERRORS[err.code] : undefined;
    if (known) return send(reply, known[0], known[1], known[2]);
    if (err instanceof SyntaxError || (err.statusCode === 400 && err.code?.startsWith('FST_ERR_CTP'))) {
      return send(reply, 400, 'request.unreadable', 'Forespørgslen kunne ikke læses.');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode, `http.${err.statusCode}`, 'Forespørgslen kunne ikke behandles.');
    }
    req.log.error(logFieldsOf(err), 'unexpected error');
    return send(reply, 500, 'server.error', 'Der opstod en uventet fejl på serveren. Prøv igen senere.');
  });
}
