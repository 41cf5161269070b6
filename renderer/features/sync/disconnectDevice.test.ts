import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCase } from '../../../test/fixtures/makeCase';
import type { AttacheDb } from '../../db/AttacheDb';
import { commitChanges } from '../../db/commitChanges';
import { ensureDeviceId } from '../../db/ids';
import { makeTestDb } from '../../db/testDb';
import { resolveDeviceId } from './deviceIdentity';
import { disconnectDevice } from './disconnectDevice';
import { loadSyncSettings, saveSyncSettings, type SyncSettings } from './syncSettings';

const settings: SyncSettings = {
  serverUrl: 'https://attache.example.gov.vn',
  deviceId: 'server-device-b',
  token: 't',
  workspace: { id: 'ws1', name: 'Washington office' },
  member: { id: 'm1', name: 'Trần Thị B', role: 'member' },
};

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb('attache-ws-ws1', {}, new IDBFactory());
  await db.open();
  await saveSyncSettings(db, settings);
});
afterEach(() => db.close());

describe('resolveDeviceId', () => {
  it('stamps changes with the server id of this device once enrolled, else the local id', async () => {
    expect(await resolveDeviceId(db)).toBe('server-device-b');
    const local = makeTestDb('attache-ws-local', {}, new IDBFactory());
    expect(await resolveDeviceId(local)).toBe(await ensureDeviceId(local));
    local.close();
  });
});

describe('disconnectDevice', () => {
  it('refuses while changes are waiting to be sent, and keeps the enrollment', async () => {
    const kase = makeCase();
    await commitChanges(db, [{ table: 'cases', id: kase.id, op: 'put', fields: kase }], { actor: 'B', deviceId: settings.deviceId });
    const leave = vi.fn();
    const deleteDb = vi.fn(async () => undefined);

    expect(await disconnectDevice(db, { leave, deleteDb })).toEqual({ disconnected: false, pending: 1 });
    expect(leave).not.toHaveBeenCalled();
    expect(deleteDb).not.toHaveBeenCalled();
    expect(await loadSyncSettings(db)).toEqual(settings);
  });

  it('forgets the token, leaves the workspace, then deletes its copy', async () => {
    const order: string[] = [];
    const result = await disconnectDevice(db, {
      leave: () => void order.push('leave'),
      deleteDb: async (name) => {
        order.push(`delete ${name}`);
        expect(await loadSyncSettings(db)).toBeNull();
      },
    });
    expect(result).toEqual({ disconnected: true });
    expect(order).toEqual(['leave', 'delete attache-ws-ws1']);
  });
});
