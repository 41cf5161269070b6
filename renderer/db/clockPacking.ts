import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { groupClocks, ungroupClocks, type ClockGroup } from '../../shared/sync';
import type { FieldMetaEntry } from './types';

/**
 * How a `fieldMeta` entry is kept on disk: its clocks grouped (shared/sync/clockGroups.ts), so IndexedDB
 * clones a handful of values per row instead of an object per field on every write, and a first
 * download writes one small entry per row.
 */
export interface PackedClocks {
  table: FieldMetaEntry['table'];
  id: string;
  groups: ClockGroup[];
}

export function packClocks({ table, id, fields }: FieldMetaEntry): PackedClocks {
  return { table, id, groups: groupClocks(fields) };
}

/** The entry as the rest of the app sees it; an entry stored before packing existed is returned as is. */
export function unpackClocks(stored: PackedClocks | FieldMetaEntry): FieldMetaEntry {
  return 'groups' in stored ? { table: stored.table, id: stored.id, fields: ungroupClocks(stored.groups) } : stored;
}

const unpackOrNothing = (value: unknown) => (value === undefined ? value : unpackClocks(value as PackedClocks));

/** A cursor whose `value` is unpacked (Dexie reads `each`, `modify` and filtered queries through cursors). */
function unpackingCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    value: { get: () => unpackOrNothing(cursor.value) },
  }) as DBCoreCursor;
}

function packingTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? table.mutate({ ...req, values: req.values.map((v: FieldMetaEntry) => packClocks(v)) })
        : table.mutate(req),
    get: async (req) => unpackOrNothing(await table.get(req)),
    getMany: async (req) => (await table.getMany(req)).map(unpackOrNothing),
    query: async (req) => {
      const response = await table.query(req);
      return req.values ? { ...response, result: response.result.map(unpackOrNothing) } : response;
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      return cursor && req.values !== false ? unpackingCursor(cursor) : cursor;
    },
  };
}

/**
 * Dexie middleware that packs `fieldMeta` entries on write and unpacks them on every read path,
 * so code above the database never sees the packed shape. Level 1: directly above IndexedDB, below
 * Dexie's own caches and hooks.
 */
export const clockPacking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'clockPacking',
  level: 1,
  create: (down) => ({
    ...down,
    table: (name) => (name === 'fieldMeta' ? packingTable(down.table(name)) : down.table(name)),
  }),
};
