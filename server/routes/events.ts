import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { toNumber } from '../db/sql';
import type { AppDeps } from '../http/deps';
import { authenticateFirst, callerOf } from '../http/deps';

/** A comment line every so often keeps proxies and NATs from closing an idle stream. */
const heartbeatMs = 25_000;

const pokeFrame = (version: number) => `event: poke\ndata: ${JSON.stringify({ version })}\n\n`;

/**
 * `GET /v1/sync/events`: a server-sent-event stream of `poke` events for the caller's workspace.
 * The first poke carries the current version at once, so a client that reconnects after missing
 * pokes pulls straight away. Streams are ended when the server closes.
 */
export function registerEventRoutes(app: FastifyInstance, deps: AppDeps): void {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get('/v1/sync/events', authenticateFirst(deps), async (request, reply) => {
    const who = callerOf(request);
    const [ws] = await deps.sql.query<{ version: unknown }>('SELECT version FROM workspaces WHERE id = $1', [who.workspaceId]);
    const res = reply.raw;
    // Hijacked, so the CORS and rate-limit headers set on `reply` by hooks are copied by hand.
    const headers = { ...reply.getHeaders() } as Record<string, string>;
    reply.hijack();
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 3000\n\n${pokeFrame(toNumber(ws?.version ?? 0))}`);
    open.add(res);
    const unsubscribe = deps.notifier.subscribe(who.workspaceId, (version) => res.write(pokeFrame(version)));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
    });
  });
}
