import type { FastifyInstance } from 'fastify';
import Negotiator from 'negotiator';
import { groupedClocksMediaType, isPushRequest, maxMutationsPerPush, pullRequestSchema, pushRequestSchema } from '../../shared/sync/wire';
import type { AppDeps } from '../http/deps';
import { checkSchemaVersion, authenticateFirst, callerOf } from '../http/deps';
import { parseBody } from '../http/validate';
import { ServiceError } from '../services/errors';
import { pullAnswerJson, pullChanges, type PullClocks } from '../sync/pull';
import { maxPushBytes, maxSmallBodyBytes } from '../sync/protocol';
import { applyPush } from '../sync/push';

/**
 * Grouped clocks only for a client that lists their media type before plain JSON: anything else,
 * no Accept header and any wildcard included, gets the contract's shape.
 */
function pullClocksAsked(accept: string | undefined): PullClocks {
  const chosen = new Negotiator({ headers: { accept } }).mediaType(['application/json', groupedClocksMediaType]);
  return chosen === groupedClocksMediaType ? 'grouped' : 'perField';
}

/** `POST /v1/sync/push` and `POST /v1/sync/pull` (SYNC-PROTOCOL.md "Wire contract"). */
export function registerSyncRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post('/v1/sync/push', { bodyLimit: maxPushBytes, ...authenticateFirst(deps) }, async (request) => {
    const who = callerOf(request);
    const raw = request.body as { mutations?: unknown } | null;
    // Counted before validation so an oversized batch is a 413, not a 400 about its length.
    if (raw && Array.isArray(raw.mutations) && raw.mutations.length > maxMutationsPerPush) {
      throw new ServiceError('payload_too_large', `At most ${maxMutationsPerPush} mutations per push`, {
        maxMutations: maxMutationsPerPush,
      });
    }
    // The common case, a well-formed push, is checked by one function instead of zod's walk; it
    // accepts exactly what the schema and the body-wide text and depth check accept (shared/sync/
    // wire.ts), so anything else still gets parseBody's exact refusal.
    const body = isPushRequest(request.body) ? request.body : parseBody(pushRequestSchema, request.body);
    checkSchemaVersion(body.schemaVersion);
    const { response, advancedTo } = await applyPush(deps.sql, who, body, deps.now());
    if (advancedTo !== null) {
      // After the commit, and not awaited by the device: a failed poke only delays other pulls.
      deps.notifier.notify(who.workspaceId, advancedTo).catch((error: unknown) => request.log.warn({ err: error }, 'poke failed'));
    }
    return response;
  });

  app.post('/v1/sync/pull', { bodyLimit: maxSmallBodyBytes, ...authenticateFirst(deps) }, async (request, reply) => {
    const who = callerOf(request);
    const body = parseBody(pullRequestSchema, request.body);
    checkSchemaVersion(body.schemaVersion);
    const clocks = pullClocksAsked(request.headers.accept);
    const answer = pullAnswerJson(await pullChanges(deps.sql, who, body, clocks));
    reply.header('vary', 'accept');
    return reply.type(`${clocks === 'grouped' ? groupedClocksMediaType : 'application/json'}; charset=utf-8`).compress(answer);
  });
}
