import Dexie, { type ObservabilitySet } from 'dexie';
import type { AttacheDb, StampedChanges } from '../../db';
import { mergeChange, mutatedRecords, type TableChange } from './mutatedRecords';
import type { SearchClient } from './SearchClient';
import { toSearchDocument, type SearchRow } from './searchDocuments';
import { loadSearchSnapshot, saveSearchSnapshot } from './searchSnapshot';
import { searchTables, searchTypeOfTable, type SearchDocument, type SearchTable } from './searchTypes';

/** How far the index has come: `building` until every indexed row was read once. */
export interface SearchIndexStatus {
  phase: 'building' | 'ready' | 'failed';
  /** Rows read so far by the first build, and rows to read (tombstones included). */
  done: number;
  total: number;
  /** Counts up whenever the index changes, so shown results can be asked again. */
  version: number;
}

export interface SearchFeedOptions {
  /** Rows read per chunk (opened with WebCrypto, off the page's thread). */
  chunkSize?: number;
  /** Called once, when the index is first complete. */
  onReady?: () => void;
  /**
   * Keep a sealed snapshot of the index in the database, and start from it (searchSnapshot.ts).
   * Sealed databases only, where rows carry write stamps; default: whenever the database is sealed.
   */
  snapshots?: boolean;
  /** Quiet time after the last change before the index is saved again. */
  saveDelayMs?: number;
  /** Called after each save of the snapshot. */
  onSaved?: () => void;
  /** Awaited before the index is built from every record (the app lets the first screen come first). */
  beforeFullBuild?: () => Promise<void>;
}

const indexedTables = Object.values(searchTables);

/** Above every stamp: reads no rows, only the table's highest stamp and count. */
const noRows = Number.MAX_SAFE_INTEGER;

/**
 * Keeps the search index equal to the indexed tables of `db` and returns a stop function.
 *
 * Start: from the saved snapshot when there is one (loaded in the worker, then caught up on the
 * rows written since, found by their write stamps); else by reading every row (in chunks, one
 * chunk indexing in the worker while the next is decrypted here), then saving a snapshot.
 * Then follows Dexie's 'storagemutated' events, which report the rows changed by every committed
 * write, in this page (commits, sync) or another window of the app. A write of a few rows
 * re-reads those rows; a bulk write (Dexie names its rows only under 50) re-reads the rows
 * stamped since the index last caught up (the whole table where there are no stamps, or when the
 * row count shows rows removed outright). Work runs one table at a time, so a reload and an
 * update never interleave. The snapshot is saved again a quiet moment after changes; where the
 * page ends first (locking reloads it), the next start catches up from the last one.
 */
export function startSearchFeed(
  db: AttacheDb,
  client: SearchClient,
  report: (status: SearchIndexStatus) => void,
  { chunkSize = 1000, onReady, snapshots = db.sealed, saveDelayMs = 10_000, onSaved, beforeFullBuild }: SearchFeedOptions = {},
): () => void {
  const pending = new Map<SearchTable, TableChange>();
  /** Tables to read whole, before any other change. */
  const reloads = new Set<SearchTable>();
  /** Per table, the stamp up to which every write is indexed; null without snapshots. */
  let stamps: Record<SearchTable, number> | null = null;
  /** Deleted rows per table (see `SearchSnapshot.tombstones`). */
  const tombstones = new Map<SearchTable, Set<string>>(indexedTables.map((t) => [t, new Set()]));
  let status: SearchIndexStatus = { phase: 'building', done: 0, total: 0, version: 0 };
  let begun = false;
  let building = true;
  let running = false;
  let stopped = false;
  let sweeps = 0;
  /** The index changed since the snapshot was saved; `saveDue`: the quiet time has passed. */
  let unsaved = false;
  let saveDue = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (next: Partial<SearchIndexStatus>) => {
    status = { ...status, ...next };
    if (!stopped) report(status);
  };

  const onMutated = (parts: ObservabilitySet) => {
    for (const [table, change] of mutatedRecords(parts, db.name)) pending.set(table, mergeChange(pending.get(table), change));
    kick();
  };

  /** Indexes `rows` of `table` (and forgets `missing` ids: rows no longer there). */
  async function apply(table: SearchTable, rows: readonly SearchRow<SearchTable>[], missing: readonly string[] = []): Promise<void> {
    if (rows.length > 0 || missing.length > 0) unsaved = true;
    const dead = tombstones.get(table)!;
    const documents: SearchDocument[] = [];
    const gone = [...missing];
    for (const id of missing) dead.delete(id);
    for (const row of rows) {
      const document = toSearchDocument(table, row);
      if (document) {
        documents.push(document);
        dead.delete(row.id);
      } else {
        gone.push(row.id);
        dead.add(row.id);
      }
    }
    await client.upsert(documents);
    await client.remove(searchTypeOfTable[table], gone);
  }

  async function readAll(table: SearchTable): Promise<void> {
    const sweep = ++sweeps;
    // Every write stamped up to here is in what follows (read after it).
    const stampBefore = stamps ? (await db.readStampedAfter({ [table]: noRows } as Record<SearchTable, number>))[table].stamp : 0;
    const dead = new Set<string>();
    let lastId: string | null = null;
    let indexing: Promise<void> = Promise.resolve();
    for (;;) {
      // Opened with WebCrypto after the read (db.readRowsAfter): the synchronous cipher would
      // hold the page while the case list loads the same rows.
      const rows: SearchRow<SearchTable>[] = await db.readRowsAfter<SearchRow<SearchTable>>(table, lastId, chunkSize);
      const documents: SearchDocument[] = [];
      for (const row of rows) {
        const document = toSearchDocument(table, row);
        if (document) documents.push(document);
        else dead.add(row.id);
      }
      await indexing;
      if (stopped) return;
      indexing = client.upsert(documents, sweep);
      if (building) update({ done: status.done + rows.length });
      if (rows.length < chunkSize) break;
      lastId = rows[rows.length - 1]!.id;
    }
    await indexing;
    await client.sweep(searchTypeOfTable[table], sweep);
    tombstones.set(table, dead);
    if (stamps) stamps[table] = stampBefore;
  }

  async function readSome(table: SearchTable, ids: string[]): Promise<void> {
    const rows = await db.table<SearchRow<SearchTable>, string>(table).bulkGet(ids);
    await apply(
      table,
      rows.filter((row): row is SearchRow<SearchTable> => row !== undefined),
      ids.filter((_, i) => rows[i] === undefined),
    );
  }

  /**
   * Indexes the rows of `tables` stamped since the last catch-up, read in one transaction (one
   * wait, however many tables: at unlock the case list keeps this thread busy between waits).
   * `prefetched`: that read, started earlier. Returns the tables whose row count shows rows removed
   * outright (no stamp tells which): those must be read whole.
   */
  async function catchUp(tables: readonly SearchTable[], prefetched?: Promise<Record<SearchTable, StampedChanges>>): Promise<SearchTable[]> {
    const changes = await (prefetched ?? db.readStampedAfter(Object.fromEntries(tables.map((t) => [t, stamps![t]])) as Record<SearchTable, number>));
    for (const table of tables) {
      await apply(table, changes[table].rows as SearchRow<SearchTable>[]);
      stamps![table] = changes[table].stamp;
    }
    const live = await client.counts();
    return tables.filter((table) => live[searchTypeOfTable[table]] + tombstones.get(table)!.size !== changes[table].count);
  }

  /** Loads the saved index and catches up on it; false when there is none to use. */
  async function loadSnapshot(): Promise<boolean> {
    const snapshot = await loadSearchSnapshot(db);
    if (!snapshot) return false;
    // Read what changed since while the worker loads the index.
    const changes = db.readStampedAfter(snapshot.stamps);
    try {
      await client.load(snapshot.index);
    } catch (error) {
      console.warn('The saved search index does not load; building it from the records', error);
      changes.catch(() => undefined);
      return false;
    }
    stamps = { ...snapshot.stamps };
    for (const table of indexedTables) tombstones.set(table, new Set(snapshot.tombstones[table]));
    for (const table of await catchUp(indexedTables, changes)) reloads.add(table);
    return true;
  }

  async function begin(): Promise<void> {
    if (snapshots && (await loadSnapshot())) return;
    if (snapshots) stamps = Object.fromEntries(indexedTables.map((t) => [t, 0])) as Record<SearchTable, number>;
    update({ done: 0, total: (await Promise.all(indexedTables.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0) });
    await beforeFullBuild?.();
    for (const table of indexedTables) reloads.add(table);
    // Saved as soon as it is built: the next unlock loads it.
    saveDue = snapshots;
  }

  async function save(): Promise<void> {
    // Every table caught up to its highest stamp, so what the snapshot says it holds, it holds.
    for (const table of await catchUp(indexedTables)) reloads.add(table);
    if (reloads.size > 0 || stopped) return;
    try {
      const index = await client.snapshot();
      const lists = Object.fromEntries(indexedTables.map((t) => [t, [...tombstones.get(t)!]])) as Record<SearchTable, string[]>;
      await saveSearchSnapshot(db, { stamps: { ...stamps! }, tombstones: lists, index });
    } catch (error) {
      // The index in memory is whole; only the next unlock is slower (it builds it again).
      if (!stopped) console.warn('The search index could not be saved', error);
      return;
    }
    unsaved = false;
    onSaved?.();
  }

  function next(): [SearchTable, TableChange | 'reload'] | null {
    const [reload] = reloads;
    if (reload) {
      reloads.delete(reload);
      pending.delete(reload);
      return [reload, 'reload'];
    }
    const first = pending.entries().next();
    if (first.done) return null;
    pending.delete(first.value[0]);
    return first.value;
  }

  async function run(): Promise<void> {
    try {
      if (!begun) {
        begun = true;
        await begin();
      }
      for (let work = next(); work && !stopped; work = next()) {
        const [table, change] = work;
        try {
          if (change === 'reload') await readAll(table);
          else if (change !== 'all') await readSome(table, change);
          else if (!stamps || (await catchUp([table])).length > 0) await readAll(table);
        } catch (error) {
          // Read it whole at the next change: what failed is not known to be indexed.
          reloads.add(table);
          throw error;
        }
        unsaved = true;
        if (!building) update({ version: status.version + 1 });
      }
      if (stopped) return;
      if (building) {
        building = false;
        update({ phase: 'ready', done: status.total, version: status.version + 1 });
        onReady?.();
      } else if (status.phase !== 'ready') {
        update({ phase: 'ready' });
      }
      if (stamps && saveDue) {
        saveDue = false;
        await save();
        if (reloads.size > 0) kickSoon();
      } else if (stamps && unsaved) {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => {
          saveDue = true;
          kick();
        }, saveDelayMs);
      }
    } catch (error) {
      if (stopped) return;
      console.error('search index update failed', error);
      update({ phase: 'failed' });
    } finally {
      running = false;
    }
  }

  function kick(): void {
    if (running || stopped) return;
    running = true;
    void run();
  }

  function kickSoon(): void {
    setTimeout(kick, 0);
  }

  Dexie.on.storagemutated.subscribe(onMutated);
  report(status);
  kick();
  return () => {
    stopped = true;
    clearTimeout(saveTimer);
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
