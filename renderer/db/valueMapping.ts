import type { DBCoreCursor, DBCoreTable } from 'dexie';

/** How a middleware turns a value into its stored shape and back. */
export interface ValueMapping {
  toStored(value: unknown): unknown;
  /** Called with stored values only (never `undefined`: a missing row stays missing). */
  fromStored(stored: unknown): unknown;
}

/**
 * A DBCore table that writes every value through `toStored` and reads every value through
 * `fromStored` on all of Dexie's read paths (get, getMany, query and cursors, which `each`,
 * `modify` and filtered collections use), so code above never sees the stored shape.
 */
export function mappedTable(table: DBCoreTable, mapping: ValueMapping): DBCoreTable {
  const read = (value: unknown) => (value === undefined ? value : mapping.fromStored(value));
  // `.then` on the promises Dexie returns, never `async`/`await`: Dexie's promises carry the
  // transaction zone its hooks read (PSD.trans), and a native async function would drop it.
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map((v) => mapping.toStored(v)) }) : table.mutate(req),
    get: (req) => table.get(req).then(read),
    getMany: (req) => table.getMany(req).then((values) => values.map(read)),
    query: (req) => table.query(req).then((response) => (req.values ? { ...response, result: response.result.map(read) } : response)),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor && req.values !== false ? mappedCursor(cursor, read) : cursor)),
  };
}

/**
 * A cursor whose `value` is mapped once per position (Dexie may read it several times). Directly
 * above IndexedDB the cursor is the browser's own IDBCursor: its `key` and `primaryKey` getters
 * must run on it, not on the wrapper (they throw "Illegal invocation" otherwise); its methods are
 * Dexie's bound functions and inherit safely.
 */
function mappedCursor(cursor: DBCoreCursor, read: (value: unknown) => unknown): DBCoreCursor {
  let stored: unknown;
  let mapped: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const current: unknown = cursor.value;
        if (current !== stored) {
          stored = current;
          mapped = read(current);
        }
        return mapped;
      },
    },
  }) as DBCoreCursor;
}
