import type { Conflict, RecordTable } from '../../../shared/domain';
import { toRecord, type AttacheDb } from '../../db';

/** What the conflicts screen shows about the record a conflict concerns. */
export interface ConflictRecord {
  /** False when the record is not on this device (not pulled yet, or purged). */
  exists: boolean;
  deleted: boolean;
  /** The field's value in the record now (`undefined` when the record is not here). */
  current: unknown;
  /** The case itself, or the case the record belongs to (`caseId`), to name and link it. */
  caseRef: { id: string; reference: string; title: string } | null;
  /** The record's fields (a tombstone's last ones), to name it in words; absent when not here. */
  fields?: Readonly<Record<string, unknown>>;
}

export interface ConflictView {
  conflict: Conflict;
  record: ConflictRecord;
}

export interface ConflictLists {
  /** Open conflicts, newest first. */
  open: ConflictView[];
  /** Resolved conflicts, most recently resolved first. */
  resolved: ConflictView[];
}

type Row = Record<string, unknown> & { id: string; deleted: number };

/**
 * Reads every conflict (open by the `status` index; conflicts are rare, so all of them) with the
 * records they concern and those records' cases, in one read transaction so the current values
 * shown match the rows the resolution will be based on.
 */
export async function loadConflictLists(db: AttacheDb): Promise<ConflictLists> {
  return db.transaction('r', db.tables, async () => {
    const rows = (await db.conflicts.where('status').anyOf('open', 'resolved').toArray()).filter((c) => c.deleted === 0);
    const conflicts: Conflict[] = rows.map((row) => toRecord(row));
    const records = await readRecords(db, conflicts.map((c) => [c.recordTable, c.recordId]));
    const caseIds = new Set<string>();
    for (const c of conflicts) {
      const row = records.get(`${c.recordTable}/${c.recordId}`);
      if (c.recordTable === 'cases') caseIds.add(c.recordId);
      else if (typeof row?.caseId === 'string') caseIds.add(row.caseId);
    }
    const cases = await readRecords(db, [...caseIds].map((id) => ['cases', id]));

    const views = conflicts.map((conflict): ConflictView => {
      const row = records.get(`${conflict.recordTable}/${conflict.recordId}`);
      const caseId = conflict.recordTable === 'cases' ? conflict.recordId : row?.caseId;
      const caseRow = typeof caseId === 'string' ? cases.get(`cases/${caseId}`) : undefined;
      return {
        conflict,
        record: {
          exists: row !== undefined,
          deleted: row?.deleted === 1,
          current: row?.[conflict.field],
          caseRef: caseRow ? { id: caseRow.id, reference: String(caseRow.reference), title: String(caseRow.title) } : null,
          fields: row,
        },
      };
    });
    return {
      open: views.filter((v) => v.conflict.status === 'open').sort((a, b) => b.conflict.createdAt.localeCompare(a.conflict.createdAt)),
      resolved: views
        .filter((v) => v.conflict.status === 'resolved')
        .sort((a, b) => (b.conflict.resolvedAt ?? '').localeCompare(a.conflict.resolvedAt ?? '')),
    };
  });
}

/** Rows by `table/id`, one bulkGet per table. */
async function readRecords(db: AttacheDb, keys: [RecordTable, string][]): Promise<Map<string, Row>> {
  const byTable = new Map<RecordTable, string[]>();
  for (const [table, id] of keys) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  const found = new Map<string, Row>();
  await Promise.all(
    [...byTable].map(async ([table, ids]) => {
      const rows = (await db.table(table).bulkGet(ids)) as (Row | undefined)[];
      rows.forEach((row) => {
        if (row) found.set(`${table}/${row.id}`, row);
      });
    }),
  );
  return found;
}
