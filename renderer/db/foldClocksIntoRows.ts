import type { Transaction } from 'dexie';
import type { ClockGroup, FieldMeta } from '../../shared/sync';
import { groupClocks } from '../../shared/sync';
import { clocksProperty } from './rowClocks';

/** The store of per-row clocks before version 9, keyed `[table+id]`. */
export const legacyClocksStore = 'fieldMeta';

/** An entry of `legacyClocksStore`: packed (`groups`), or per field as version 1 first stored them. */
type LegacyClocks = { table: string; id: string; groups?: unknown; fields?: unknown };

function groupsOf(entry: LegacyClocks): ClockGroup[] | null {
  if (Array.isArray(entry.groups)) return entry.groups as ClockGroup[];
  if (entry.fields && typeof entry.fields === 'object') return groupClocks(entry.fields as FieldMeta);
  return null;
}

/**
 * Schema version 9's upgrade: each entry of the clocks store goes into its row as the row's
 * `clocks` (renderer/db/rowClocks.ts); Dexie deletes the store after. Works on the stored shapes,
 * beneath the sealing middleware: clocks are kept in clear, so rows need not be opened and sealed
 * again (a 100k-case workspace would pay both). Groups keep their field names here, since a
 * sealed row's fields cannot be counted without opening it; the row's next write drops them if
 * they are all its fields. An entry of no stored row, or of no shape this app ever wrote, is
 * dropped with the store rather than failing the upgrade (which would keep the workspace shut).
 */
export function foldClocksIntoRows(tx: Transaction): Promise<void> {
  const idb = tx.idbtrans;
  return new Promise((resolve, reject) => {
    const entries = idb.objectStore(legacyClocksStore).openCursor();
    entries.onerror = () => reject(entries.error);
    entries.onsuccess = () => {
      const cursor = entries.result;
      if (!cursor) return resolve();
      const entry = cursor.value as LegacyClocks;
      const groups = groupsOf(entry);
      if (groups && typeof entry.table === 'string' && idb.objectStoreNames.contains(entry.table)) {
        const rows = idb.objectStore(entry.table);
        const row = rows.get(entry.id);
        row.onsuccess = () => {
          const stored = row.result as Record<string, unknown> | undefined;
          if (stored) rows.put({ ...stored, [clocksProperty]: groups });
        };
      }
      cursor.continue();
    };
  });
}
