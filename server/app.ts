import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { constants as zlibConstants } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { AppDeps } from './http/deps';
import { provenDeviceOf } from './http/deps';
import { answerClientError, handleError, keepContractErrorShape } from './http/errors';
import { continueAfterChecks } from './http/expectContinue';
import { ServiceError } from './services/errors';
import { registerAuditEventRoutes } from './routes/auditEvents';
import { registerBlobRoutes } from './routes/blobs';
import { registerEnrollRoutes } from './routes/enroll';
import { registerEventRoutes } from './routes/events';
import { registerHealthRoutes } from './routes/health';
import { registerSyncRoutes } from './routes/sync';
import { maxSmallBodyBytes } from './sync/protocol';

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
    // Each route that takes a larger body names its own limit (sync/protocol.ts).
    bodyLimit: maxSmallBodyBytes,
    // `__proto__`/`constructor` keys in JSON are refused (400), never merged into objects.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Bodies are validated by the shared zod schemas in the handlers; Fastify never coerces.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    // `request.ip`, which the per-address limits count, is the connection's address unless it is
    // a proxy the deployment named: anyone else could claim any address in the header.
    trustProxy: deps.trustedProxies?.length ? deps.trustedProxies : false,
    // The router's own refusals (a malformed percent-encoding, a path segment over 100 characters)
    // and Node's (malformed HTTP) answer in the contract's error shape like everything else.
    frameworkErrors: handleError,
    clientErrorHandler: answerClientError,
  });
  app.setErrorHandler(handleError);
  keepContractErrorShape(app);
  continueAfterChecks(app);
  // A request to nowhere is refused in onRequest, before Fastify would read (and parse) its body;
  // the not-found handler is then never reached, but says the same should a hook ever be skipped.
  const noRoute = (request: FastifyRequest) => new ServiceError('not_found', `No route for ${request.method} ${routeOf(request.url)}`);
  // Made-up URLs count against their address's request budget like any other request: they match
  // no route, and the rate-limit plugin limits routes, so a flood of them went unlimited.
  let limitNoRoute: ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | null = null;
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    await limitNoRoute?.(request, reply);
    throw noRoute(request);
  });
  app.setNotFoundHandler(async (request) => {
    throw noRoute(request);
  });

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
      // Per device once its token is proven (authenticateFirst runs before the limiter), per
      // address otherwise: a header alone, any made-up token, never buys a bucket of its own.
      keyGenerator: (request) => {
        const device = provenDeviceOf(request);
        return device ? `device:${device.deviceId}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) =>
        new ServiceError('rate_limited', `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`, {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        }),
    });
    const limiter = app.rateLimit();
    limitNoRoute = (request, reply) => limiter.call(app, request, reply) as Promise<void>;
  }

  registerHealthRoutes(app, deps);
  registerEnrollRoutes(app, deps);
  registerSyncRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerBlobRoutes(app, deps);
  registerAuditEventRoutes(app, deps);
  return app;
}

/** The path of a request URL without its query, cut short: it is echoed in a 404's message. */
function routeOf(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
