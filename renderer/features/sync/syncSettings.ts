import type { EnrollResponse } from '../../../shared/sync';
import { openWorkspaceDb, type AttacheDb } from '../../db/AttacheDb';
import type { OutboxEntry } from '../../db/types';
import { createSyncClient, type FetchLike } from './syncClient';
import { flagReconcile } from './reconcileFlag';
import { syncMetaKeys } from './syncState';

/**
 * This device's enrollment in one workspace, kept in that workspace database's `meta`
 * (`sync.settings`). `deviceId` and `token` are the server's; the token is a secret (issue 4
 * encrypts it at rest; until then it is stored as is).
 */
export interface SyncSettings {
  serverUrl: string;
  deviceId: string;
  token: string;
  workspace: EnrollResponse['workspace'];
  member: EnrollResponse['member'];
}

export async function loadSyncSettings(db: AttacheDb): Promise<SyncSettings | null> {
  const stored = await db.meta.get(syncMetaKeys.settings);
  return (stored?.value as SyncSettings | undefined) ?? null;
}

/**
 * Stores the enrollment. When it names a different server device than before (a first enrollment
 * or a re-enrollment), the unsent outbox is kept and renumbered from 1 (mutation ids count per
 * server device) and the cursor goes back to 0, in the same transaction: the next sync pushes the
 * unsent work first and then downloads everything again, so nothing unsent is dropped.
 */
export async function saveSyncSettings(db: AttacheDb, settings: SyncSettings): Promise<void> {
  await db.transaction('rw', db.meta, db.outbox, async () => {
    const previous = await loadSyncSettings(db);
    if (previous?.deviceId !== settings.deviceId) {
      const entries = await db.outbox.orderBy(':id').toArray();
      const renumbered: OutboxEntry[] = entries.map((e, i) => ({ ...e, mutationId: i + 1 }));
      await db.outbox.clear();
      if (renumbered.length > 0) await db.outbox.bulkAdd(renumbered);
      await db.meta.bulkPut([
        { key: syncMetaKeys.lastMutationId, value: renumbered.length },
        { key: syncMetaKeys.cursor, value: 0 },
        { key: syncMetaKeys.repair, value: [] },
      ]);
      // A new device id for the same workspace: what the server holds may lack what this device
      // had sent under the old one (a server restored from a backup): reconcile at the next sync.
      if (previous) await flagReconcile(db);
    }
    await db.meta.put({ key: syncMetaKeys.settings, value: settings });
  });
}

export interface EnrollDeviceOptions {
  fetch?: FetchLike;
  /** Opens the enrolled workspace's database (defaults to `openWorkspaceDb`). */
  openDb?: (workspaceId: string) => Promise<AttacheDb>;
}

/**
 * Trades an enrollment code for a device token (`POST /v1/devices/enroll`), opens the workspace's
 * database and stores the enrollment in it. Rejects with a `SyncError` (e.g. `not_found` for an
 * unknown, used or expired code) and then stores nothing.
 */
export async function enrollDevice(
  serverUrl: string,
  code: string,
  deviceName: string,
  options: EnrollDeviceOptions = {},
): Promise<{ settings: SyncSettings; db: AttacheDb }> {
  const client = createSyncClient({ baseUrl: serverUrl, fetch: options.fetch });
  const answer = await client.enroll({ code: code.trim(), deviceName });
  const settings: SyncSettings = { serverUrl, ...answer };
  const db = await (options.openDb ?? ((id) => openWorkspaceDb(id)))(answer.workspace.id);
  await saveSyncSettings(db, settings);
  return { settings, db };
}
