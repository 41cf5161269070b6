import type { SyncErrorCode } from './syncError';

export type SyncPhase = 'idle' | 'offline' | 'syncing' | 'upToDate' | 'error' | 'revoked';

/**
 * What the status bar shows (issue 3 "Status always visible"). `pending`: outbox entries not yet
 * acknowledged. `lastSyncAt`: ms of the last sync that finished up to date (null before any).
 * `progress`: rows received so far in the running pull (`total` when known, e.g. a first download).
 * `error`: why the last attempt failed (offline, error) or why the device was revoked.
 */
export interface SyncState {
  phase: SyncPhase;
  pending: number;
  lastSyncAt: number | null;
  progress?: { received: number; total?: number };
  error?: { code: SyncErrorCode | 'unknown'; message: string };
}

export const initialSyncState: SyncState = { phase: 'idle', pending: 0, lastSyncAt: null };

/** Sync schema version this client speaks (`schemaVersion` in push and pull; server/sync/protocol.ts). */
export const clientSchemaVersion = 1;

/** Keys this feature keeps in the workspace database's `meta` table. */
export const syncMetaKeys = {
  /** Last workspace version whose rows are all written locally; written with those rows only. */
  cursor: 'sync.cursor',
  /** `[table, id]` of records whose local view must be re-read from the server (see `repairRows`). */
  repair: 'sync.repair',
  /** The enrollment record (`SyncSettings`). */
  settings: 'sync.settings',
  /** Owned by `commitChanges`: the highest hlc stamped or seen; sync raises it on remote hlcs. */
  lastHlc: 'lastHlc',
  /** Owned by `commitChanges`: the last outbox mutation id handed out. */
  lastMutationId: 'lastMutationId',
  /**
   * While the device reconciles with a server that lost history (reconcile.ts): `true`, then
   * `'requeuing'` once it has queued changes again, which are held until all are queued.
   */
  reconcile: 'sync.reconcile',
} as const;
