import type { SqlTx } from '../db/sql';

/** Who did something: the admin CLI, or a device (its id). Stored verbatim in `audit_events.actor`. */
export type Actor = 'admin' | `device:${string}` | 'server';

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
