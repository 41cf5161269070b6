import type { DBCore, Middleware } from 'dexie';
import { groupClocks, ungroupClocks, type ClockGroup } from '../../shared/sync';
import type { FieldMetaEntry } from './types';
import { mappedTable, type ValueMapping } from './valueMapping';

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

const packing: ValueMapping = {
  toStored: (value) => packClocks(value as FieldMetaEntry),
  fromStored: (stored) => unpackClocks(stored as PackedClocks),
};

/**
 * Dexie middleware that packs `fieldMeta` entries on write and unpacks them on every read path,
 * so code above the database never sees the packed shape. Level 1: below Dexie's hooks (2), above
 * its caches and change tracking (0, -1), which therefore hold packed entries.
 */
export const clockPacking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'clockPacking',
  level: 1,
  create: (down) => ({
    ...down,
    table: (name) => (name === 'fieldMeta' ? mappedTable(down.table(name), packing) : down.table(name)),
  }),
};
