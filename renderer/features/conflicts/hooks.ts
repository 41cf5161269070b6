import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordTable } from '../../../shared/domain';
import { useDatabase } from '../../db';
import { loadConflictLists, type ConflictLists } from './conflictList';
import { loadRecordHistory, type RecordHistory } from './recordHistory';

/**
 * The number of open conflicts in the workspace, live (it changes when a pull brings one in or a
 * resolution is made on any device); `undefined` while the first count is read.
 */
export function useOpenConflictCount(): number | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.conflicts.where('status').equals('open').count(), [db]);
}

/** Open and resolved conflicts with their records, live; `undefined` while loading. */
export function useConflictLists(): ConflictLists | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadConflictLists(db), [db]);
}

/** A record's merged history (audit + losing values; a case's with its children's), live; `undefined` while loading. */
export function useRecordHistory(table: RecordTable, recordId: string): RecordHistory | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadRecordHistory(db, table, recordId), [db, table, recordId]);
}
