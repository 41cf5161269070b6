import { isAdminTable, isServerAuthoredTable, type SyncedTable } from '../../../shared/domain';
import { fieldMetaOf, type GroupedPulledChange } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import { clocksOf } from '../../db';
import type { OutboxEntry } from '../../db/types';
import { applyPage, pendingByRecord, recordKey, syncedTablesOf } from './applyPage';
import { lostChanges, type HeldRecord, type LostChange } from './lostChanges';
import { firstSyncPageSize, resetCursor, type PullOptions } from './pullChanges';
import { acknowledgedMutationId, readRepairs } from './pushOutbox';
import type { SyncClient } from './syncClient';
import { SyncError } from './syncError';
import { loadSyncSettings } from './syncSettings';
import { clientSchemaVersion, syncMetaKeys } from './syncState';

/**
 * Reconciling with a server that lost history (restored from a backup, or a re-enrollment): the
 * device downloads everything again, and while it does, every change it holds that the server
 * lacks (its own acknowledged changes and other devices' it had pulled) goes back into its outbox
 * as an ordinary put or delete (lostChanges.ts), before the page's rows are written, so the local
 * view keeps showing them and the next push sends them. Records the server no longer has at all
 * are found after the last page (`requeueMissing`). The flag lives in `meta`: a reconciliation cut
 * short by a crash starts again from the first page at the next sync (each step is idempotent:
 * a change already queued is pending and not queued twice).
 */
export async function reconcileWithServer(db: AttacheDb, client: SyncClient, options: PullOptions): Promise<void> {
  await resetCursor(db);
  const seen = new Set<string>();
  let cursor = 0;
  let received = 0;
  let serverMutationId: number;
  for (;;) {
    const limit = options.pageSizes?.first ?? firstSyncPageSize;
    const page = await client.pull({ deviceId: options.deviceId, schemaVersion: clientSchemaVersion, cursor, limit });
    if (page.resetRequired) throw new SyncError('invalid_response', 200, 'The server asked for a reset during a full download');
    serverMutationId = page.lastMutationId;
    const hlc = await applyPage(db, page.changes, {
      cursor: page.cursor,
      beforeWrite: { stores: reconcileStores(db), run: () => requeueLostInPage(db, page.changes) },
    });
    for (const change of page.changes) seen.add(recordKey(change.table, change.id));
    if (hlc) options.onHlc?.(hlc);
    received += page.changes.length;
    options.onPage?.(received);
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  await requeueMissing(db, seen, serverMutationId);
}

/** The tables a reconciliation writes besides the synced ones. */
export const reconcileStores = (db: AttacheDb) => [db.outbox, db.meta, db.blobUploads];

/**
 * Which tables this device may push again: none for a viewer (the server refuses its pushes), the
 * administration's tables only for an administrator, never the server-authored ones.
 */
async function pushableTables(db: AttacheDb): Promise<(table: SyncedTable) => boolean> {
  const role = (await loadSyncSettings(db))?.member.role;
  if (role === 'viewer') return () => false;
  return (table) => !isServerAuthoredTable(table) && (role === 'admin' || !isAdminTable(table));
}

type StoredRow = Record<string, unknown> & { id: string; version: number; deleted: 0 | 1 };

function held(table: SyncedTable, row: StoredRow): HeldRecord {
  const { id, version: _version, deleted, clocks: _clocks, ...fields } = row;
  return { table, id, fields, clocks: clocksOf(row), deleted: deleted === 1 };
}

/** Local rows and clocks of `ids` in `table` (undefined where this device has no such row). */
async function readHeld(db: AttacheDb, table: SyncedTable, ids: string[]): Promise<(HeldRecord | undefined)[]> {
  const rows = await db.table<StoredRow, string>(table).bulkGet(ids);
  return rows.map((row) => (row ? held(table, row) : undefined));
}

/** Appends changes to the outbox with the next mutation ids, and queues the bytes of attachments they name. */
async function enqueue(db: AttacheDb, changes: LostChange[]): Promise<void> {
  if (changes.length === 0) return;
  const stored = await db.meta.get(syncMetaKeys.lastMutationId);
  let mutationId = typeof stored?.value === 'number' ? stored.value : 0;
  const createdAt = new Date().toISOString();
  const entries = changes.map((c) => ({ ...c, mutationId: ++mutationId, createdAt }) as OutboxEntry);
  await db.outbox.bulkAdd(entries);
  await db.meta.bulkPut([
    { key: syncMetaKeys.lastMutationId, value: mutationId },
    { key: syncMetaKeys.reconcile, value: 'requeuing' },
  ]);
  // The server may have lost the bytes with the record: sent again first (bytes gone here are skipped).
  const hashes = changes.filter((c) => c.table === 'attachments' && typeof c.fields?.sha256 === 'string').map((c) => c.fields?.sha256 as string);
  if (hashes.length > 0) await db.blobUploads.bulkPut(hashes.map((sha256) => ({ sha256, queuedAt: createdAt })));
}

/**
 * A server that lost mutations it had acknowledged expects the next id after its `lastMutationId`:
 * the outbox is renumbered to follow it. Otherwise, with nothing left to push (another device
 * may have sent all this one's lost work again), the device's ids would stay ahead of the server's
 * and every later pull would look like another loss.
 */
async function continueFrom(db: AttacheDb, serverMutationId: number): Promise<void> {
  if (serverMutationId >= (await acknowledgedMutationId(db))) return;
  const entries = await db.outbox.orderBy(':id').toArray();
  await db.outbox.clear();
  if (entries.length > 0) await db.outbox.bulkAdd(entries.map((e, i) => ({ ...e, mutationId: serverMutationId + 1 + i })));
  await db.meta.put({ key: syncMetaKeys.lastMutationId, value: serverMutationId + entries.length });
}

/**
 * Puts the outbox in the order its changes were made (by hlc, on the same mutation ids). Changes
 * queued again arrive page by page in the server's order, which says nothing of when they were
 * made: a question reworded before its request was sent, queued after the sending, would be
 * refused as a change to a sent request and the letter would lose its wording. The device's own
 * entries are in hlc order already and keep their order among themselves (the sort is stable).
 */
async function orderOutboxByHlc(db: AttacheDb): Promise<void> {
  const entries = await db.outbox.orderBy(':id').toArray();
  const ordered = [...entries].sort((x, y) => (x.hlc < y.hlc ? -1 : x.hlc > y.hlc ? 1 : 0));
  if (ordered.every((entry, i) => entry === entries[i])) return;
  await db.outbox.bulkPut(ordered.map((entry, i) => ({ ...entry, mutationId: entries[i]!.mutationId })));
}

/**
 * Inside a pulled page's transaction, before its rows are written: queues what this device holds
 * of the page's records that the server's rows lack. Records queued for `repairRows` are left to
 * it (their local view is known to differ from the server's for a reason of its own).
 */
export async function requeueLostInPage(db: AttacheDb, changes: readonly GroupedPulledChange[]): Promise<void> {
  const pushable = await pushableTables(db);
  const repairs = new Set((await readRepairs(db)).map(([t, id]) => recordKey(t, id)));
  const pending = await pendingByRecord(db);
  const byTable = new Map<SyncedTable, GroupedPulledChange[]>();
  for (const change of changes) {
    if (!pushable(change.table) || repairs.has(recordKey(change.table, change.id))) continue;
    const list = byTable.get(change.table);
    if (list) list.push(change);
    else byTable.set(change.table, [change]);
  }
  const lost: LostChange[] = [];
  for (const [table, list] of byTable) {
    const local = await readHeld(db, table, list.map((c) => c.id));
    list.forEach((change, i) => {
      const mine = local[i];
      if (!mine) return;
      const entries = pending.get(recordKey(table, change.id)) ?? [];
      if (entries.some((e) => e.op === 'delete')) return;
      const pendingFields = new Set(entries.flatMap((e) => Object.keys(e.fields ?? {})));
      const { clocks: _groups, ...server } = change;
      lost.push(...lostChanges({ ...server, fieldMeta: fieldMetaOf(change) }, mine, pendingFields));
    });
  }
  await enqueue(db, lost);
}

/**
 * After the last page of a reconciliation (`seen`: every record the server sent): queues again, as
 * creates, the records this device holds that the server does not have at all (unless their
 * create is still in the outbox), drops local rows of server-authored tables the server no longer
 * has, continues this device's mutation ids from the server's `lastMutationId` (`serverMutationId`)
 * when the server lost some, orders the outbox by hlc (`orderOutboxByHlc`), and ends the
 * reconciliation, all in one transaction.
 */
export async function requeueMissing(db: AttacheDb, seen: ReadonlySet<string>, serverMutationId: number): Promise<void> {
  const tables = syncedTablesOf(db);
  await db.transaction('rw', [...tables.map((t) => db.table(t)), ...reconcileStores(db)], async () => {
    const pushable = await pushableTables(db);
    const pending = await pendingByRecord(db);
    const lost: LostChange[] = [];
    for (const table of tables) {
      const ids = ((await db.table(table).toCollection().primaryKeys()) as string[]).filter((id) => !seen.has(recordKey(table, id)));
      if (ids.length === 0) continue;
      if (isServerAuthoredTable(table)) {
        await db.table(table).bulkDelete(ids);
        continue;
      }
      if (!pushable(table)) continue;
      const local = await readHeld(db, table, ids);
      ids.forEach((id, i) => {
        const mine = local[i];
        const entries = pending.get(recordKey(table, id)) ?? [];
        const createPending = entries.some((e) => e.op === 'put' && Object.keys(e.base ?? {}).length === 0);
        if (mine && !createPending) lost.push(...lostChanges(null, mine, new Set()));
      });
    }
    await continueFrom(db, serverMutationId);
    await enqueue(db, lost);
    await orderOutboxByHlc(db);
    await db.meta.delete(syncMetaKeys.reconcile);
  });
}
