import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { useDatabase, type AttacheDb } from '../../db';
import { nextDueByCase, toCaseListRow, type CaseListRow } from './caseFilters';

/** Cases read per chunk: small enough that the first rows show at once, large enough to be cheap. */
const chunkSize = 4000;

/** The case list's rows and how far their loading has come. */
export interface CaseListRows {
  /** Every live case loaded so far, `undefined` until the first chunk arrives. */
  rows: CaseListRow[] | undefined;
  /** True once every case has been read: counts and filters cover the whole workspace. */
  complete: boolean;
  /** Cases in the workspace (tombstones included), known from the first read. */
  total: number | null;
}

/**
 * Every live (not deleted) case as a list row. The first read arrives in chunks, so a workspace
 * of tens of thousands of cases shows its first rows at once and fills in while the officer
 * reads; later changes re-read everything in the background and swap it in whole, so rows never
 * jump about while loading. Text columns are not indexed (they will be encrypted at rest), so
 * reading the rows is the only way to filter them.
 */
export function useCaseListRows(): CaseListRows {
  const { db } = useDatabase();
  const [state, setState] = useState<CaseListRows>({ rows: undefined, complete: false, total: null });

  useEffect(() => {
    let generation = 0;
    let shownOnce = false;
    // count() observes the whole tables, so any change to a case or a deadline re-reads the list.
    const changes = liveQuery(() => Promise.all([db.cases.count(), db.deadlines.count()]));
    const subscription = changes.subscribe({
      next: ([total]) => {
        const mine = ++generation;
        const progressive = !shownOnce;
        shownOnce = true;
        void readRows(db, (rows, complete) => {
          if (mine !== generation) return false;
          if (progressive || complete) setState({ rows, complete, total });
          return true;
        });
      },
      error: (error) => console.error('case list read failed', error),
    });
    return () => {
      generation = -1;
      subscription.unsubscribe();
    };
  }, [db]);

  return state;
}

/**
 * Reads cases in primary-key order, chunk by chunk, calling `onChunk` with everything read so far;
 * stops when `onChunk` says a newer read has taken over.
 */
async function readRows(
  db: AttacheDb,
  onChunk: (rows: CaseListRow[], complete: boolean) => boolean,
): Promise<void> {
  const deadlines = await db.deadlines.where('deleted').equals(0).toArray();
  const nextDue = nextDueByCase(deadlines);
  const rows: CaseListRow[] = [];
  let lastId: string | null = null;
  for (;;) {
    const chunk = await readChunk(db, lastId);
    for (const c of chunk) if (c.deleted === 0) rows.push(toCaseListRow(c, nextDue.get(c.id) ?? null));
    const complete = chunk.length < chunkSize;
    if (!onChunk(complete ? rows : rows.slice(), complete) || complete) return;
    lastId = chunk[chunk.length - 1]!.id;
  }
}

/** The next `chunkSize` cases after `afterId` in primary-key order (ids are UUIDv7: creation order). */
function readChunk(db: AttacheDb, afterId: string | null) {
  const range = afterId === null ? db.cases.toCollection() : db.cases.where(':id').above(afterId);
  return range.limit(chunkSize).toArray();
}
