import type { AttacheDb } from '../db/AttacheDb';
import { latestSchemaVersion } from '../db/schemaVersions';
import { syncedTables, type SyncedTable } from '../../shared/domain';
import type { RowClocks } from '../../shared/sync';
import { clocksOf } from '../db/rowClocks';
import type { SnapshotBlob, SnapshotRow, WorkspaceOrigin, WorkspaceSnapshot } from './workspaceSnapshot';

/** Called after each table is read: how many of the `total` steps are done. */
export type ReadProgress = (done: number, total: number) => void;

/**
 * Reads everything a workspace file carries from `db` (see `WorkspaceSnapshot`) in ONE read
 * transaction, so rows, their clocks and the unsent changes agree with one another even while
 * the sync engine or another window writes. The files' bytes come apart, for the payload.
 */
export async function readWorkspaceSnapshot(
  db: AttacheDb,
  origin: WorkspaceOrigin,
  options: { now?: () => Date; onProgress?: ReadProgress } = {},
): Promise<{ snapshot: Omit<WorkspaceSnapshot, 'blobs'>; blobs: SnapshotBlob[] }> {
  const declared = new Set(db.tables.map((t) => t.name));
  const tables = syncedTables.filter((t) => declared.has(t));
  const others = [db.outbox, db.changeLog, db.viewLog, db.hsCodes, db.blobs, db.blobUploads];
  const total = tables.length + 1;
  return db.transaction('r', [...tables.map((t) => db.table(t)), ...others], async () => {
    const rows: Partial<Record<SyncedTable, SnapshotRow[]>> = {};
    const clocks: RowClocks[] = [];
    for (const [i, table] of tables.entries()) {
      const read = await db.table<SnapshotRow, string>(table).toArray();
      if (read.length > 0) rows[table] = read.map((row) => withoutClocks(table, row, clocks));
      options.onProgress?.(i + 1, total);
    }
    const [outbox, changeLog, viewLog, hsCodes, blobs, blobUploads] = await Promise.all([
      db.outbox.orderBy('mutationId').toArray(),
      db.changeLog.orderBy('seq').toArray(),
      db.viewLog.toArray(),
      db.hsCodes.toArray(),
      db.blobs.toArray(),
      db.blobUploads.toCollection().primaryKeys(),
    ]);
    options.onProgress?.(total, total);
    return {
      snapshot: {
        schemaVersion: latestSchemaVersion,
        exportedAt: (options.now?.() ?? new Date()).toISOString(),
        origin,
        rows,
        clocks,
        outbox,
        // The audit's numbering is this database's; the importing one numbers them anew.
        changeLog: changeLog.map(({ seq: _seq, ...entry }) => entry),
        viewLog,
        hsCodes,
        blobUploads: blobUploads as string[],
      },
      blobs: blobs.map(({ sha256, size, bytes }) => ({ sha256, size, bytes })),
    };
  });
}

/** `row` without its clocks, which go to `clocks` per field: the file keeps them beside the rows. */
function withoutClocks(table: SyncedTable, row: SnapshotRow & { clocks?: unknown }, clocks: RowClocks[]): SnapshotRow {
  if (row.clocks !== undefined) clocks.push({ table, id: row.id, fields: clocksOf(row) });
  const { clocks: _clocks, ...rest } = row;
  return rest;
}
