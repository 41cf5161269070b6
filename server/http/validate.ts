import type { z } from 'zod';
import { findWireJsonIssue, isWireJson } from '../../shared/sync/wireText';
import { ServiceError } from '../services/errors';
import { maxBodyDepth } from '../sync/protocol';
import { zodDetails } from './errors';

/**
 * Validates a request body with a shared wire schema (strict objects, no coercion). Fastify's own
 * schema validation is not used at all, so nothing ever coerces "3" into 3 or drops unknown keys.
 *
 * Before the schema, the whole body is walked once without recursion: a NUL or an unpaired
 * surrogate anywhere (a value or a key, known to the schema or not) and nesting past
 * `maxBodyDepth` are refused here, whatever a route's schema says, so no such string reaches
 * PostgreSQL or a log and no later recursive walk can overflow the stack.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined || body === null) throw new ServiceError('invalid_request', 'A JSON body is required');
  const unsafe = isWireJson(body, maxBodyDepth) ? null : findWireJsonIssue(body, maxBodyDepth);
  if (unsafe) {
    throw new ServiceError('invalid_request', 'The request body holds text the server cannot store, or nests too deeply', [
      { path: unsafe.path, code: 'custom', message: unsafe.message },
    ]);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ServiceError('invalid_request', 'The request body does not match the schema', zodDetails(result.error));
  return result.data;
}
