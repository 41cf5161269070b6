/**
 * The client's local view of one record: the server's row with the still-unsent local changes on
 * top (SYNC-PROTOCOL.md "Client rules": the local view always shows the user's own unsent edits).
 */
import { restoresTombstone } from './merge';
import type { PendingMutation, ServerRow } from './mergeTypes';
import type { FieldMeta } from './record';

/** What the client stores for a record after a pull (its `version` stays the server row's). */
export interface RebasedRow {
  fields: Record<string, unknown>;
  fieldMeta: FieldMeta;
  deleted: boolean;
}

/**
 * Replays `pending` (this record's outbox entries, in outbox order) over `serverRow` (`null` when
 * the server has not sent the record yet).
 *
 * - Every pending put's values are shown, whatever the server holds meanwhile.
 * - A field with pending values keeps as `v` the base of its FIRST pending change (0 for a create)
 *   and the hlc of its last: the user never saw the server's newer value behind the overlay, so a
 *   further edit must still be based on the old version and reach the server as concurrent
 *   (its loser kept in history) instead of silently overwriting a value nobody saw.
 * - A pending delete wins locally. A server tombstone stays deleted unless a pending put restores
 *   it by the same rule as `mergeMutation` (`restoresTombstone`): an edit that predates the delete
 *   becomes a conflict on the server, so showing it as resurrected would only flicker.
 */
export function rebasePending(serverRow: ServerRow | null, pending: readonly PendingMutation[]): RebasedRow {
  const fields: Record<string, unknown> = { ...serverRow?.fields };
  const fieldMeta: FieldMeta = { ...serverRow?.fieldMeta };
  let deleted = serverRow?.deleted ?? false;
  let deletedLocally = false;
  const overlaid = new Set<string>();
  for (const change of pending) {
    if (change.op === 'delete') {
      deleted = deletedLocally = true;
      continue;
    }
    if (deleted) {
      if (deletedLocally || !serverRow || !restoresTombstone(serverRow, change)) continue;
      deleted = false;
    }
    for (const [field, value] of Object.entries(change.fields ?? {})) {
      if (field === 'id') continue;
      fields[field] = value;
      const v = overlaid.has(field) ? (fieldMeta[field]?.v ?? 0) : (change.base?.[field] ?? 0);
      fieldMeta[field] = { v, hlc: change.hlc };
      overlaid.add(field);
    }
  }
  return { fields, fieldMeta, deleted };
}
