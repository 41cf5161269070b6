import type { BadgeTone } from '../../components';
import { syncErrorKey } from './syncMessages';
import type { SyncState } from './syncState';

export type SyncStatusKind = 'notConnected' | 'offline' | 'unreachable' | 'syncing' | 'upToDate' | 'waiting' | 'error';

/** What the top bar's status pill says, before translation. */
export interface SyncStatusView {
  kind: SyncStatusKind;
  tone: BadgeTone;
  /** i18n key of the main label; plural keys take `count`. */
  labelKey: string;
  count?: number;
  /** i18n key of the reason, for `error`. */
  reasonKey?: string;
  /** Shown as "· <time>" for `upToDate`. */
  lastSyncAt: number | null;
  /** Changes saved here and not yet acknowledged by the server (0 when not enrolled). */
  pending: number;
}

/**
 * The one status line of the sync, by priority: not enrolled; no network at all; a sync running
 * (with rows received so far, e.g. on a first download); the server unreachable; an error with
 * its translated reason; up to date with the last sync time; or not synced yet since start.
 */
export function describeSyncStatus(state: SyncState, { enrolled, online }: { enrolled: boolean; online: boolean }): SyncStatusView {
  const base = { lastSyncAt: state.lastSyncAt, pending: enrolled ? state.pending : 0 };
  if (!enrolled) return { ...base, kind: 'notConnected', tone: 'neutral', labelKey: 'sync.status.notConnected' };
  if (!online) return { ...base, kind: 'offline', tone: 'warning', labelKey: 'sync.status.offline' };
  switch (state.phase) {
    case 'syncing': {
      const received = state.progress?.received ?? 0;
      return received > 0
        ? { ...base, kind: 'syncing', tone: 'progress', labelKey: 'sync.status.syncingReceived', count: received }
        : { ...base, kind: 'syncing', tone: 'progress', labelKey: 'sync.status.syncing' };
    }
    case 'offline':
      return { ...base, kind: 'unreachable', tone: 'warning', labelKey: 'sync.status.unreachable' };
    case 'error':
    case 'revoked':
      return { ...base, kind: 'error', tone: 'danger', labelKey: 'sync.status.error', reasonKey: syncErrorKey(state.error?.code) };
    case 'upToDate':
      return { ...base, kind: 'upToDate', tone: 'success', labelKey: 'sync.status.upToDate' };
    case 'idle':
      return state.lastSyncAt
        ? { ...base, kind: 'upToDate', tone: 'success', labelKey: 'sync.status.upToDate' }
        : { ...base, kind: 'waiting', tone: 'neutral', labelKey: 'sync.status.waiting' };
  }
}
