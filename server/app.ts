import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { constants as zlibConstants } from 'node:zlib';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { AppDeps } from './http/deps';
import { handleError, sendError } from './http/errors';
import { bearerToken } from './services/devices';
import { ServiceError } from './services/errors';
import { sha256Hex } from './services/secrets';
import { registerAuditEventRoutes } from './routes/auditEvents';
import { registerBlobRoutes } from './routes/blobs';
import { registerEnrollRoutes } from './routes/enroll';
import { registerEventRoutes } from './routes/events';
import { registerHealthRoutes } from './routes/health';
import { registerSyncRoutes } from './routes/sync';
import { maxBodyBytes } from './sync/protocol';

export type { AppDeps } from './http/deps';

/** The Electron renderer's own origin (the `app://` protocol of electron/main). */
export const electronOrigin = 'app://attache';

/**
 * Builds the sync server's HTTP app from its dependencies (SYNC-PROTOCOL.md "Wire contract").
 * Nothing is global: two apps on two databases can run in one process (the tests and the
 * simulation do). Call `ready()`/`listen()` on the result; `close()` ends SSE streams too.
 */
export async function buildApp(deps: AppDeps, logger: FastifyServerOptions['logger'] = false): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: maxBodyBytes,
    // `__proto__`/`constructor` keys in JSON are refused (400), never merged into objects.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Bodies are validated by the shared zod schemas in the handlers; Fastify never coerces.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    trustProxy: false,
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => sendError(reply, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));

  await app.register(cors, {
    origin: [electronOrigin, ...deps.webOrigins],
    methods: ['GET', 'POST', 'PUT'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });
  // Pull answers are compressed (`reply.compress`): a first download is hundreds of megabytes of
  // repetitive JSON, about a twentieth of it compressed (bench/sync/pageSize.ts). Nothing else is:
  // the event stream must not be buffered, blobs are mostly compressed already, and compressed
  // request bodies are refused rather than inflated past the body limit.
  await app.register(compress, {
    global: false,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 4 },
  });
  if (deps.rateLimit) {
    await app.register(rateLimit, {
      global: true,
      max: deps.rateLimit.max,
      timeWindow: deps.rateLimit.timeWindowMs,
      // Per device when a token is presented (its hash, never the token), per address otherwise.
      keyGenerator: (request) => {
        const token = bearerToken(request.headers.authorization);
        return token ? `device:${sha256Hex(token)}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) =>
        new ServiceError('rate_limited', `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`, {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        }),
    });
  }

  registerHealthRoutes(app, deps);
  registerEnrollRoutes(app, deps);
  registerSyncRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerBlobRoutes(app, deps);
  registerAuditEventRoutes(app, deps);
  return app;
}
