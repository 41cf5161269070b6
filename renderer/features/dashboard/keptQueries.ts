import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import { useDatabase, type AttacheDb } from '../../db';

/** A live query's latest answer (`undefined` before the first) and its listeners. */
export interface KeptQuery<T> {
  subscribe(listener: () => void): () => void;
  latest(): T | undefined;
}

interface Entry {
  args: string;
  query: KeptQuery<unknown>;
  close(): void;
}

const kept = new WeakMap<AttacheDb, Map<string, Entry>>();

/**
 * The dashboard's live query `name` over `db`, with arguments `args` (a key: a new day is a new
 * `today`), kept open once it has started for as long as the workspace is open (a lock reloads
 * the page, dropping it with the key), as the register's feed is. Its answer stays current as
 * the database changes, so coming back to the dashboard shows every tile at once instead of
 * reading the indexes of 50,000 cases again, each tile's read queued behind the others'. Asked
 * with other arguments, the query is closed and started anew with them.
 */
export function keptQuery<T>(db: AttacheDb, name: string, args: string, run: () => Promise<T>): KeptQuery<T> {
  let queries = kept.get(db);
  if (!queries) {
    queries = new Map();
    kept.set(db, queries);
  }
  const current = queries.get(name);
  if (current?.args === args) return current.query as KeptQuery<T>;
  current?.close();

  let latest: T | undefined;
  let subscription: Subscription | null = null;
  const listeners = new Set<() => void>();
  const query: KeptQuery<T> = {
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= liveQuery(run).subscribe({
        next: (value) => {
          latest = value;
          for (const notify of listeners) notify();
        },
        error: (error) => console.error(`dashboard read ${name} failed`, error),
      });
      return () => listeners.delete(listener);
    },
    latest: () => latest,
  };
  queries.set(name, { args, query, close: () => subscription?.unsubscribe() });
  return query;
}

/** `keptQuery` as a hook: the latest answer, `undefined` until the first (and when rendered on a server). */
export function useKeptQuery<T>(name: string, args: string, run: (db: AttacheDb) => Promise<T>): T | undefined {
  const { db } = useDatabase();
  const query = keptQuery(db, name, args, () => run(db));
  return useSyncExternalStore(query.subscribe, query.latest, () => undefined);
}
