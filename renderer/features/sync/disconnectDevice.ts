import type { AttacheDb } from '../../db/AttacheDb';
import { syncMetaKeys } from './syncState';

export type DisconnectResult = { disconnected: true } | { disconnected: false; pending: number };

export interface DisconnectSteps {
  /** Leaves the workspace in the UI (switch to `local`), so nothing reads the database any more. */
  leave: () => void | Promise<void>;
  /** Deletes the workspace's database (by name in the app, so the closing connections do not block it). */
  deleteDb: (name: string) => Promise<void>;
}

/**
 * "Disconnect this device": refused while changes made here are not yet acknowledged by the
 * server (`pending` says how many), because deleting them would lose work. Otherwise forgets the
 * token first (so the device stops syncing even if what follows fails), leaves the workspace and
 * deletes its local copy, which re-enrolling downloads again.
 */
export async function disconnectDevice(db: AttacheDb, steps: DisconnectSteps): Promise<DisconnectResult> {
  const pending = await db.transaction('rw', db.outbox, db.meta, async () => {
    const count = await db.outbox.count();
    if (count === 0) await db.meta.delete(syncMetaKeys.settings);
    return count;
  });
  if (pending > 0) return { disconnected: false, pending };
  await steps.leave();
  await steps.deleteDb(db.name);
  return { disconnected: true };
}
