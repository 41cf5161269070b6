import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorBody, ErrorCode } from '../../shared/sync/wire';
import { errorStatus } from '../../shared/sync/wire';
import { ServiceError } from '../services/errors';

/** Sends `{ error: { code, message, details? } }` with the code's HTTP status. */
export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown): FastifyReply {
  const body: ErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return reply.status(errorStatus[code]).type('application/json; charset=utf-8').send(body);
}

/** The schema issues of a refused body, as `details`: path and message of each, nothing else. */
export function zodDetails(error: ZodError): { path: (string | number)[]; code: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code,
    message: issue.message,
  }));
}

/** Fastify's own refusals (bad JSON, wrong content type, too large) mapped onto the protocol codes. */
function frameworkCode(error: FastifyError): ErrorCode | null {
  const status = error.statusCode ?? 500;
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 404) return 'not_found';
  if (status >= 400 && status < 500) return 'invalid_request';
  return null;
}

/**
 * The one error handler: expected failures keep their code and message; anything else is logged
 * with its stack on the server and answered `internal` with a fixed message, never the stack.
 */
export function handleError(error: FastifyError | ServiceError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ServiceError) return sendError(reply, error.code, error.message, error.details);
  const code = frameworkCode(error);
  if (code !== null) {
    // Fastify's client-error messages name the problem ("Body is not valid JSON…"), never internals.
    return sendError(reply, code, error.message || code);
  }
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, 'internal', 'Internal server error');
}
