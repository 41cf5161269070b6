import { deviceTagFromId, formatCaseReference } from '../../shared/domain';
import type { AttacheDb } from './AttacheDb';

/**
 * Allocates the next human case reference of this device for `now`'s (local) year, e.g.
 * `2026-K7QX-0042`. The sequence lives in `meta` per year and device tag, so references made
 * offline on several laptops never collide and never repeat on one. Runs inside the caller's
 * transaction when it includes `db.meta` (so a reference is only consumed if the case is saved),
 * otherwise in its own.
 */
export async function allocateCaseReference(db: AttacheDb, deviceId: string, now: Date = new Date()): Promise<string> {
  const year = now.getFullYear();
  const deviceTag = deviceTagFromId(deviceId);
  const key = `caseSequence:${year}:${deviceTag}`;
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(key);
    const sequence = (typeof stored?.value === 'number' ? stored.value : 0) + 1;
    await db.meta.put({ key, value: sequence });
    return formatCaseReference({ year, deviceTag, sequence });
  });
}
