import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorBody, ErrorCode } from '../../shared/sync/wire';
import { errorStatus } from '../../shared/sync/wire';
import { ServiceError } from '../services/errors';
import { closeAfterAnswer } from './lingeringClose';

/**
 * Sends `{ error: { code, message, details? } }` with the code's HTTP status. An answer given
 * before the request's body has arrived (a refused token, a body too large or of the wrong type)
 * then closes the connection instead of reading the rest of the upload (lingeringClose.ts).
 */
export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown): FastifyReply {
  const body: ErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  // `complete` is false until Node has the whole request; injected test requests have no such field.
  if (reply.request.raw.complete === false) closeAfterAnswer(reply);
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

/**
 * Fastify's messages that would echo the request's path back; answered with these instead.
 * (414 for a path segment past the router's limit is not a status of the contract: 400.)
 */
const routerMessages: Record<string, string> = {
  FST_ERR_BAD_URL: 'The path is not a valid URL (malformed percent-encoding)',
  FST_ERR_MAX_PARAM_LENGTH: 'A path segment is too long',
};

/** Fastify's own refusals (bad URL, bad JSON, wrong content type, too large) mapped onto the protocol codes. */
function frameworkCode(error: FastifyError): ErrorCode | null {
  const status = error.statusCode ?? 500;
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 404) return 'not_found';
  if (status >= 400 && status < 500) return 'invalid_request';
  return null;
}

/**
 * The one error handler, for route errors and Fastify's router errors alike (`frameworkErrors`):
 * expected failures keep their code and message; anything else is logged with its stack on the
 * server and answered `internal` with a fixed message, never the stack.
 */
export function handleError(error: FastifyError | ServiceError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ServiceError) return sendError(reply, error.code, error.message, error.details);
  const code = frameworkCode(error);
  if (code !== null) {
    // Fastify's client-error messages name the problem ("Body is not valid JSON…"), never internals.
    return sendError(reply, code, routerMessages[error.code] ?? (error.message || code));
  }
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, 'internal', 'Internal server error');
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (malformed HTTP, headers too
 * large, too slow), answered in the contract's shape too: 400 `invalid_request`, then closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const message =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'The request headers are too large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'The request did not arrive in time'
        : 'The request is not valid HTTP';
  const body = JSON.stringify({ error: { code: 'invalid_request', message } } satisfies ErrorBody);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const head = `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close`;
  socket.end(`${head}\r\n\r\n${body}`, () => socket.destroy());
}
