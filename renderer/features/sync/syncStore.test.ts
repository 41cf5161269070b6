import { beforeEach, describe, expect, it } from 'vitest';
import { summarizeEnrollment, useSyncStore } from './syncStore';
import type { SyncSettings } from './syncSettings';

const settings: SyncSettings = {
  serverUrl: 'http://127.0.0.1:8787',
  deviceId: 'dev-b',
  token: 'secret-token',
  workspace: { id: 'ws1', name: 'VN Customs attaché office, Washington' },
  member: { id: 'm1', name: 'Nguyễn Văn A', role: 'member' },
};

describe('useSyncStore', () => {
  beforeEach(() => {
    useSyncStore.getState().setEnrollment(null);
    useSyncStore.getState().dismissRevoked();
  });

  it('never keeps the device token in UI state', () => {
    useSyncStore.getState().setEnrollment(summarizeEnrollment(settings));
    expect(JSON.stringify(useSyncStore.getState())).not.toContain('secret-token');
    expect(useSyncStore.getState().enrollment?.workspace.name).toBe('VN Customs attaché office, Washington');
  });

  it('takes the pending count from the outbox, not from an older engine report', () => {
    const store = useSyncStore.getState();
    store.setPending(3);
    store.applyEngineState({ phase: 'upToDate', pending: 7, lastSyncAt: 1000 });
    expect(useSyncStore.getState()).toMatchObject({ phase: 'upToDate', pending: 3, lastSyncAt: 1000 });
  });

  it('never moves the last sync time back when windows report out of order', () => {
    const store = useSyncStore.getState();
    store.applyEngineState({ phase: 'upToDate', pending: 0, lastSyncAt: 2000 });
    store.applyEngineState({ phase: 'error', pending: 0, lastSyncAt: 1000, error: { code: 'internal', message: 'x' } });
    expect(useSyncStore.getState()).toMatchObject({ phase: 'error', lastSyncAt: 2000 });
  });

  it('forgets the enrollment and keeps the workspace name for the notice on revocation', () => {
    const store = useSyncStore.getState();
    store.setEnrollment(summarizeEnrollment(settings));
    store.setPending(2);
    store.markRevoked('VN Customs attaché office, Washington');
    expect(useSyncStore.getState()).toMatchObject({
      enrollment: null,
      pending: 0,
      revokedWorkspace: 'VN Customs attaché office, Washington',
    });
    useSyncStore.getState().dismissRevoked();
    expect(useSyncStore.getState().revokedWorkspace).toBeNull();
  });
});
