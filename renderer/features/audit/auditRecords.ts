import type { SyncedTable } from '../../../shared/domain';
import type { AttacheDb } from '../../db';
import { caseIdsIn, loadCaseRefs, recordRefs, type NamedRecord, type RecordRefs } from '../../records';
import type { AuditEvent } from './auditEvents';

/** How the audit names the record an event concerns. */
export interface AuditRecordRef {
  /**
   * The human reference: a case's own, or for a record of a case (party, goods line, request…)
   * its case's (a request's own number when it has one). `''` when the record is not on this device.
   */
  reference: string;
  /** A case's or meeting's title; `''` for records without one. */
  title: string;
  /** The case whose page shows the record, if any. */
  caseId: string | null;
  /** What `recordName` needs to name it in words ("Importer of 2026-RHT7-0001"); absent when not here. */
  named?: NamedRecord;
}

/** The records of a page of events, and the cases their values point at. */
export interface AuditRecords {
  /** By `recordKey(table, id)`. */
  byKey: Map<string, AuditRecordRef>;
  refs: RecordRefs;
}

export const unknownRecord: AuditRecordRef = { reference: '', title: '', caseId: null };

export const recordKey = (table: string, id: string) => `${table}/${id}`;

type Row = Record<string, unknown> & { id: string };
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Names the records of `events` (tombstones included: a deleted record is still named), reading
 * each table once and then the cases they belong to or their values point at (`caseId`,
 * `linkedCaseIds`), so that no line shows an id.
 */
export async function loadAuditRecords(db: AttacheDb, events: readonly AuditEvent[]): Promise<AuditRecords> {
  const idsByTable = new Map<SyncedTable, Set<string>>();
  const caseIds = new Set<string>();
  for (const e of events) {
    const ids = idsByTable.get(e.table) ?? new Set<string>();
    ids.add(e.recordId);
    idsByTable.set(e.table, ids);
    for (const change of e.changes) for (const value of [change.old, change.new]) caseIdsIn(e.table, change.field, value).forEach((id) => caseIds.add(id));
  }
  const tables = [...new Set<SyncedTable>([...idsByTable.keys(), 'cases'])];
  return db.transaction('r', tables, async () => {
    const rows = new Map<string, Row>();
    await Promise.all(
      [...idsByTable].map(async ([table, ids]) => {
        const found = (await db.table(table).bulkGet([...ids])) as (Row | undefined)[];
        for (const row of found) if (row) rows.set(recordKey(table, row.id), row);
      }),
    );
    for (const [key, row] of rows) {
      if (key.startsWith('cases/')) caseIds.add(row.id);
      else if (typeof row.caseId === 'string') caseIds.add(row.caseId);
    }
    const cases = await loadCaseRefs(db, caseIds);

    const byKey = new Map<string, AuditRecordRef>();
    for (const [table, ids] of idsByTable) {
      for (const id of ids) {
        const row = rows.get(recordKey(table, id));
        if (!row) continue;
        const caseId = table === 'cases' ? id : typeof row.caseId === 'string' ? row.caseId : null;
        const caseRef = caseId ? (cases.get(caseId) ?? null) : null;
        byKey.set(recordKey(table, id), {
          reference: text(row.ourReference) || caseRef?.reference || '',
          title: table === 'cases' || table === 'meetings' ? text(row.title) : '',
          caseId: caseRef ? caseId : null,
          named: { table, row, caseRef, deleted: row.deleted === 1 },
        });
      }
    }
    return { byKey, refs: recordRefs(cases) };
  });
}
