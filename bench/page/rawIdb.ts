// IndexedDB helpers shared by the bench page's suites: the raw baselines open and delete databases
// without Dexie (so they carry none of its bookkeeping), and both suites sample what was written.
import { AttacheDb } from '../../renderer/db';
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

/**
 * The key shapes of one case row and its clocks entry (plus outbox and audit entries when asked),
 * so a report can show that two writers stored the same things.
 */
export async function sampleShapes(dbName: string, withQueues: boolean): Promise<ShapeSample & { outbox?: string[]; audit?: string[] }> {
  const db = new AttacheDb(dbName);
  await db.open();
  const [row, clocks, entry, audit] = await Promise.all([
    db.cases.limit(1).first(),
    db.fieldMeta.limit(1).first(),
    withQueues ? db.outbox.limit(1).first() : undefined,
    withQueues ? db.changeLog.limit(1).first() : undefined,
  ]);
  db.close();
  const shapes: ShapeSample = {
    row: keys(row),
    fieldMeta: keys(clocks),
    fieldMetaFields: keys(clocks?.fields),
    fieldMetaClock: [...new Set(Object.values(clocks?.fields ?? {}).map((c) => keys(c).join('+')))],
  };
  return withQueues ? { ...shapes, outbox: keys(entry), audit: keys(audit) } : shapes;
}
