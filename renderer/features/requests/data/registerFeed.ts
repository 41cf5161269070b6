import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import { useDatabase, type AttacheDb } from '../../../db';
import { loadRegister, type Register } from './useRequests';

interface Feed {
  latest: Register | undefined;
  listeners: Set<() => void>;
  subscription: Subscription | null;
}

const feeds = new WeakMap<AttacheDb, Feed>();

/**
 * One live read of every request (and its case) per open workspace, shared by the sidebar's
 * overdue count and the register. The sidebar subscribes at unlock, so by the time the officer
 * opens the register its rows are already decrypted and the first paint does not wait for
 * thousands of sealed rows; the read stays live while the workspace is open (a lock reloads the
 * page, dropping it with the key).
 */
function feedFor(db: AttacheDb): Feed {
  let feed = feeds.get(db);
  if (!feed) {
    const created: Feed = { latest: undefined, listeners: new Set(), subscription: null };
    feed = created;
    feeds.set(db, created);
  }
  return feed;
}

function subscribe(db: AttacheDb, feed: Feed, listener: () => void): () => void {
  feed.listeners.add(listener);
  feed.subscription ??= liveQuery(() => loadRegister(db)).subscribe({
    next: (register) => {
      feed.latest = register;
      for (const notify of feed.listeners) notify();
    },
    error: (error) => console.error('request register read failed', error),
  });
  return () => feed.listeners.delete(listener);
}

/** Every live request with the cases they belong to; `undefined` until first read. */
export function useRegister(): Register | undefined {
  const { db } = useDatabase();
  const feed = feedFor(db);
  return useSyncExternalStore(
    (listener) => subscribe(db, feed, listener),
    () => feed.latest,
    // Rendered on a server (a page's render test), it has not been read yet.
    () => undefined,
  );
}
