import type { AttacheDb } from '../../db/AttacheDb';
import { adoptLocalWorkspace, type AdoptResult } from './adoptLocalWorkspace';
import { enrollDevice, type EnrollDeviceOptions, type SyncSettings } from './syncSettings';

export interface ConnectDeviceInput {
  serverUrl: string;
  code: string;
  deviceName: string;
  /** The workspace open now and its database. */
  current: { workspaceId: string; db: AttacheDb };
}

export interface ConnectDeviceResult {
  settings: SyncSettings;
  /** What was taken over from the `local` workspace (null when connecting from another workspace). */
  adopted: AdoptResult | null;
}

/**
 * Enrolls this device and, when it was working alone (workspace `local`), adopts that work into
 * the enrolled workspace. Rejects with the enrollment's `SyncError` (nothing stored) or with the
 * adoption's error (the enrollment is stored; adopting again later is safe). The caller then
 * switches to `settings.workspace.id` and deletes the `local` database.
 */
export async function connectDevice(input: ConnectDeviceInput, options: EnrollDeviceOptions = {}): Promise<ConnectDeviceResult> {
  const { settings, db } = await enrollDevice(input.serverUrl, input.code, input.deviceName, options);
  try {
    const adopted = input.current.workspaceId === 'local' ? await adoptLocalWorkspace(input.current.db, db) : null;
    return { settings, adopted };
  } finally {
    db.close();
  }
}
