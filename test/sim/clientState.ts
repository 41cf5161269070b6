/** Read-only views of one client's local database, taken in one read transaction (a consistent snapshot). */
import { syncedTables } from '../../shared/domain';
import type { FieldMeta } from '../../shared/sync';
import type { AttacheDb } from '../../renderer/db/AttacheDb';
import type { OutboxEntry } from '../../renderer/db/types';
import { clocksOf } from '../../renderer/db/rowClocks';
import { syncMetaKeys } from '../../renderer/features/sync/syncState';

export interface ClientRow {
  table: string;
  id: string;
  fields: Record<string, unknown>;
  version: number;
  deleted: 0 | 1;
}

export interface ClientSnapshot {
  cursor: number;
  rows: Map<string, ClientRow>;
  fieldMeta: Map<string, FieldMeta>;
  outbox: OutboxEntry[];
  repairs: unknown[];
}

/** The synced tables this database declares. */
export function syncedTablesIn(db: AttacheDb): string[] {
  const declared = new Set(db.tables.map((t) => t.name));
  return syncedTables.filter((t) => declared.has(t));
}

export async function snapshot(db: AttacheDb): Promise<ClientSnapshot> {
  const tables = syncedTablesIn(db);
  return db.transaction('r', [...tables.map((t) => db.table(t)), db.outbox, db.meta], async () => {
    const rows = new Map<string, ClientRow>();
    const fieldMeta = new Map<string, FieldMeta>();
    for (const table of tables) {
      for (const stored of (await db.table(table).toArray()) as Record<string, unknown>[]) {
        const { id, version, deleted, clocks, ...fields } = stored;
        rows.set(`${table}:${String(id)}`, { table, id: String(id), fields, version: Number(version), deleted: deleted === 1 ? 1 : 0 });
        if (clocks !== undefined) fieldMeta.set(`${table}:${String(id)}`, clocksOf(stored));
      }
    }
    const cursor = await db.meta.get(syncMetaKeys.cursor);
    const repairs = await db.meta.get(syncMetaKeys.repair);
    return {
      cursor: typeof cursor?.value === 'number' ? cursor.value : 0,
      rows,
      fieldMeta,
      outbox: await db.outbox.orderBy(':id').toArray(),
      repairs: Array.isArray(repairs?.value) ? repairs.value : [],
    };
  });
}

/** JSON with sorted keys: equality of field values and metadata regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
