import type { GroupedPullResponse } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import type { SyncedRecordKey } from '../../db/types';
import { applyPage, dropUnknownRecords, readCursor, readOutboxSnapshot, sealPageAhead, type OutboxSnapshot } from './applyPage';
import { acknowledgedMutationId, readRepairs } from './pushOutbox';
import type { SyncClient } from './syncClient';
import { timed, type SyncTimings } from './syncTimings';
import { clientSchemaVersion, syncMetaKeys } from './syncState';

/** Page sizes: a first download (cursor 0) takes the server's largest pages. */
export const firstSyncPageSize = 5000;
export const pageSize = 1000;

export interface PullOptions {
  deviceId: string;
  onPage?: (received: number) => void;
  /** Called with each page's highest remote hlc (to advance the local clock). */
  onHlc?: (hlc: string) => void;
  /** Testing seam: runs inside each page's transaction after its writes. */
  beforeCommit?: (page: GroupedPullResponse) => void;
  /** Page sizes (default `firstSyncPageSize` from cursor 0, else `pageSize`). */
  pageSizes?: { first?: number; next?: number };
  /** Where each page's phases are reported (the bench's profile of a first download). */
  timings?: SyncTimings;
}

/**
 * Pulls from the stored cursor until `hasMore` is false, writing each page (rows, clocks, rebased
 * pending changes, cursor) in one transaction. Returns `'reset'` when the server answers
 * `resetRequired`, or a `lastMutationId` below what it had acknowledged to this device (it lost
 * history: restored from a backup); nothing is written then. Else the number of rows received.
 */
export async function pullChanges(db: AttacheDb, client: SyncClient, options: PullOptions): Promise<number | 'reset'> {
  const cursor = await readCursor(db);
  const acknowledged = await acknowledgedMutationId(db);
  const limit = cursor === 0 ? (options.pageSizes?.first ?? firstSyncPageSize) : (options.pageSizes?.next ?? pageSize);
  const pages = readAhead((from) => client.pull({ deviceId: options.deviceId, schemaVersion: clientSchemaVersion, cursor: from, limit }), cursor);
  let received = 0;
  // The outbox pages are prepared on: read once, when the first large page arrives (before any
  // write), and replaced by what a page's transaction finds if a local commit changed it since.
  let outbox: Promise<OutboxSnapshot> | null = null;
  const readOutbox = () => (outbox ??= readOutboxSnapshot(db));
  const onOutboxChanged = (current: OutboxSnapshot) => void (outbox = Promise.resolve(current));
  /** A page as it arrives, and its rows prepared and sealed (while the page before it is written). */
  const arrive = () => {
    const page = pages.next();
    const ahead = page.then((p) => (p.resetRequired ? null : sealPageAhead(db, p.changes, { timings: options.timings, outbox: readOutbox })));
    // Awaited only if the writes before it succeed; a failure then is reported there.
    ahead.catch(() => undefined);
    return { page, ahead };
  };
  try {
    let next = arrive();
    for (;;) {
      const arriving = next.page;
      const page = await timed(options.timings, 'waitPage', () => arriving);
      if (page.resetRequired || page.lastMutationId < acknowledged) return 'reset';
      const ahead = next.ahead;
      if (page.hasMore) next = arrive();
      const hlc = await applyPage(db, page.changes, {
        cursor: page.cursor,
        ahead,
        beforeCommit: options.beforeCommit && (() => options.beforeCommit?.(page)),
        timings: options.timings,
        onOutboxChanged,
      });
      if (hlc) options.onHlc?.(hlc);
      received += page.changes.length;
      options.onPage?.(received);
      if (!page.hasMore) return received;
    }
  } finally {
    pages.stop();
  }
}

/**
 * Pages beyond the one being written, at most: the next one, taken early to be sealed while this
 * one is written, and two asked for or received. With one, the server sat idle from the moment
 * that page arrived until the write ended, and the writes then waited for the next page (15% of
 * a 100k first download, bench/sync/initialSync.ts).
 */
export const pagesAhead = 3;

/**
 * Pages in order from `from`, each asked for as soon as the one before it arrives (its cursor is
 * the next request's), while earlier pages are still being written: the server, the network and
 * JSON parsing overlap IndexedDB. With `pagesAhead - 1` pages outstanding, the next request waits
 * for `next()`. Safe: the cursor is stored only with the rows it covers.
 */
function readAhead(fetchPage: (from: number) => Promise<GroupedPullResponse>, from: number) {
  const queue: Promise<GroupedPullResponse>[] = [];
  let held: number | null = null;
  let stopped = false;
  const request = (cursor: number) => {
    const page = fetchPage(cursor);
    queue.push(page);
    page.then(
      (answer) => {
        if (stopped || !answer.hasMore || answer.resetRequired) return;
        // One page beyond the one written is already taken (being sealed): the rest wait here.
        if (queue.length < pagesAhead - 1) request(answer.cursor);
        else held = answer.cursor;
      },
      // A page that failed is reported by `next()` to whoever awaits it, or never (after `stop()`).
      () => undefined,
    );
  };
  request(from);
  return {
    next(): Promise<GroupedPullResponse> {
      if (held !== null && !stopped) {
        const cursor = held;
        held = null;
        request(cursor);
      }
      const page = queue.shift();
      if (!page) throw new Error('No page after the last one');
      return page;
    },
    stop() {
      stopped = true;
    },
  };
}

/** Moves the cursor back to 0 (never ahead of data), so the next pull downloads everything again. */
export async function resetCursor(db: AttacheDb): Promise<void> {
  await db.meta.put({ key: syncMetaKeys.cursor, value: 0 });
}

/**
 * Re-reads from the server the records queued by `pushOutbox` whose local view may differ from the
 * server's (their last push changed nothing the next pull would bring). The protocol has no
 * fetch-by-id, so this scans the workspace from version 0 in the largest pages, writing only the
 * queued records (with their pending changes rebased), and stops as soon as all are found. Records
 * the server does not hold at all are removed locally unless they have changes still to send.
 * The cursor is not touched. The queue is cleared only at the end, so a crash just repeats this.
 */
export async function repairRows(db: AttacheDb, client: SyncClient, deviceId: string): Promise<void> {
  const queued = await readRepairs(db);
  if (queued.length === 0) return;
  const wanted = new Map<string, SyncedRecordKey>(queued.map((k) => [`${k[0]}\u0000${k[1]}`, k]));
  let cursor = 0;
  while (wanted.size > 0) {
    const page = await client.pull({ deviceId, schemaVersion: clientSchemaVersion, cursor, limit: firstSyncPageSize });
    if (page.resetRequired) return;
    const hits = page.changes.filter((c) => wanted.delete(`${c.table}\u0000${c.id}`));
    if (hits.length > 0) await applyPage(db, hits);
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  await dropUnknownRecords(db, [...wanted.values()]);
  await db.transaction('rw', db.meta, async () => {
    // Only what this run handled: a push during the scan may have queued more.
    const still = (await readRepairs(db)).filter(([t, id]) => !queued.some(([qt, qid]) => qt === t && qid === id));
    await db.meta.put({ key: syncMetaKeys.repair, value: still });
  });
}
