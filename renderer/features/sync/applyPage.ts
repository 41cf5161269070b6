import { syncedTables, type SyncedTable } from '../../../shared/domain';
import { fieldMetaOf, rebasePending, type GroupedPulledChange, type Hlc } from '../../../shared/sync';
import type { Table } from 'dexie';
import type { AttacheDb } from '../../db/AttacheDb';
import { presealMinChanges } from '../../db';
import { packRowClocks, rowClocksOf } from '../../db/rowClocks';
import type { OutboxEntry, SyncedRecordKey } from '../../db/types';
import { syncMetaKeys } from './syncState';
import { timed, timedSync, type SyncTimings } from './syncTimings';
import { yieldToEventLoop } from './yieldToEventLoop';

type Row = Record<string, unknown> & { id: string; version: number; deleted: 0 | 1 };

export interface ApplyPageOptions {
  /** The page's cursor, stored in the same transaction as its rows; omitted by a repair. */
  cursor?: number;
  /** The page prepared and sealed ahead (`sealPageAhead`), e.g. while the page before it was written. */
  ahead?: Promise<PageAhead | null>;
  /** Testing seam: runs inside the transaction after the writes (a throw aborts all of them). */
  beforeCommit?: () => void;
  /**
   * Runs first inside the page's transaction, which then also covers `stores`: reconciling with a
   * server that lost history queues there what the page's rows are about to overwrite (reconcile.ts).
   */
  beforeWrite?: { stores: Table[]; run: () => Promise<void> };
  /** Where the page's phases are reported (bench only). */
  timings?: SyncTimings;
  /**
   * Told the outbox as the page's transaction found it when it differs from the one the page was
   * prepared on (`ahead`), so pages after it are prepared on the outbox as it now is.
   */
  onOutboxChanged?: (outbox: OutboxSnapshot) => void;
}

export const recordKey = (table: string, id: string) => `${table}\u0000${id}`;

/** Every synced table this database declares (all of them, unless a migration test opened an old version). */
export function syncedTablesOf(db: AttacheDb): SyncedTable[] {
  const declared = new Set(db.tables.map((t) => t.name));
  return syncedTables.filter((t) => declared.has(t));
}

/** The outbox entries of each record, in outbox order. */
export async function pendingByRecord(db: AttacheDb): Promise<Map<string, OutboxEntry[]>> {
  const byRecord = new Map<string, OutboxEntry[]>();
  for (const entry of await db.outbox.toArray()) {
    const key = recordKey(entry.table, entry.id);
    const list = byRecord.get(key);
    if (list) list.push(entry);
    else byRecord.set(key, [entry]);
  }
  return byRecord;
}

/**
 * The local row, carrying its clocks, of a pulled change with this device's still-unsent changes
 * on top. Without any, the change's clock groups are the row's as they came: a first download's
 * rows are neither written out per field nor grouped again.
 */
export function localView(change: GroupedPulledChange, pending: readonly OutboxEntry[] | undefined): Row {
  if (!pending) {
    const row: Row = { ...change.fields, id: change.id, version: change.version, deleted: change.deleted ? 1 : 0 };
    row.clocks = rowClocksOf(row, change.fields, change.clocks);
    return row;
  }
  const view = rebasePending({ ...change, fieldMeta: fieldMetaOf(change) }, pending);
  const row: Row = { ...view.fields, id: change.id, version: change.version, deleted: view.deleted ? 1 : 0 };
  row.clocks = packRowClocks(row, view.fieldMeta);
  return row;
}

/** A page as it is written: rows per table, and the page's highest hlc. */
interface PreparedPage {
  rows: Map<SyncedTable, Row[]>;
  maxHlc: Hlc | undefined;
}

function preparePage(changes: readonly GroupedPulledChange[], pending: Map<string, OutboxEntry[]>): PreparedPage {
  const rows = new Map<SyncedTable, Row[]>();
  let maxHlc: Hlc | undefined;
  for (const change of changes) {
    const row = localView(change, pending.get(recordKey(change.table, change.id)));
    const list = rows.get(change.table);
    if (list) list.push(row);
    else rows.set(change.table, [row]);
    for (const { hlc } of change.clocks) if (!maxHlc || hlc > maxHlc) maxHlc = hlc;
  }
  return { rows, maxHlc };
}

/** Pages prepared slice by slice as one page: rows in slice order, the highest hlc of all. */
function joinPages(slices: readonly PreparedPage[]): PreparedPage {
  const rows = new Map<SyncedTable, Row[]>();
  let maxHlc: Hlc | undefined;
  for (const slice of slices) {
    for (const [table, list] of slice.rows) {
      const joined = rows.get(table);
      if (joined) joined.push(...list);
      else rows.set(table, [...list]);
    }
    if (slice.maxHlc && (!maxHlc || slice.maxHlc > maxHlc)) maxHlc = slice.maxHlc;
  }
  return { rows, maxHlc };
}

/**
 * Where the outbox stands: its size and first and last mutation ids. Entries are only added at the
 * end and removed from the start, so equal twice means the same entries.
 */
async function outboxMark(db: AttacheDb): Promise<string> {
  const [count, first, last] = await Promise.all([
    db.outbox.count(),
    db.outbox.orderBy(':id').limit(1).primaryKeys(),
    db.outbox.orderBy(':id').reverse().limit(1).primaryKeys(),
  ]);
  return JSON.stringify([count, first, last]);
}

/** A page prepared and its rows sealed before its transaction, and the outbox it was built on. */
export interface PageAhead {
  page: PreparedPage;
  mark: string;
}

/** The outbox's pending entries by record, and its `outboxMark` when they were read. */
export interface OutboxSnapshot {
  pending: Map<string, OutboxEntry[]>;
  mark: string;
}

export function readOutboxSnapshot(db: AttacheDb): Promise<OutboxSnapshot> {
  return db.transaction('r', db.outbox, async () => {
    const [pending, mark] = await Promise.all([pendingByRecord(db), outboxMark(db)]);
    return { pending, mark };
  });
}

/**
 * Changes of a page prepared and sealed ahead between two yields to the event loop. The page's
 * thread also runs the transaction writing the page before, and a page of 5,000 prepared and
 * sealed at once held it 60-70 ms: the transaction's end, and with it the next page's writes,
 * waited that long behind it, and IndexedDB sat idle meanwhile. Slices of 500 changes (a few
 * milliseconds each) made a 100,000-case first download 5% faster (bench/sync/initialSync.ts).
 */
const aheadSlice = 500;

/**
 * Prepares a large page and seals its rows with WebCrypto, outside any transaction (null for a
 * small page or a database in clear: the transaction seals those). Safe to run while an earlier
 * page is written: a page's rows depend only on the server's and the outbox, which is re-checked.
 * `outbox`: the outbox to prepare on, read before; a pull passes one read once, because reading
 * it here while the page before is written waits for that write (its transaction covers the
 * outbox), which left the writes nothing to write while this page was sealed.
 */
export async function sealPageAhead(
  db: AttacheDb,
  changes: readonly GroupedPulledChange[],
  options: { timings?: SyncTimings; outbox?: () => Promise<OutboxSnapshot> } = {},
): Promise<PageAhead | null> {
  if (!db.sealed || changes.length < presealMinChanges) return null;
  const { timings } = options;
  const { pending, mark } = await timed(timings, 'outbox', options.outbox ?? (() => readOutboxSnapshot(db)));
  const slices: PreparedPage[] = [];
  await timed(timings, 'seal', async () => {
    const sealing: Promise<void>[] = [];
    for (let at = 0; at < changes.length; at += aheadSlice) {
      await yieldToEventLoop();
      const slice = timedSync(timings, 'prepare', () => preparePage(changes.slice(at, at + aheadSlice), pending));
      slices.push(slice);
      for (const [table, list] of slice.rows) sealing.push(db.preseal(table, list));
    }
    await Promise.all(sealing);
  });
  return { page: joinPages(slices), mark };
}

/**
 * Writes one pulled page in ONE read-write transaction: each server row as a local row (`version`,
 * `deleted` as 0|1, its clocks grouped), with the still-pending outbox entries of that record
 * rebased on top; the highest remote hlc into `lastHlc` (so the local clock stays ahead
 * of everything seen, across restarts); and the page's cursor. Either all of it is stored or none,
 * so the stored cursor is never ahead of the rows written. Returns the highest hlc of the page.
 *
 * A large page (a first download comes in pages of thousands) is prepared and its rows sealed with
 * WebCrypto before the transaction, as large commits are (renderer/db/commitChanges.ts); the
 * transaction uses them if the outbox is as they were built on, else prepares the page again.
 */
export async function applyPage(db: AttacheDb, changes: readonly GroupedPulledChange[], options: ApplyPageOptions = {}): Promise<Hlc | undefined> {
  const tables = syncedTablesOf(db).map((t) => db.table(t));
  const sealedAhead = options.ahead;
  const ahead = sealedAhead ? await timed(options.timings, 'waitSeal', () => sealedAhead) : await sealPageAhead(db, changes, { timings: options.timings });
  let maxHlc: Hlc | undefined;
  await timed(options.timings, 'write', () => db.transaction('rw', [...tables, db.outbox, db.meta, ...(options.beforeWrite?.stores ?? [])], async () => {
    await options.beforeWrite?.run();
    const stored = db.meta.get(syncMetaKeys.lastHlc);
    // A page prepared ahead is written at once, and the outbox it was prepared on is checked
    // beside it. Waiting for the check first left IndexedDB idle for a round trip at the start of
    // every page, behind whatever else the page's thread had queued (120 ms a page of 5,000,
    // bench/sync/initialSync.ts). If the outbox changed since (an edit while the page was sealed),
    // the page is prepared again and written over the first writes, in this same transaction:
    // its requests run in order, so the later puts are the ones kept.
    const aheadWritten = ahead ? writePage(db, ahead.page) : null;
    // If these writes fail, the transaction aborts and the await below, or the one before it, throws.
    aheadWritten?.catch(() => undefined);
    const mark = ahead ? await outboxMark(db) : null;
    let page: PreparedPage;
    if (ahead && mark === ahead.mark) page = ahead.page;
    else {
      const pending = await pendingByRecord(db);
      page = preparePage(changes, pending);
      if (mark !== null) options.onOutboxChanged?.({ pending, mark });
      await writePage(db, page);
    }
    await aheadWritten;
    maxHlc = page.maxHlc;
    const lastHlc = (await stored)?.value;
    await Promise.all([
      maxHlc && (typeof lastHlc !== 'string' || maxHlc > lastHlc) ? db.meta.put({ key: syncMetaKeys.lastHlc, value: maxHlc }) : undefined,
      options.cursor !== undefined ? db.meta.put({ key: syncMetaKeys.cursor, value: options.cursor }) : undefined,
    ]);
    options.beforeCommit?.();
  }));
  return maxHlc;
}

/** Puts a prepared page's rows, inside the caller's transaction. */
function writePage(db: AttacheDb, { rows }: PreparedPage): Promise<unknown> {
  return Promise.all([...rows].map(([table, list]) => db.table<Row, string>(table).bulkPut(list)));
}

/**
 * Removes the local copies of records the server does not hold (a rejected create), unless the
 * device still has changes of them to send.
 */
export async function dropUnknownRecords(db: AttacheDb, keys: readonly SyncedRecordKey[]): Promise<void> {
  if (keys.length === 0) return;
  const tables = syncedTablesOf(db).map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.outbox], async () => {
    const pending = await pendingByRecord(db);
    for (const [table, id] of keys) {
      if (!pending.has(recordKey(table, id))) await db.table(table).delete(id);
    }
  });
}

export async function readCursor(db: AttacheDb): Promise<number> {
  const stored = await db.meta.get(syncMetaKeys.cursor);
  return typeof stored?.value === 'number' ? stored.value : 0;
}
