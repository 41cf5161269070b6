import type { GroupedPullResponse } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import { clockFor } from '../../db/clockState';
import { pullChanges, repairRows } from './pullChanges';
import { pushOutbox } from './pushOutbox';
import { reconcileWithServer } from './reconcile';
import { markReconcile, reconcilePending, requeueUnderWay } from './reconcileFlag';
import { uploadBlobs } from './blobSync';
import { sendViewEvents } from './sendViewEvents';
import type { SyncClient } from './syncClient';
import { isRetryable, SyncError } from './syncError';
import { timed, type SyncTimings } from './syncTimings';
import { initialSyncState, type SyncState } from './syncState';

export interface SyncEngineOptions {
  /** This workspace's database. */
  db: AttacheDb;
  client: SyncClient;
  /** The server's id of this device (from enrollment); local commits must stamp hlcs with it too. */
  deviceId: string;
  now?: () => number;
  onState?: (state: SyncState) => void;
  /** Backoff of automatic retries: `baseMs · 2^(n-1)` capped at `maxMs`, times a jitter in [0.5, 1). */
  retry?: { baseMs?: number; maxMs?: number };
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Testing seam: runs inside each pulled page's transaction after its writes. */
  beforePageCommit?: (page: GroupedPullResponse) => void;
  /** Pull page sizes (defaults: 5,000 for a first download, 1,000 after). */
  pageSizes?: { first?: number; next?: number };
  /**
   * On revocation, before the database is deleted: destroys the workspace's key, so what
   * deleting leaves on disk (LevelDB keeps deleted records until compaction) cannot be read.
   */
  destroyKey?: () => Promise<void>;
  /** Where each phase's duration is reported (the bench's profile of a first download; the app passes none). */
  timings?: SyncTimings;
}

export interface SyncEngine {
  /**
   * Pushes the outbox and the audit's unsent view events, then pulls to the server's head
   * (re-downloading after `resetRequired`, after pushing). A call while a sync runs makes that
   * sync run once more and shares its promise. A network error, 5xx or 429 schedules a retry
   * with backoff by itself. Resolves with the state.
   */
  syncOnce(): Promise<SyncState>;
  /** Re-counts the outbox (after a local commit) and reports the state. */
  refreshPending(): Promise<void>;
  getState(): SyncState;
  /** Cancels a scheduled retry; later calls do nothing. */
  dispose(): void;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, client, deviceId, onState } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const baseMs = options.retry?.baseMs ?? 1000;
  const maxMs = options.retry?.maxMs ?? 5 * 60_000;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  let state: SyncState = initialSyncState;
  let running: Promise<SyncState> | null = null;
  let again = false;
  let failures = 0;
  let retryTimer: unknown = null;
  let disposed = false;

  const report = (next: SyncState) => {
    state = next;
    onState?.(state);
  };
  const countPending = () => db.outbox.count();

  function scheduleRetry() {
    failures += 1;
    const delay = Math.min(maxMs, baseMs * 2 ** (failures - 1)) * (0.5 + random() / 2);
    retryTimer = setTimer(() => {
      retryTimer = null;
      void syncOnce();
    }, delay);
  }

  async function attempt(): Promise<void> {
    if (retryTimer !== null) {
      clearTimer(retryTimer);
      retryTimer = null;
    }
    report({ ...state, phase: 'syncing', pending: await countPending(), progress: undefined, error: undefined });
    const pullOptions = {
      deviceId,
      onHlc: (hlc: string) => clockFor(db, deviceId, hlc, now),
      onPage: (received: number) => report({ ...state, progress: { received } }),
      beforeCommit: options.beforePageCommit,
      pageSizes: options.pageSizes,
      timings: options.timings,
    };
    try {
      // Attachment bytes first: the records that name them are in the outbox.
      await timed(options.timings, 'push', async () => {
        await uploadBlobs(db, client);
        if (!(await requeueUnderWay(db))) await pushOutbox(db, client, deviceId);
        await sendViewEvents(db, client, deviceId);
      });
      // A reconciliation already pending (a re-enrollment, a gap the push met, one cut short) goes
      // first: an ordinary pull from a cursor a re-enrollment set back to 0 would write the
      // server's rows over what this device holds and the server lacks, before it is queued again.
      const pending = await reconcilePending(db);
      const lost = !pending && (await pullChanges(db, client, pullOptions)) === 'reset';
      if (lost) {
        // The server lost history, found by this pull (SYNC-PROTOCOL.md: never drop unsent work):
        // what is unsent goes first, as the push above did for a reconciliation already pending.
        await markReconcile(db);
        await uploadBlobs(db, client);
        await pushOutbox(db, client, deviceId);
      }
      if (pending || lost) {
        // Everything is downloaded again while what this device holds and the server lacks is
        // queued again; that is sent, and what it changed pulled.
        await reconcileWithServer(db, client, pullOptions);
        await uploadBlobs(db, client);
        await pushOutbox(db, client, deviceId);
        if ((await pullChanges(db, client, pullOptions)) === 'reset') throw new SyncError('invalid_response', 200, 'The server asked for a reset twice');
      }
      await timed(options.timings, 'repair', () => repairRows(db, client, deviceId));
      failures = 0;
      report({ phase: 'upToDate', pending: await countPending(), lastSyncAt: now() });
    } catch (error) {
      await fail(error);
    }
  }

  async function fail(error: unknown): Promise<void> {
    if (error instanceof SyncError && error.code === 'device_revoked') {
      disposed = true;
      // The workspace's data must not outlive the device's access to it: the key goes first,
      // so even an interrupted deletion leaves nothing readable.
      await options.destroyKey?.();
      await db.delete();
      report({ phase: 'revoked', pending: 0, lastSyncAt: state.lastSyncAt, error: { code: error.code, message: error.message } });
      return;
    }
    const pending = await countPending().catch(() => state.pending);
    const detail =
      error instanceof SyncError
        ? { code: error.code, message: error.message }
        : { code: 'unknown' as const, message: error instanceof Error ? error.message : String(error) };
    report({ ...state, phase: detail.code === 'network' ? 'offline' : 'error', pending, progress: undefined, error: detail });
    if (isRetryable(error) && !disposed) scheduleRetry();
  }

  function syncOnce(): Promise<SyncState> {
    if (disposed) return Promise.resolve(state);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await attempt();
        } while (again && !disposed);
        return state;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    syncOnce,
    async refreshPending() {
      if (disposed) return;
      report({ ...state, pending: await countPending() });
    },
    getState: () => state,
    dispose() {
      disposed = true;
      if (retryTimer !== null) clearTimer(retryTimer);
      retryTimer = null;
    },
  };
}
