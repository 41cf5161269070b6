// IndexedDB helpers shared by the bench page's suites: the raw baselines open and delete databases
// without Dexie (so they carry none of its bookkeeping), and both suites sample what was written.
import type { ShapeSample } from '../sync/pageApi';

export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const keys = (value: unknown) => Object.keys((value ?? {}) as object).sort();

/** The first value of a store, read with plain IndexedDB (so what is stored, not what Dexie shows). */
function firstStored(idb: IDBDatabase, store: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store).objectStore(store).openCursor();
    request.onsuccess = () => resolve(request.result?.value);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The key shapes of one stored case row and of the clock groups it carries (plus outbox and audit
 * entries when asked), so a report can show that two writers stored the same things.
 */
export async function sampleShapes(dbName: string, withQueues: boolean): Promise<ShapeSample & { outbox?: string[]; audit?: string[] }> {
  const idb = await openRaw(dbName);
  const [row, entry, audit] = await Promise.all([
    firstStored(idb, 'cases') as Promise<{ clocks?: unknown[] } | undefined>,
    withQueues ? firstStored(idb, 'outbox') : undefined,
    withQueues ? firstStored(idb, 'changeLog') : undefined,
  ]);
  idb.close();
  const shapes: ShapeSample = {
    row: keys(row),
    clockGroup: [...new Set((row?.clocks ?? []).map((g) => keys(g).join('+')))],
  };
  return withQueues ? { ...shapes, outbox: keys(entry), audit: keys(audit) } : shapes;
}
