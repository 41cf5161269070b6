import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedTable } from '../../../shared/domain';
import { useDatabase } from '../../db';
import { loadAuditEvents, loadRecordAudit, type DayRange } from './auditEvents';
import { loadAuditRecords } from './auditRecords';
import { toAuditRows, type AuditRow } from './auditFilter';

/**
 * The audit events within a day range with the records they concern, newest first, live (a save
 * or an opening anywhere in the app shows up at once); `undefined` while loading.
 */
export function useAuditRows({ from, to }: DayRange): AuditRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const events = await loadAuditEvents(db, { from, to });
    return toAuditRows(events, await loadAuditRecords(db, events));
  }, [db, from, to]);
}

/**
 * A record's audit events (changes and openings; a case's with its children's) with the records
 * they concern, newest first, live; `undefined` while loading.
 */
export function useRecordAudit(table: SyncedTable, recordId: string): AuditRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const events = await loadRecordAudit(db, table, recordId);
    return toAuditRows(events, await loadAuditRecords(db, events));
  }, [db, table, recordId]);
}
