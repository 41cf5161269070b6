import type { SyncedTable } from '../../shared/domain';
import type { ServerRow } from '../../shared/sync/mergeTypes';
import { groupClocks, type ClockGroup } from '../../shared/sync/clockGroups';
import { fieldMetaOf } from '../../shared/sync/wire';
import type { SqlTx } from '../db/sql';
import { toNumber } from '../db/sql';

/** `(table, id)` as one map key. */
export const rowKey = (table: string, id: string) => `${table}\u0000${id}`;

interface RowRecord {
  tbl: string;
  id: string;
  /** `json` columns: their text (server/db/sql.ts). */
  fields: string;
  field_meta: string;
  version: unknown;
  deleted: boolean;
}

/**
 * Loads the current rows a batch touches, in one query whatever the batch size (the keys travel as
 * one JSON parameter). Only rows of `workspaceId`: another workspace's row with the same id is
 * invisible here, so a push can never read or touch it.
 */
export async function loadRows(
  tx: SqlTx,
  workspaceId: string,
  keys: { table: SyncedTable; id: string }[],
): Promise<Map<string, ServerRow>> {
  const rows = await tx.query<RowRecord>(
    `SELECT r.tbl, r.id, r.fields, r.field_meta, r.version, r.deleted
       FROM rows r
       JOIN jsonb_to_recordset($2::jsonb) AS k(tbl text, id text) ON r.tbl = k.tbl AND r.id = k.id
      WHERE r.workspace_id = $1`,
    [workspaceId, JSON.stringify(keys.map((k) => ({ tbl: k.table, id: k.id })))],
  );
  const map = new Map<string, ServerRow>();
  for (const r of rows) {
    const fields = JSON.parse(r.fields) as Record<string, unknown>;
    map.set(rowKey(r.tbl, r.id), {
      table: r.tbl as SyncedTable,
      id: r.id,
      fields,
      fieldMeta: fieldMetaOf({ clocks: JSON.parse(r.field_meta) as ClockGroup[], fields }),
      version: toNumber(r.version),
      deleted: r.deleted,
    });
  }
  return map;
}

/**
 * Writes the final state of every row a batch changed. `stored` holds the keys of the rows the
 * server had when the batch read them (`loadRows`, under the workspace's lock, so no other push
 * can add one meanwhile): those are upserted, and every other row, new to the server, is inserted
 * plainly. A batch of new records, a list import, is the common large one, and there the conflict
 * check of an upsert (a speculative insertion per row) took a third of the statement: EXPLAIN
 * ANALYZE of 1,000 new cases gave 29–35 ms with it, 15–26 ms without.
 */
export async function saveRows(tx: SqlTx, workspaceId: string, rows: ServerRow[], stored: ReadonlySet<string>): Promise<void> {
  const created: ServerRow[] = [];
  const updated: ServerRow[] = [];
  for (const row of rows) (stored.has(rowKey(row.table, row.id)) ? updated : created).push(row);
  if (created.length > 0) await tx.query(insertRows, rowParameters(workspaceId, created));
  if (updated.length > 0) await tx.query(`${insertRows} ${onConflictUpdate}`, rowParameters(workspaceId, updated));
}

/**
 * Each column travels as one parameter: keys, versions and flags as arrays, and the `fields` and
 * `field_meta` values as one JSON array each, whose elements are stored as the text they arrive as
 * (clocks grouped, shared/sync/clockGroups.ts). Sent as one array of records (json_to_recordset),
 * PostgreSQL parsed every record into a hash table and each stored value a second time, which cost
 * it more CPU than the writes themselves.
 */
const insertRows = `INSERT INTO rows (workspace_id, tbl, id, fields, field_meta, version, deleted, updated_at)
     SELECT $1, r.tbl, r.id, f.value, m.value, r.version, r.deleted, now()
       FROM unnest($2::text[], $3::text[], $4::bigint[], $5::boolean[]) WITH ORDINALITY AS r(tbl, id, version, deleted, n)
       JOIN json_array_elements($6::json) WITH ORDINALITY AS f(value, n) USING (n)
       JOIN json_array_elements($7::json) WITH ORDINALITY AS m(value, n) USING (n)`;

const onConflictUpdate = `ON CONFLICT (workspace_id, tbl, id) DO UPDATE
        SET fields = excluded.fields, field_meta = excluded.field_meta, version = excluded.version,
            deleted = excluded.deleted, updated_at = excluded.updated_at`;

function rowParameters(workspaceId: string, rows: ServerRow[]): unknown[] {
  return [
    workspaceId,
    rows.map((r) => r.table),
    rows.map((r) => r.id),
    rows.map((r) => r.version),
    rows.map((r) => r.deleted),
    JSON.stringify(rows.map((r) => r.fields)),
    // A row whose fields share one clock stores it without their names (clockGroups.ts), and a
    // first download sends it so: a fifth fewer bytes to send, read and parse.
    JSON.stringify(rows.map((r) => groupClocks(r.fieldMeta, Object.keys(r.fields)))),
  ];
}
