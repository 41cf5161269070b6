import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedTable } from '../../../shared/domain';
import { useDatabase } from '../../db';
import { loadAuditEvents, loadRecordAudit, type AuditEvent, type DayRange } from './auditEvents';
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

/** A record's audit events (changes and openings), newest first, live; `undefined` while loading. */
export function useRecordAudit(table: SyncedTable, recordId: string): AuditEvent[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadRecordAudit(db, table, recordId), [db, table, recordId]);
}
