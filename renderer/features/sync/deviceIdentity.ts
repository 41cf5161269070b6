import type { AttacheDb } from '../../db/AttacheDb';
import { ensureDeviceId } from '../../db/ids';
import { loadSyncSettings } from './syncSettings';

/**
 * The device id local commits stamp their clocks with: the server's id of this device once the
 * workspace is enrolled (the server orders and attributes changes by it), else the local one
 * generated on first use. Passed to `DatabaseProvider` as `resolveDeviceId`.
 */
export async function resolveDeviceId(db: AttacheDb): Promise<string> {
  const settings = await loadSyncSettings(db);
  return settings?.deviceId ?? ensureDeviceId(db);
}
