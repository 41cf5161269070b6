import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../http/deps';
import { syncSchemaVersion } from '../sync/protocol';

/** `GET /v1/health`: unauthenticated; also proves the database answers. */
export function registerHealthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/v1/health', async () => {
    await deps.sql.query('SELECT 1');
    return { ok: true as const, version: deps.serverVersion, schemaVersion: syncSchemaVersion };
  });
}
