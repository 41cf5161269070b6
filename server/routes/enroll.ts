import type { FastifyInstance } from 'fastify';
import { enrollRequestSchema } from '../../shared/sync/wire';
import type { AppDeps } from '../http/deps';
import { parseBody } from '../http/validate';
import { enrollDevice } from '../services/enrollment';

/** Guessing codes is the one attack on enrollment: keep attempts per IP low. */
const enrollAttemptsPerMinute = 10;

/** `POST /v1/devices/enroll`: trades a single-use, unexpired code for a device token. */
export function registerEnrollRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post(
    '/v1/devices/enroll',
    { config: deps.rateLimit ? { rateLimit: { max: enrollAttemptsPerMinute, timeWindow: 60_000 } } : {} },
    async (request) => {
      const body = parseBody(enrollRequestSchema, request.body);
      return enrollDevice(deps.sql, { code: body.code, deviceName: body.deviceName, now: new Date(deps.now()) });
    },
  );
}
