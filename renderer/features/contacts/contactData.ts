import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { Contact } from '../../../shared/domain';
import { commitChanges, liveRecords, useDatabase, type AttacheDb, type Change } from '../../db';
import { sortContacts } from './contactList';

/** Every live contact in directory order (family, then given name, Vietnamese collation). */
export function useContacts(): Contact[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => sortContacts(liveRecords(await db.contacts.toArray()) as Contact[]), [db]);
}

/** One live contact; null when it does not exist or was deleted. */
export function useContact(id: string): Contact | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const row = await db.contacts.get(id);
    return row && row.deleted === 0 ? (liveRecords([row])[0] as Contact) : null;
  }, [db, id]);
}

export function deleteContact(id: string): Change {
  return { table: 'contacts', id, op: 'delete' };
}

/** Writes contact changes through the one synced write path, signed by this window's actor and device. */
export function useContactCommit() {
  const { db, deviceId, actor } = useDatabase();
  return useCallback((changes: Change[]) => commitContacts(db, changes, actor || deviceId, deviceId), [db, actor, deviceId]);
}

export function commitContacts(db: AttacheDb, changes: Change[], actor: string, deviceId: string): Promise<void> {
  return commitChanges(db, changes, { actor, deviceId });
}
