import type { Sql, SqlTx } from '../db/sql';
import { toIso, toNumber } from '../db/sql';
import { ServiceError } from './errors';

/**
 * Who did something: the admin CLI, a device (its id), a member (its id: what an officer did on
 * one of their devices, e.g. opening a case) or the server. Stored verbatim in `audit_events.actor`.
 */
export type Actor = 'admin' | `device:${string}` | `member:${string}` | 'server';

/**
 * Appends one audit event in the caller's transaction, so the event exists exactly when the change
 * it describes does. `details` never holds secrets (tokens, codes) or record contents.
 */
export async function recordAudit(
  tx: SqlTx,
  event: { workspaceId: string | null; actor: Actor; action: string; details?: Record<string, unknown> },
): Promise<void> {
  await tx.query('INSERT INTO audit_events (workspace_id, actor, action, details) VALUES ($1, $2, $3, $4::jsonb)', [
    event.workspaceId,
    event.actor,
    event.action,
    JSON.stringify(event.details ?? {}),
  ]);
}

/** One line of the audit log as the admin CLI prints it. */
export interface AuditEventSummary {
  id: number;
  actor: string;
  action: string;
  /** The reporting device of a client-raised event (null for the server's own events). */
  deviceId: string | null;
  /** The device's id for a client-raised event (null for the server's own events). */
  clientEventId: string | null;
  details: Record<string, unknown>;
  /** When the server recorded it. */
  at: string;
}

/** A workspace's audit events, newest first, at most `limit` (1–1000), optionally of one action. */
export async function listAuditEvents(
  sql: Sql,
  workspaceId: string,
  options: { action?: string; limit?: number } = {},
): Promise<AuditEventSummary[]> {
  const ws = await sql.query('SELECT 1 FROM workspaces WHERE id = $1', [workspaceId]);
  if (ws.length === 0) throw new ServiceError('not_found', 'No such workspace');
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT id, actor, action, device_id, client_event_id, details, at FROM audit_events
      WHERE workspace_id = $1 AND ($2::text IS NULL OR action = $2)
      ORDER BY id DESC LIMIT $3`,
    [workspaceId, options.action ?? null, limit],
  );
  return rows.map((r) => ({
    id: toNumber(r.id),
    actor: String(r.actor),
    action: String(r.action),
    deviceId: r.device_id === null ? null : String(r.device_id),
    clientEventId: r.client_event_id === null ? null : String(r.client_event_id),
    details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>,
    at: toIso(r.at) as string,
  }));
}
