import type { Transaction } from 'dexie';
import type { ClockGroup, FieldMeta } from '../../shared/sync';
import { groupClocks } from '../../shared/sync';
import { clocksProperty } from './rowClocks';

/** The store of per-row clocks before version 9, keyed `[table+id]`. */
export const legacyClocksStore = 'fieldMeta';

/** An entry of `legacyClocksStore`: packed (`groups`), or per field as version 1 first stored them. */
type LegacyClocks = { table: string; id: string; groups?: unknown; fields?: unknown };

/** What an upgrade needs of `IDBKeyRange`. */
export type KeyRanges = Pick<typeof IDBKeyRange, 'bound'>;

/** Entries (and rows) read per round trip: bounded, so a large workspace is not read whole. */
const chunkSize = 2_000;

function groupsOf(entry: LegacyClocks): ClockGroup[] | null {
  if (Array.isArray(entry.groups)) return entry.groups as ClockGroup[];
  if (entry.fields && typeof entry.fields === 'object') return groupClocks(entry.fields as FieldMeta);
  return null;
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Schema version 9's upgrade: each entry of the clocks store goes into its row as the row's
 * `clocks` (renderer/db/rowClocks.ts); Dexie deletes the store after. Works on the stored shapes,
 * beneath the sealing middleware: clocks are kept in clear, so rows need not be opened and sealed
 * again (a 100k-case workspace would pay both). Reads a store's entries and rows a chunk at a time
 * (two round trips per chunk, not one per row: 20,000 cases took 9 s in Chromium that way) and
 * writes without waiting. Groups keep their field names here, since a sealed row's fields cannot
 * be counted without opening it; the row's next write drops them if they are all its fields. An
 * entry of no stored row, or of no shape this app ever wrote, is dropped with the store rather
 * than failing the upgrade (which would keep the workspace shut). `keyRange`: the IndexedDB's own
 * `IDBKeyRange` (tests run on another implementation than the app).
 */
export async function foldClocksIntoRows(tx: Transaction, keyRange: KeyRanges): Promise<void> {
  const idb = tx.idbtrans;
  const clocks = idb.objectStore(legacyClocksStore);
  for (const table of Array.from(idb.objectStoreNames)) {
    if (table === legacyClocksStore) continue;
    const rows = idb.objectStore(table);
    // Keys are [table, id]: every id of `table` sorts between [table] and [table, []] (arrays after strings).
    let after: string | null = null;
    for (;;) {
      const range: IDBKeyRange = after === null ? keyRange.bound([table], [table, []]) : keyRange.bound([table, after], [table, []], true, false);
      const entries = (await result(clocks.getAll(range, chunkSize))) as LegacyClocks[];
      if (entries.length === 0) break;
      const first = entries[0]!.id;
      const last = entries[entries.length - 1]!.id;
      const stored = (await result(rows.getAll(keyRange.bound(first, last)))) as Record<string, unknown>[];
      const byId = new Map(stored.map((row) => [row.id, row]));
      for (const entry of entries) {
        const row = byId.get(entry.id);
        const groups = groupsOf(entry);
        if (row && groups) rows.put({ ...row, [clocksProperty]: groups });
      }
      if (entries.length < chunkSize) break;
      after = last;
    }
  }
}
