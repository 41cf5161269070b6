import type { IntervalTree, ObservabilitySet } from 'dexie';
import { isSearchTable, type SearchTable } from './searchTypes';

/** What changed in one indexed table: these ids, or anything (re-read it whole). */
export type TableChange = string[] | 'all';

/** Past this many ids, one read of the whole table is simpler than many lookups. */
const maxIds = 2000;

/**
 * The indexed records a Dexie 'storagemutated' event reports changed in database `dbName`.
 * Dexie names each changed table's primary keys in the part `idb://<db>/<table>/` as ranges:
 * writes of under 50 rows list their ids (single-key ranges); bigger writes, deletes by range
 * and clears mark the whole table, which becomes 'all'. Parts of other databases and tables,
 * and secondary-index parts, are ignored.
 */
export function mutatedRecords(parts: ObservabilitySet, dbName: string): Map<SearchTable, TableChange> {
  const changes = new Map<SearchTable, TableChange>();
  const prefix = `idb://${dbName}/`;
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const rest = part.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash < 0 || slash !== rest.length - 1) continue; // '' is the primary key's part
    const table = rest.slice(0, slash);
    if (!isSearchTable(table)) continue;
    const ids = keysOf(tree);
    if (ids === null || ids.length > maxIds) changes.set(table, 'all');
    else if (ids.length > 0) changes.set(table, ids);
  }
  return changes;
}

/** The single keys of an interval tree, or null when it holds a real range. */
function keysOf(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue; // an empty tree
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/** Adds `change` to what is already pending for a table. */
export function mergeChange(pending: TableChange | undefined, change: TableChange): TableChange {
  if (pending === 'all' || change === 'all') return 'all';
  if (!pending) return change;
  const merged = [...new Set([...pending, ...change])];
  return merged.length > maxIds ? 'all' : merged;
}
