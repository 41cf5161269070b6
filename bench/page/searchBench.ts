// Global search measured in the bench page with the app's own code: the sealed workspace database
// read and decrypted here, the index built in the real module worker, and queries answered by it,
// each timed as a round trip from the page's search client to its results (what a keystroke costs).
import type { AttacheDb } from '../../renderer/db';
import { startSearchWorker } from '../../renderer/features/search/SearchClient';
import type { SearchLimits } from '../../renderer/features/search/SearchIndex';
import { startSearchFeed } from '../../renderer/features/search/searchFeed';
import { searchTypes } from '../../renderer/features/search/searchTypes';

/** What the dialog asks per keystroke: the best five of each type. */
const dialogLimits: SearchLimits = Object.fromEntries(searchTypes.map((type) => [type, 5]));

export interface SearchBenchResult {
  /** Feed start to index ready: every indexed row read, decrypted and indexed. */
  buildMs: number;
  documents: number;
  /** One round trip per query, in the order typed. */
  samplesMs: number[];
  /** Matches of the full queries (so a run that finds nothing is visible). */
  matches: Record<string, number>;
}

/**
 * Builds the index of `db` and types every one of `queries` one character at a time, timing each
 * prefix's search (after one untimed warm-up query).
 */
export async function searchBench(db: AttacheDb, queries: string[]): Promise<SearchBenchResult> {
  const client = startSearchWorker();
  const started = performance.now();
  let documents = 0;
  await new Promise<void>((resolve, reject) => {
    const stop = startSearchFeed(db, client, (status) => {
      documents = status.total;
      if (status.phase === 'failed') reject(new Error('the search index failed to build'));
      if (status.phase === 'ready') {
        stop();
        resolve();
      }
    });
  });
  const buildMs = performance.now() - started;
  try {
    await client.search('warm up', dialogLimits);
    const samplesMs: number[] = [];
    const matches: Record<string, number> = {};
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const prefix = query.slice(0, length);
        if (prefix.endsWith(' ')) continue; // a space alone changes nothing a person waits for
        const t0 = performance.now();
        const results = await client.search(prefix, dialogLimits);
        samplesMs.push(performance.now() - t0);
        if (length === query.length) matches[query] = results.groups.reduce((n, g) => n + g.total, 0);
      }
    }
    return { buildMs, documents, samplesMs, matches };
  } finally {
    client.close();
  }
}
