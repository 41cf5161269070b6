import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDatabase } from '../../db';
import { startSearchWorker, type SearchClient } from './SearchClient';
import { startSearchFeed } from './searchFeed';
import { useSearchStore } from './searchStore';

const SearchClientContext = createContext<SearchClient | null>(null);

/** Performance marks: the index first complete (once per page), and each save of it (read by the bench and the canary test). */
export const searchReadyMark = 'attache:search-ready';
export const searchSavedMark = 'attache:search-saved';

const markOnce = (mark: string) => () => {
  if (performance.getEntriesByName(mark).length === 0) performance.mark(mark);
};

/** Resolves when the page is idle (or after a second at most). */
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));

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
    // Loading the saved index starts at once (its work is in the worker and WebCrypto). A build
    // from every record reads them on this thread, as the case list does for its first screen: it
    // waits for an idle page, so the first screen after unlock comes first (the bench measured the
    // case list's first rows 1.7× later when both started together).
    const stop = startSearchFeed(db, next, setStatus, { onReady: markOnce(searchReadyMark), onSaved: () => performance.mark(searchSavedMark), beforeFullBuild: idle });
    return () => {
      stop();
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
