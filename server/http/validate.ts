import type { z } from 'zod';
import { ServiceError } from '../services/errors';
import { zodDetails } from './errors';

/**
 * Validates a request body with a shared wire schema (strict objects, no coercion). Fastify's own
 * schema validation is not used at all, so nothing ever coerces "3" into 3 or drops unknown keys.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined || body === null) throw new ServiceError('invalid_request', 'A JSON body is required');
  const result = schema.safeParse(body);
  if (!result.success) throw new ServiceError('invalid_request', 'The request body does not match the schema', zodDetails(result.error));
  return result.data;
}
