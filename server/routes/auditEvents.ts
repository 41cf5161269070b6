import type { FastifyInstance } from 'fastify';
import { auditEventsRequestSchema, maxAuditEventsPerRequest } from '../../shared/sync/auditWire';
import type { AppDeps } from '../http/deps';
import { checkSchemaVersion, authenticateFirst, callerOf } from '../http/deps';
import { parseBody } from '../http/validate';
import { recordClientEvents } from '../services/clientAudit';
import { ServiceError } from '../services/errors';
import { maxAuditEventsBytes } from '../sync/protocol';

/**
 * `POST /v1/audit-events`: audit events raised by a device (an officer opened a record). An
 * addition to SYNC-PROTOCOL.md's wire contract, specified in shared/sync/auditWire.ts.
 */
export function registerAuditEventRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post('/v1/audit-events', { bodyLimit: maxAuditEventsBytes, ...authenticateFirst(deps) }, async (request) => {
    const who = callerOf(request);
    const raw = request.body as { events?: unknown } | null;
    // Counted before validation, as push does, so an oversized batch is a 413 and not a 400.
    if (raw && Array.isArray(raw.events) && raw.events.length > maxAuditEventsPerRequest) {
      throw new ServiceError('payload_too_large', `At most ${maxAuditEventsPerRequest} events per request`, {
        maxEvents: maxAuditEventsPerRequest,
      });
    }
    const body = parseBody(auditEventsRequestSchema, request.body);
    checkSchemaVersion(body.schemaVersion);
    return recordClientEvents(deps.sql, who, body, deps.now());
  });
}
