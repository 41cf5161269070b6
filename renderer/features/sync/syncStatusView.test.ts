import { describe, expect, it } from 'vitest';
import { describeSyncStatus } from './syncStatusView';
import { initialSyncState } from './syncState';

const on = { enrolled: true, online: true };

describe('describeSyncStatus', () => {
  it('says the device works alone when it is not enrolled, whatever else happens', () => {
    const view = describeSyncStatus({ ...initialSyncState, pending: 4 }, { enrolled: false, online: false });
    expect(view).toMatchObject({ kind: 'notConnected', labelKey: 'sync.status.notConnected', pending: 0 });
  });

  it('says offline without a network, and keeps the count of waiting changes', () => {
    const view = describeSyncStatus({ phase: 'syncing', pending: 2, lastSyncAt: null }, { enrolled: true, online: false });
    expect(view).toMatchObject({ kind: 'offline', pending: 2 });
  });

  it('shows how many rows a first download has received', () => {
    const view = describeSyncStatus({ phase: 'syncing', pending: 0, lastSyncAt: null, progress: { received: 5000 } }, on);
    expect(view).toMatchObject({ kind: 'syncing', labelKey: 'sync.status.syncingReceived', count: 5000 });
    expect(describeSyncStatus({ phase: 'syncing', pending: 0, lastSyncAt: null }, on).labelKey).toBe('sync.status.syncing');
  });

  it('tells an unreachable server from an error, and gives the error a translated reason', () => {
    expect(describeSyncStatus({ phase: 'offline', pending: 1, lastSyncAt: 5, error: { code: 'network', message: '' } }, on).kind).toBe(
      'unreachable',
    );
    const view = describeSyncStatus({ phase: 'error', pending: 0, lastSyncAt: 5, error: { code: 'client_outdated', message: '' } }, on);
    expect(view).toMatchObject({ kind: 'error', tone: 'danger', reasonKey: 'sync.errors.client_outdated' });
  });

  it('is up to date with the last sync time, or waiting before the first sync', () => {
    expect(describeSyncStatus({ phase: 'upToDate', pending: 0, lastSyncAt: 42 }, on)).toMatchObject({ kind: 'upToDate', lastSyncAt: 42 });
    expect(describeSyncStatus(initialSyncState, on).kind).toBe('waiting');
  });
});
