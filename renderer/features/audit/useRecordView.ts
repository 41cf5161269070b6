import { useEffect, useRef } from 'react';
import type { RecordTable } from '../../../shared/domain';
import { useDatabase } from '../../db';
import { sessionKey } from '../../security/session';
import { recordView } from './recordView';

const unlocked = () => sessionKey() !== null;

/**
 * Audits the opening of a record page: call it in the page with `shown` true once the record is
 * on screen (a missing record is not an opening). Logs one view per opening — per record id the
 * page shows, however often it re-renders, and not twice under StrictMode's double effects — and
 * none while the app is locked. Case pages use it; request pages are to call it the same way.
 */
export function useRecordView(table: RecordTable, recordId: string, shown: boolean, isUnlocked: () => boolean = unlocked): void {
  const { db, actor, deviceId } = useDatabase();
  const logged = useRef<string | null>(null);
  useEffect(() => {
    const key = `${table}/${recordId}`;
    if (!shown || logged.current === key || !isUnlocked()) return;
    logged.current = key;
    // A failed write must not break the page; the next opening is logged as usual.
    recordView(db, table, recordId, { actor, deviceId }).catch((error: unknown) => console.warn('Could not log the opening', error));
  }, [db, table, recordId, shown, actor, deviceId, isUnlocked]);
}
