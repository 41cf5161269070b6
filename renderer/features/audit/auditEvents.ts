import type { SyncedTable } from '../../../shared/domain';
import type { AttacheDb, ChangeLogEntry, ViewLogEntry } from '../../db';
import { isListedField, loadCaseFamily, loadRequestFamily } from '../../records';

/** What an audit event records: a change the data layer made, an opening of the record, or its export to a file. */
export const auditActions = ['create', 'update', 'delete', 'view', 'export'] as const;
export type AuditAction = (typeof auditActions)[number];

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One audit event of this device, change or view, as the audit screens and the export read it. */
export interface AuditEvent {
  /** `change-<seq>` or `view-<id>`: unique and stable. */
  key: string;
  /** ISO datetime (UTC) when it happened on this device. */
  at: string;
  actor: string;
  deviceId: string;
  table: SyncedTable;
  recordId: string;
  action: AuditAction;
  /** The fields that changed, in the change log's order; empty for a view or a delete. */
  changes: FieldChange[];
}

/**
 * Fields an audit line does not list: `updatedAt` moves with every edit (the event's own time says
 * it), and a new record's `createdAt` is the event's time too.
 */
const unlisted: Record<AuditAction, ReadonlySet<string>> = {
  create: new Set(['updatedAt', 'createdAt']),
  update: new Set(['updatedAt']),
  delete: new Set(),
  view: new Set(),
  export: new Set(),
};

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function fromChangeLog(entry: ChangeLogEntry): AuditEvent {
  const skip = unlisted[entry.op];
  const changes: FieldChange[] = [];
  for (const [field, change] of Object.entries(entry.changes)) {
    // A new record's empty fields say nothing about what was entered.
    if (skip.has(field) || !isListedField(entry.table, field) || (entry.op === 'create' && isEmpty(change.new))) continue;
    changes.push({ field, old: change.old, new: change.new });
  }
  return {
    key: `change-${entry.seq ?? `${entry.at}-${entry.recordId}`}`,
    at: entry.at,
    actor: entry.actor,
    deviceId: entry.deviceId,
    table: entry.table,
    recordId: entry.recordId,
    action: entry.op,
    changes,
  };
}

export function fromViewLog(entry: ViewLogEntry): AuditEvent {
  return {
    key: `view-${entry.id}`,
    at: entry.at,
    actor: entry.actor,
    deviceId: entry.deviceId,
    table: entry.table,
    recordId: entry.recordId,
    action: entry.action ?? 'view',
    changes: [],
  };
}

/** Newest first; events at the same instant keep the order they were given in, reversed. */
export function mergeAuditEvents(changes: readonly ChangeLogEntry[], views: readonly ViewLogEntry[]): AuditEvent[] {
  const events = [...changes.map(fromChangeLog), ...views.map(fromViewLog)];
  const order = new Map(events.map((e, i) => [e.key, i]));
  return events.sort((a, b) => (a.at === b.at ? order.get(b.key)! - order.get(a.key)! : a.at < b.at ? 1 : -1));
}

/** A range of local calendar days (`YYYY-MM-DD`, both ends included); null ends are open. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/** The ISO instants bounding a day range in local time: `[from 00:00, day after `to` 00:00)`. */
export function dayRangeBounds({ from, to }: DayRange): { lower: string; upper: string } {
  const startOf = (day: string, plusDays = 0) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + plusDays).toISOString();
  };
  // ISO strings of Date#toISOString sort as the instants do: the `at` index is read by range.
  return { lower: from ? startOf(from) : '', upper: to ? startOf(to, 1) : '\uffff' };
}

/** Every audit event of this workspace on this device within `range` (all when open), newest first. */
export async function loadAuditEvents(db: AttacheDb, range: DayRange = { from: null, to: null }): Promise<AuditEvent[]> {
  const { lower, upper } = dayRangeBounds(range);
  if (lower >= upper) return [];
  return db.transaction('r', db.changeLog, db.viewLog, async () => {
    const [changes, views] = await Promise.all([
      db.changeLog.where('at').between(lower, upper, true, false).toArray(),
      db.viewLog.where('at').between(lower, upper, true, false).toArray(),
    ]);
    changes.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    return mergeAuditEvents(changes, views);
  });
}

/** Most events a record's activity reads, so a record opened daily for years stays cheap to show. */
export const recordActivityLimit = 500;

/**
 * The newest audit events of one record (changes and openings), newest first. A case's are its
 * family's: the changes to its parties, goods lines, shipments, proofs, deadlines, notes and
 * attachments (removed ones included) count as changes to the case.
 */
export async function loadRecordAudit(db: AttacheDb, table: SyncedTable, recordId: string): Promise<AuditEvent[]> {
  // Many small reads, no transaction over every table (see loadRecordHistory).
  const family = table === 'cases' ? await loadCaseFamily(db, recordId) : table === 'verificationRequests' ? await loadRequestFamily(db, recordId) : [];
  const members = family.length > 0 ? family.map((r) => ({ table: r.table as SyncedTable, id: r.id })) : [{ table, id: recordId }];
  const wanted = new Set(members.map((m) => `${m.table}/${m.id}`));
  const [logs, views] = await Promise.all([
    Promise.all([...new Set(members.map((m) => m.id))].map((id) => db.changeLog.where('recordId').equals(id).reverse().limit(recordActivityLimit).toArray())),
    // Equal index keys come in primary-key order: ids are UUIDv7, so the newest views last.
    db.viewLog.where('recordId').equals(recordId).reverse().limit(recordActivityLimit).toArray(),
  ]);
  const changes = logs.flat().filter((e) => wanted.has(`${e.table}/${e.recordId}`));
  changes.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  views.reverse();
  return mergeAuditEvents(changes, views.filter((e) => e.table === table)).slice(0, recordActivityLimit);
}
