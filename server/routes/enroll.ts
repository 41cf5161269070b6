import type { FastifyInstance } from 'fastify';
import { enrollRequestSchema } from '../../shared/sync/wire';
import type { AppDeps } from '../http/deps';
import { parseBody } from '../http/validate';
import { enrollDevice } from '../services/enrollment';
import { maxSmallBodyBytes } from '../sync/protocol';

/** Guessing codes is the one attack on enrollment: keep attempts per address low. */
const enrollAttemptsPerMinute = 10;

/**
 * Per address whatever the headers: enrollment has no device yet, and keying it by a presented
 * token (as the global limiter once did) gave every made-up `Authorization` header its own 10 tries.
 */
const enrollRateLimit = (max: number) => ({
  max,
  timeWindow: 60_000,
  keyGenerator: (request: { ip: string }) => `enroll:${request.ip}`,
});

/** `POST /v1/devices/enroll`: trades a single-use, unexpired code for a device token. */
export function registerEnrollRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post(
    '/v1/devices/enroll',
    { bodyLimit: maxSmallBodyBytes, config: deps.rateLimit ? { rateLimit: enrollRateLimit(deps.rateLimit.enrollMax ?? enrollAttemptsPerMinute) } : {} },
    async (request) => {
      const body = parseBody(enrollRequestSchema, request.body);
      return enrollDevice(deps.sql, { code: body.code, deviceName: body.deviceName, now: new Date(deps.now()) });
    },
  );
}
