import type { FastifyServerOptions } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * Paths pino replaces with "[redacted]": tokens and payloads never reach the logs. Fastify's default
 * request serializer already omits headers and bodies; this holds even if a handler logs them.
 */
export const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-admin-secret"]',
  'headers.authorization',
  'req.body',
  'res.body',
  'body',
  'token',
  'code',
  // PGlite's errors carry the failed query's parameters: whole records, never for the logs.
  'err.params',
];

/** pino options for the server: JSON lines, secrets and bodies redacted. */
export function pinoOptions(level: string): LoggerOptions {
  return { level, redact: { paths: redactedLogPaths, censor: '[redacted]' } };
}

/** The same, for Fastify's logger, optionally writing to `stream`. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return { ...pinoOptions(level), ...(stream ? { stream } : {}) };
}
