/**
 * Names of the synced tables, apart from their schemas so the schemas of server-authored tables
 * (`syncRecords.ts`) can refer to the other tables without an import cycle. Import from
 * `./tables` (or the domain index), which re-exports these.
 */

/** Tables whose records people write (cases and everything hanging off them), parents first. */
export const recordTables = [
  'cases',
  'parties',
  'goods',
  'shipments',
  'proofsOfOrigin',
  'deadlines',
  'notes',
  'attachments',
  'verificationRequests',
  'requestQuestions',
  'meetings',
  'participants',
  'agendaItems',
  'decisions',
  'actionItems',
  'contacts',
  'riskLists',
  'riskEntries',
  // Issue 12: the administration's deadline rules (requests' reply and acknowledgement periods,
  // the holidays business days skip), edited in Settings and the same on every device.
  'replyPeriodRules',
  'holidays',
  // Issue 13: officers' decisions on screening hits ("confirmed", "not a match"), per case.
  'screeningDecisions',
  // Issue 14: meeting notes, a row per line, so laptops capturing one meeting merge cleanly.
  'meetingNotes',
] as const;
/** A table people write; conflicts and history entries always point at one of these. */
export type RecordTable = (typeof recordTables)[number];

/**
 * The administration's rules, the same on every device of a workspace: only a member with the
 * `admin` role changes them (the server refuses anyone else's change as `forbidden_table`).
 */
export const adminTables = ['replyPeriodRules', 'holidays'] as const satisfies readonly RecordTable[];

/** Whether only a workspace administrator writes `table`. */
export const isAdminTable = (table: string): boolean => (adminTables as readonly string[]).includes(table);

/**
 * Tables only the server creates rows in: the conflicts of protected fields and the losing values
 * of ordinary fields. A client may only update a conflict's `conflictResolutionFields`; the merge
 * rejects every other client write to these tables (`forbidden_table`).
 */
export const serverAuthoredTables = ['conflicts', 'fieldHistory'] as const;
export type ServerAuthoredTable = (typeof serverAuthoredTables)[number];

/**
 * Every table that syncs between devices and the server, in a stable order (parents before
 * children, so a bulk import can insert in this order; server-authored tables last). Adding a
 * table is a Dexie `version(n+1)` and a server migration; never rename one.
 */
export const syncedTables = [...recordTables, ...serverAuthoredTables] as const;
export type SyncedTable = (typeof syncedTables)[number];

export function isSyncedTable(name: string): name is SyncedTable {
  return (syncedTables as readonly string[]).includes(name);
}

/** True for `conflicts` and `fieldHistory`, whose rows only the server creates. */
export function isServerAuthoredTable(name: string): name is ServerAuthoredTable {
  return (serverAuthoredTables as readonly string[]).includes(name);
}
