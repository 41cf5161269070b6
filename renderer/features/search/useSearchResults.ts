import { useEffect, useMemo, useState } from 'react';
import type { SearchLimits } from './SearchIndex';
import { useSearchClient } from './SearchProvider';
import { useSearchStore } from './searchStore';
import type { SearchResults } from './searchTypes';

/**
 * The results of `query`, asked again whenever the index changes (so a new or edited record shows
 * up in results already on screen). Keeps the previous results while the next ones are computed,
 * so the list does not flicker between keystrokes; `null` for a blank query.
 */
export function useSearchResults(query: string, limits: SearchLimits): SearchResults | null {
  const client = useSearchClient();
  const version = useSearchStore((s) => s.status.version);
  const limitsKey = JSON.stringify(limits);
  const stableLimits = useMemo(() => JSON.parse(limitsKey) as SearchLimits, [limitsKey]);
  const [results, setResults] = useState<SearchResults | null>(null);
  const blank = query.trim() === '';

  useEffect(() => {
    if (!client || blank) return;
    let current = true;
    client.search(query, stableLimits).then(
      (next) => {
        if (current) setResults(next);
      },
      (error: unknown) => {
        if (current) console.error('search failed', error);
      },
    );
    return () => {
      current = false;
    };
  }, [client, query, blank, stableLimits, version]);

  return blank ? null : results;
}
