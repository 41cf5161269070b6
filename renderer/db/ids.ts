import { v4, v7 } from 'uuid';
import type { AttacheDb } from './AttacheDb';

/** A new record id: UUIDv7, so ids made offline on any device never collide and sort by creation time. */
export function newId(): string {
  return v7();
}

/** Where `ensureDeviceId` keeps the local device id in `meta`. */
export const localDeviceIdKey = 'deviceId';

/**
 * This profile's device id for the workspace database: generated once, on first call, and stored
 * in `meta`; every later call returns the same value. Random (v4) because it names a device, not a record.
 */
export async function ensureDeviceId(db: AttacheDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(localDeviceIdKey);
    if (typeof stored?.value === 'string') return stored.value;
    const deviceId = v4();
    await db.meta.put({ key: localDeviceIdKey, value: deviceId });
    return deviceId;
  });
}
