import { syncedTables, type SyncedTable } from '../../shared/domain';
import type { AttacheDb } from '../db/AttacheDb';
import { withClocks } from '../db/rowClocks';
import type { OutboxEntry } from '../db/types';
import { importedWorkspaceKey, type ImportedWorkspace } from './workspaceFileOrigin';
import { WorkspaceFileError } from './workspaceFileError';
import type { SnapshotBlob, WorkspaceSnapshot } from './workspaceSnapshot';

/** Called as the write goes: how many of the `total` steps are done. */
export type WriteProgress = (done: number, total: number) => void;

/** Meta keys `commitChanges` owns; the import sets them so later local edits continue from the file. */
const lastHlcKey = 'lastHlc';
const lastMutationIdKey = 'lastMutationId';

/** Whether `db` holds any synced row (tombstones too) or unsent change. */
export async function holdsRecords(db: AttacheDb): Promise<boolean> {
  for (const table of tablesOf(db)) if ((await db.table(table).count()) > 0) return true;
  return (await db.outbox.count()) > 0;
}

/**
 * Loads a workspace file's records into `db`, an EMPTY workspace database (no synced row, no
 * unsent change; else `WorkspaceFileError('profile_not_empty')` and nothing written): merging
 * into existing work could silently replace newer local edits with the file's older ones.
 *
 * Rows keep their server versions and per-field clocks, so the officer's next edits are based on
 * the versions the server knows; the unsent changes come along (renumbered from 1) and stay
 * queued until the device connects; `lastHlc` moves past every clock in the file. Everything is
 * sealed with this database's key as it is written, in ONE transaction: all or nothing.
 */
export async function importWorkspaceSnapshot(
  db: AttacheDb,
  snapshot: WorkspaceSnapshot,
  blobs: readonly SnapshotBlob[],
  options: { now?: () => Date; onProgress?: WriteProgress } = {},
): Promise<void> {
  if (await holdsRecords(db)) throw notEmpty();
  const tables = tablesOf(db).filter((t) => (snapshot.rows[t]?.length ?? 0) > 0);
  const rows = rowsWithClocks(snapshot, tables);
  const outbox: OutboxEntry[] = snapshot.outbox.map((entry, i) => ({ ...entry, mutationId: i + 1 }));
  const imported: ImportedWorkspace = { ...snapshot.origin, exportedAt: snapshot.exportedAt, importedAt: (options.now?.() ?? new Date()).toISOString() };
  const total = tables.length + 2;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);

  // Sealed with WebCrypto before the transaction (several times faster than inside it: commitChanges).
  for (const table of tables) await db.preseal(table, rows.get(table)!);
  await Promise.all([db.preseal('outbox', outbox), db.preseal('changeLog', snapshot.changeLog), db.preseal('viewLog', snapshot.viewLog)]);
  step();

  const stores = [...tables.map((t) => db.table(t)), db.outbox, db.changeLog, db.viewLog, db.hsCodes, db.blobs, db.blobUploads, db.meta];
  await db.transaction('rw', [...new Set([...stores, ...tablesOf(db).map((t) => db.table(t))])], async () => {
    // Checked again where it counts: nothing may have been written since the first look.
    if (await holdsRecords(db)) throw notEmpty();
    for (const table of tables) {
      await db.table(table).bulkAdd(rows.get(table)!);
      step();
    }
    const stored = await db.meta.get(lastHlcKey);
    await Promise.all([
      db.outbox.bulkAdd(outbox),
      db.changeLog.bulkAdd(snapshot.changeLog),
      db.viewLog.bulkPut(snapshot.viewLog),
      db.hsCodes.bulkPut(snapshot.hsCodes),
      db.blobs.bulkPut(blobs.map(({ sha256, size, bytes }) => ({ sha256, size, bytes }))),
      db.blobUploads.bulkPut(snapshot.blobUploads.map((sha256) => ({ sha256, queuedAt: imported.importedAt }))),
      db.meta.bulkPut([
        ...withValue(lastHlcKey, latestHlc(snapshot, stored?.value as string | undefined)),
        { key: lastMutationIdKey, value: outbox.length },
        { key: importedWorkspaceKey, value: imported },
      ]),
    ]);
    step();
  });
}

/** The file's rows of `tables`, each carrying its clocks from the file's `clocks`. */
function rowsWithClocks(snapshot: WorkspaceSnapshot, tables: readonly SyncedTable[]): Map<SyncedTable, Record<string, unknown>[]> {
  const clocks = new Map(snapshot.clocks.map((entry) => [`${entry.table}/${entry.id}`, entry.fields]));
  return new Map(
    tables.map((table) => [
      table,
      snapshot.rows[table]!.map((row) => {
        const fields = clocks.get(`${table}/${row.id}`);
        return fields ? withClocks(row, fields) : row;
      }),
    ]),
  );
}

function tablesOf(db: AttacheDb): SyncedTable[] {
  const declared = new Set(db.tables.map((t) => t.name));
  return syncedTables.filter((t) => declared.has(t));
}

/** The highest clock in the file (or the one stored): local edits after the import sort after everything in it. */
function latestHlc(snapshot: WorkspaceSnapshot, stored: string | undefined): string | undefined {
  let latest = stored;
  const see = (hlc: string) => {
    if (latest === undefined || hlc > latest) latest = hlc;
  };
  for (const { fields } of snapshot.clocks) for (const { hlc } of Object.values(fields)) see(hlc);
  for (const { hlc } of snapshot.outbox) see(hlc);
  return latest;
}

function withValue(key: string, value: string | undefined) {
  return value === undefined ? [] : [{ key, value }];
}

function notEmpty(): WorkspaceFileError {
  return new WorkspaceFileError('profile_not_empty', 'This profile already holds records: a workspace file is only imported into an empty profile');
}
