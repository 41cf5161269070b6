import type { SyncedTable } from '../../../shared/domain';
import type { AttacheDb } from '../../db';
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
}

export const unknownRecord: AuditRecordRef = { reference: '', title: '', caseId: null };

export const recordKey = (table: string, id: string) => `${table}/${id}`;

type Row = Record<string, unknown> & { id: string };
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Names the records of `events` (tombstones included: a deleted record is still named), reading
 * each table once and then the cases they belong to. Keyed by `recordKey(table, id)`.
 */
export async function loadAuditRecords(db: AttacheDb, events: readonly AuditEvent[]): Promise<Map<string, AuditRecordRef>> {
  const idsByTable = new Map<SyncedTable, Set<string>>();
  for (const e of events) {
    const ids = idsByTable.get(e.table) ?? new Set<string>();
    ids.add(e.recordId);
    idsByTable.set(e.table, ids);
  }
  const tables = [...new Set<SyncedTable>([...idsByTable.keys(), 'cases'])];
  return db.transaction('r', tables, async () => {
    const rows = new Map<string, Row>();
    const read = async (table: SyncedTable, ids: Iterable<string>) => {
      const wanted = [...ids].filter((id) => !rows.has(recordKey(table, id)));
      const found = (await db.table(table).bulkGet(wanted)) as (Row | undefined)[];
      for (const row of found) if (row) rows.set(recordKey(table, row.id), row);
    };
    await Promise.all([...idsByTable].map(([table, ids]) => read(table, ids)));
    const caseIds = new Set<string>();
    for (const [key, row] of rows) if (!key.startsWith('cases/') && typeof row.caseId === 'string') caseIds.add(row.caseId);
    await read('cases', caseIds);

    const refs = new Map<string, AuditRecordRef>();
    for (const [table, ids] of idsByTable) {
      for (const id of ids) {
        const row = rows.get(recordKey(table, id));
        if (!row) continue;
        const caseId = table === 'cases' ? id : typeof row.caseId === 'string' ? row.caseId : null;
        const caseRow = caseId ? rows.get(recordKey('cases', caseId)) : undefined;
        refs.set(recordKey(table, id), {
          reference: text(row.ourReference) || text(caseRow?.reference),
          title: table === 'cases' || table === 'meetings' ? text(row.title) : '',
          caseId: caseRow ? caseId : null,
        });
      }
    }
    return refs;
  });
}
