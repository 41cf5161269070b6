import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorBody, ErrorCode } from '../../shared/sync/wire';
import { errorBodySchema, errorStatus } from '../../shared/sync/wire';
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

/** The contract's code for a refusal known only by its HTTP status (Fastify's, or a plugin's). */
function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'invalid_request';
  return 'internal';
}

/** Fastify's own refusals (bad URL, bad JSON, wrong content type, too large) mapped onto the protocol codes. */
function frameworkCode(error: FastifyError): ErrorCode | null {
  const code = codeForStatus(error.statusCode ?? 500);
  return code === 'internal' ? null : code;
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
  const fault = storageFault(error);
  if (fault) {
    // The contract's one 5xx; the device keeps its changes and retries. The operator sees why.
    // (Not `code`: logging.ts redacts that key, for enrollment codes.)
    request.log.error({ err: error, fault: fault.code }, `${fault.code}: ${fault.message}`);
    return sendError(reply, 'internal', fault.message);
  }
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, 'internal', 'Internal server error');
}

/**
 * A write the server's storage refused: the disk (or quota) is full, or the data folder or
 * database has become read-only. System errors carry an errno code, PostgreSQL's (and PGlite's)
 * a SQLSTATE: 53100 disk_full, 25006 read_only_sql_transaction (e.g. a standby after a failover).
 */
export function storageFault(error: unknown): { code: 'storage_full' | 'storage_not_writable'; message: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === '53100') {
    return { code: 'storage_full', message: 'The server cannot store data: its disk is full' };
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === '25006') {
    return { code: 'storage_not_writable', message: 'The server cannot store data: its storage is read-only' };
  }
  return null;
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

/**
 * The error shape for answers that never pass through `handleError`: a plugin may answer a
 * request itself (CORS refuses a preflight without an Origin with a text/plain 400, before any
 * route runs). Every refusal whose body is not the contract's `{ error: { code, message } }` with
 * its code's status is rewritten here into that shape, with a status the contract lists, so no
 * plugin added later can bring a second error format (or an unlisted status) back.
 * Hijacked answers (the event stream) never get here; streamed bodies are left as they are.
 */
export function keepContractErrorShape(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || inContractShape(reply.statusCode, payload)) return payload;
    const code = codeForStatus(reply.statusCode);
    if (code === 'internal') request.log.error({ statusCode: reply.statusCode }, 'a failure answered outside the error handler');
    const message = code === 'internal' ? 'Internal server error' : (plainMessage(payload) ?? 'The request was refused');
    reply.status(errorStatus[code]).type('application/json; charset=utf-8');
    return JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  });
}

function inContractShape(status: number, payload: unknown): boolean {
  if (typeof payload !== 'string') return typeof payload === 'object' && payload !== null && !Buffer.isBuffer(payload);
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(payload));
    return parsed.success && errorStatus[parsed.data.error.code] === status;
  } catch {
    return false;
  }
}

/** A plugin's short plain-text reason ("Invalid Preflight Request"), kept as the message. */
function plainMessage(payload: unknown): string | null {
  const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
  return /^[\x20-\x7e]{1,200}$/.test(text) ? text : null;
}
