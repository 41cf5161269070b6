import type { FastifyInstance, preParsingAsyncHookHandler } from 'fastify';

/**
 * `Expect: 100-continue` (curl sends it for bodies over 1 MiB) asks the server whether to send the
 * body at all. Node answers "100 Continue" by itself before any hook has run, so a caller with no
 * valid token was invited to upload everything first. Here the answer waits until the request has
 * passed every check made before its body (the token, the rate limit, the route's own hooks): a
 * refused caller gets its final answer instead and never sends the body, and Node then closes the
 * connection rather than wait for bytes nobody asked for.
 */
export function continueAfterChecks(app: FastifyInstance): void {
  app.server.on('checkContinue', (req, res) => app.server.emit('request', req, res));
  // Added from `onRoute` so that it comes after each route's own preParsing hooks.
  app.addHook('onRoute', (route) => {
    const own = route.preParsing === undefined ? [] : Array.isArray(route.preParsing) ? route.preParsing : [route.preParsing];
    route.preParsing = [...own, sendContinue];
  });
}

const sendContinue: preParsingAsyncHookHandler = async (request, reply, payload) => {
  // Injected test requests have no `writeContinue`.
  if (/^100-continue$/i.test(request.headers.expect ?? '') && typeof reply.raw.writeContinue === 'function') {
    reply.raw.writeContinue();
  }
  return payload;
};
