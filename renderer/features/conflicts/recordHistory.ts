import type { FieldHistoryEntry, RecordTable } from '../../../shared/domain';
import type { AttacheDb, ChangeLogEntry } from '../../db';

/** One line of a record's history, newest first. `at` is an ISO datetime; `key` is stable for React. */
export type HistoryItem =
  | { kind: 'created' | 'deleted'; key: string; at: string; author: string }
  | { kind: 'changed'; key: string; at: string; author: string; field: string; old: unknown; new: unknown }
  | {
      kind: 'replaced';
      key: string;
      /** When the server replaced the value (`replacedAt`). */
      at: string;
      author: string;
      field: string;
      value: unknown;
      /** The HLC of the losing value: when its author wrote it. */
      hlc: string;
    };

/** `updatedAt` moves with every edit: listing it would double every line without saying anything. */
const unlistedFields = new Set(['updatedAt']);

/** Most audit entries a history reads: a bounded query even for a record edited for years. */
export const historyReadLimit = 500;

/**
 * Merges this device's audit of a record (`changeLog`: who changed which field from what to what)
 * with the losing values of its ordinary fields (`fieldHistory`, server-authored: values replaced
 * by a concurrent edit elsewhere), newest first. An update becomes one line per changed field; a
 * create or delete one line. Entries of another table with the same id are ignored.
 */
export function buildRecordHistory(
  table: RecordTable,
  changeLog: readonly ChangeLogEntry[],
  fieldHistory: readonly FieldHistoryEntry[],
): HistoryItem[] {
  const items: (HistoryItem & { order: number })[] = [];
  for (const entry of changeLog) {
    if (entry.table !== table) continue;
    const base = { at: entry.at, author: entry.actor, order: entry.seq ?? 0 };
    if (entry.op !== 'update') {
      items.push({ ...base, kind: entry.op === 'create' ? 'created' : 'deleted', key: `log-${entry.seq}` });
      continue;
    }
    for (const [field, change] of Object.entries(entry.changes)) {
      if (unlistedFields.has(field)) continue;
      items.push({ ...base, kind: 'changed', key: `log-${entry.seq}-${field}`, field, old: change.old, new: change.new });
    }
  }
  for (const entry of fieldHistory) {
    if (entry.recordTable !== table) continue;
    items.push({
      kind: 'replaced',
      key: `history-${entry.id}`,
      at: entry.replacedAt,
      author: entry.author,
      field: entry.field,
      value: entry.value,
      hlc: entry.hlc,
      order: 0,
    });
  }
  // Stable sort: lines of one audit entry keep their field order.
  items.sort((a, b) => (a.at === b.at ? b.order - a.order : a.at < b.at ? 1 : -1));
  return items.map(({ order: _order, ...item }) => item as HistoryItem);
}

/** Reads and merges a record's history (the newest `historyReadLimit` audit entries). */
export async function loadRecordHistory(db: AttacheDb, table: RecordTable, recordId: string): Promise<HistoryItem[]> {
  return db.transaction('r', db.changeLog, db.fieldHistory, async () => {
    const [changeLog, fieldHistory] = await Promise.all([
      db.changeLog.where('recordId').equals(recordId).reverse().limit(historyReadLimit).toArray(),
      db.fieldHistory.where('recordId').equals(recordId).toArray(),
    ]);
    return buildRecordHistory(
      table,
      changeLog,
      fieldHistory.filter((entry) => entry.deleted === 0),
    );
  });
}
