import { deviceTagFromId, formatActionItemReference, formatCaseReference } from '../../shared/domain';
import type { AttacheDb } from './AttacheDb';

/**
 * Takes the next number of this device's sequence `name` for `now`'s (local) year. The sequence
 * lives in `meta` per year and device tag, so numbers handed out offline on several laptops never
 * collide and never repeat on one. Runs inside the caller's transaction when it includes
 * `db.meta` (so a number is only consumed if the record is saved), otherwise in its own.
 */
async function nextSequence(db: AttacheDb, name: string, year: number, deviceTag: string): Promise<number> {
  const key = `${name}:${year}:${deviceTag}`;
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(key);
    const sequence = (typeof stored?.value === 'number' ? stored.value : 0) + 1;
    await db.meta.put({ key, value: sequence });
    return sequence;
  });
}

/** The next human case reference of this device, e.g. `2026-K7QX-0042`. */
export async function allocateCaseReference(db: AttacheDb, deviceId: string, now: Date = new Date()): Promise<string> {
  const year = now.getFullYear();
  const deviceTag = deviceTagFromId(deviceId);
  return formatCaseReference({ year, deviceTag, sequence: await nextSequence(db, 'caseSequence', year, deviceTag) });
}

/**
 * The next action item reference of this device, e.g. `AI-2026-K7QX-014`: two delegation
 * members capturing the same meeting offline never hand out the same reference.
 */
export async function allocateActionItemReference(db: AttacheDb, deviceId: string, now: Date = new Date()): Promise<string> {
  const year = now.getFullYear();
  const deviceTag = deviceTagFromId(deviceId);
  return formatActionItemReference(year, await nextSequence(db, 'actionItemSequence', year, deviceTag), deviceTag);
}
