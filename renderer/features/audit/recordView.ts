import type { RecordTable } from '../../../shared/domain';
import { newId, type AttacheDb, type ViewLogEntry } from '../../db';

export interface ViewContext {
  actor: string;
  deviceId: string;
  now?: () => Date;
}

/**
 * Logs that `actor` opened a record on this device: one `viewLog` entry, unsent, with a fresh
 * UUIDv7 id that the server will use to keep it once however often it is sent.
 */
export function recordView(db: AttacheDb, table: RecordTable, recordId: string, ctx: ViewContext): Promise<ViewLogEntry> {
  return logEvent(db, table, recordId, ctx, {});
}

/**
 * Logs that `actor` exported a record to a file on this device (law-enforcement data leaving the
 * app): kept and reported to the server like an opening, as action `export`.
 */
export function recordExport(db: AttacheDb, table: RecordTable, recordId: string, ctx: ViewContext): Promise<ViewLogEntry> {
  return logEvent(db, table, recordId, ctx, { action: 'export' });
}

/**
 * Logs an export of several records in one file (the requests register as CSV): an `export` for
 * each, so a record's own activity says it left the app, and by whom.
 */
export async function recordExports(db: AttacheDb, table: RecordTable, recordIds: readonly string[], ctx: ViewContext): Promise<void> {
  const at = ctx.now?.() ?? new Date();
  await db.viewLog.bulkAdd(recordIds.map((recordId) => viewLogEntry(table, recordId, { ...ctx, now: () => at }, { action: 'export' })));
}

async function logEvent(
  db: AttacheDb,
  table: RecordTable,
  recordId: string,
  ctx: ViewContext,
  action: Pick<ViewLogEntry, 'action'>,
): Promise<ViewLogEntry> {
  const entry = viewLogEntry(table, recordId, ctx, action);
  await db.viewLog.add(entry);
  return entry;
}

function viewLogEntry(table: RecordTable, recordId: string, ctx: ViewContext, action: Pick<ViewLogEntry, 'action'>): ViewLogEntry {
  return {
    ...action,
    id: newId(),
    at: (ctx.now?.() ?? new Date()).toISOString(),
    actor: ctx.actor,
    deviceId: ctx.deviceId,
    table,
    recordId,
    sent: 0,
  };
}

