import Dexie, { type ObservabilitySet } from 'dexie';
import type { AttacheDb } from '../../db';
import { mergeChange, mutatedRecords, type TableChange } from './mutatedRecords';
import type { SearchClient } from './SearchClient';
import { toSearchDocument, type SearchRow } from './searchDocuments';
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
  /** Called once, when the first build is complete. */
  onReady?: () => void;
}

const indexedTables = Object.values(searchTables);

/**
 * Keeps the search index equal to the indexed tables of `db`: reads every row once at start
 * (in chunks, one chunk indexing in the worker while the next is decrypted here), then follows
 * Dexie's 'storagemutated' events, which report the rows changed by every committed write, in this
 * page (commits, sync) or another window of the app. A write of a few rows re-reads those rows;
 * a bulk write (Dexie names its rows only under 50) re-reads the table, and the index keeps what
 * did not change. Work runs one table at a time, so a reload and an update never interleave.
 * Returns a stop function.
 */
export function startSearchFeed(
  db: AttacheDb,
  client: SearchClient,
  report: (status: SearchIndexStatus) => void,
  { chunkSize = 1000, onReady }: SearchFeedOptions = {},
): () => void {
  const pending = new Map<SearchTable, TableChange>(indexedTables.map((t) => [t, 'all']));
  let status: SearchIndexStatus = { phase: 'building', done: 0, total: 0, version: 0 };
  let building = true;
  let running = false;
  let stopped = false;
  let sweeps = 0;

  const update = (next: Partial<SearchIndexStatus>) => {
    status = { ...status, ...next };
    if (!stopped) report(status);
  };

  const onMutated = (parts: ObservabilitySet) => {
    for (const [table, change] of mutatedRecords(parts, db.name)) pending.set(table, mergeChange(pending.get(table), change));
    kick();
  };

  async function readAll(table: SearchTable): Promise<void> {
    const sweep = ++sweeps;
    let lastId: string | null = null;
    let indexing: Promise<void> = Promise.resolve();
    for (;;) {
      // Opened with WebCrypto after the read (db.readRowsAfter): the synchronous cipher would
      // hold the page while the case list loads the same rows.
      const rows: SearchRow<SearchTable>[] = await db.readRowsAfter<SearchRow<SearchTable>>(table, lastId, chunkSize);
      const documents = rows.map((row) => toSearchDocument(table, row)).filter((d): d is SearchDocument => d !== null);
      await indexing;
      if (stopped) return;
      indexing = client.upsert(documents, sweep);
      if (building) update({ done: status.done + rows.length });
      if (rows.length < chunkSize) break;
      lastId = rows[rows.length - 1]!.id;
    }
    await indexing;
    await client.sweep(searchTypeOfTable[table], sweep);
  }

  async function readSome(table: SearchTable, ids: string[]): Promise<void> {
    const rows = await db.table<SearchRow<SearchTable>, string>(table).bulkGet(ids);
    const documents: SearchDocument[] = [];
    const gone: string[] = [];
    rows.forEach((row, i) => {
      const document = row ? toSearchDocument(table, row) : null;
      if (document) documents.push(document);
      else gone.push(ids[i]!);
    });
    await client.upsert(documents);
    await client.remove(searchTypeOfTable[table], gone);
  }

  async function run(): Promise<void> {
    try {
      if (building) update({ done: 0, total: (await Promise.all(indexedTables.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0) });
      while (!stopped && pending.size > 0) {
        const [table, change] = pending.entries().next().value as [SearchTable, TableChange];
        pending.delete(table);
        try {
          await (change === 'all' ? readAll(table) : readSome(table, change));
        } catch (error) {
          // Read it whole at the next change: what failed is not known to be indexed.
          pending.set(table, 'all');
          throw error;
        }
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

  Dexie.on.storagemutated.subscribe(onMutated);
  report(status);
  kick();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
