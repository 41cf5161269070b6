import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDatabase } from '../../db';
import { startSearchWorker, type SearchClient } from './SearchClient';
import { startSearchFeed } from './searchFeed';
import { useSearchStore } from './searchStore';

const SearchClientContext = createContext<SearchClient | null>(null);

/** Performance mark set once per page when the first index build is complete (read by the bench). */
export const searchReadyMark = 'attache:search-ready';

function markReady(): void {
  if (performance.getEntriesByName(searchReadyMark).length === 0) performance.mark(searchReadyMark);
}

export interface SearchProviderProps {
  children: ReactNode;
  /** Starts the index; tests hand in an in-process one. */
  createClient?: () => SearchClient;
}

/**
 * Builds the search index of the open workspace database as soon as it opens (which is at
 * unlock) and keeps it current; mount it inside `DatabaseProvider`. The index lives in a worker
 * that ends with the page (locking reloads it) or when the database changes.
 */
export function SearchProvider({ children, createClient = startSearchWorker }: SearchProviderProps) {
  const { db } = useDatabase();
  const setStatus = useSearchStore((s) => s.setStatus);
  const [client, setClient] = useState<SearchClient | null>(null);

  useEffect(() => {
    const next = createClient();
    setClient(next);
    // The first build decrypts every indexed row on this thread, as the case list does for its
    // first screen: it starts once the page is idle, so the first screen after unlock comes first
    // (the bench measured the case list's first rows 1.7× later when both started together).
    let stop: (() => void) | null = null;
    const start = requestIdleCallback(() => (stop = startSearchFeed(db, next, setStatus, { onReady: markReady })), { timeout: 1000 });
    return () => {
      cancelIdleCallback(start);
      stop?.();
      next.close();
      setClient(null);
    };
  }, [db, createClient, setStatus]);

  return <SearchClientContext.Provider value={client}>{children}</SearchClientContext.Provider>;
}

/** The search index's client, null until the provider has started it. */
export function useSearchClient(): SearchClient | null {
  return useContext(SearchClientContext);
}
