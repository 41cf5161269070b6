import type { AuditEventResult, AuditEventsRequest, AuditEventsResponse, ClientAuditEvent } from '../../shared/sync/auditWire';
import type { Sql } from '../db/sql';
import type { DeviceIdentity } from './devices';
import { ServiceError } from './errors';

/** `audit_events.action` of each client action. */
const auditAction = { view: 'record.view', export: 'record.export' } as const;

/**
 * Records a batch of client-raised audit events (shared/sync/auditWire.ts) in ONE transaction:
 * - the actor is the authenticated member (`member:<id>`) and `device_id` the authenticated
 *   device, whatever the body says; the device's clock goes into `details.clientAt` and `at` is
 *   the server's time;
 * - an event whose record is not in the device's workspace is answered `rejected` / `not_found`
 *   and not stored (foreign and missing records look the same);
 * - `(device_id, client_event_id)` is unique, so an event already stored (a retry, or the same id
 *   twice in one batch) is answered `duplicate` and stored once.
 */
export async function recordClientEvents(
  sql: Sql,
  who: DeviceIdentity,
  request: AuditEventsRequest,
  nowMs: number,
): Promise<AuditEventsResponse> {
  if (request.deviceId !== who.deviceId) throw new ServiceError('forbidden', 'deviceId is not the authenticated device');
  return sql.transaction(async (tx) => {
    const [device] = await tx.query<{ revoked_at: unknown }>('SELECT revoked_at FROM devices WHERE id = $1', [who.deviceId]);
    if (!device) throw new ServiceError('unauthenticated', 'Unknown device');
    if (device.revoked_at !== null) throw new ServiceError('device_revoked', 'This device has been revoked');

    const keys = [...new Map(request.events.map((e) => [recordKey(e), { tbl: e.table, id: e.recordId }])).values()];
    const present = await tx.query<{ tbl: string; id: string }>(
      `SELECT r.tbl, r.id FROM rows r
         JOIN jsonb_to_recordset($2::jsonb) AS k(tbl text, id text) ON k.tbl = r.tbl AND k.id = r.id
        WHERE r.workspace_id = $1`,
      [who.workspaceId, JSON.stringify(keys)],
    );
    const known = new Set(present.map((r) => `${r.tbl}/${r.id}`));

    // The first event of each id is the one offered for storage; later ones in the batch are duplicates.
    const offered = new Map<string, ClientAuditEvent>();
    for (const event of request.events) if (known.has(recordKey(event)) && !offered.has(event.id)) offered.set(event.id, event);
    const inserted = new Set<string>();
    if (offered.size > 0) {
      const rows = [...offered.values()].map((e) => ({
        id: e.id,
        action: auditAction[e.action],
        details: { table: e.table, recordId: e.recordId, clientAt: e.at },
      }));
      const stored = await tx.query<{ client_event_id: string }>(
        `INSERT INTO audit_events (workspace_id, actor, action, details, at, device_id, client_event_id)
         SELECT $1, $2, e.action, e.details, $3, $4, e.id
           FROM jsonb_to_recordset($5::jsonb) AS e(id text, action text, details jsonb)
         ON CONFLICT (device_id, client_event_id) DO NOTHING
         RETURNING client_event_id`,
        [who.workspaceId, `member:${who.memberId}`, new Date(nowMs), who.deviceId, JSON.stringify(rows)],
      );
      for (const row of stored) inserted.add(row.client_event_id);
    }

    const answered = new Set<string>();
    const results = request.events.map((event): AuditEventResult => {
      if (!known.has(recordKey(event))) return { id: event.id, status: 'rejected', code: 'not_found' };
      const first = !answered.has(event.id);
      answered.add(event.id);
      return { id: event.id, status: first && inserted.has(event.id) ? 'recorded' : 'duplicate' };
    });
    return { results };
  });
}

function recordKey(event: ClientAuditEvent): string {
  return `${event.table}/${event.recordId}`;
}
