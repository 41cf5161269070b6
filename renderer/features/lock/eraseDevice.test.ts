import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { AttacheDb } from '../../db';
import { commitChanges } from '../../db/commitChanges';
import { createKeyring } from '../../security/keyring';
import { openKeyringStore } from '../../security/keyringStore';
import { workspaceKey } from '../../security/workspaceKeys';
import { eraseDevice } from './eraseDevice';

const ctx = { actor: 'Trần Thị B', deviceId: '0190f0aa-1111-4222-8333-444455556666' };

describe('erase this device', () => {
  it('destroys the keys before any data, then deletes every database of the app and the preferences', async () => {
    const factory = new IDBFactory();
    const dexieOptions = { indexedDB: factory, IDBKeyRange };
    const store = openKeyringStore(dexieOptions);
    const { keyring, dataKey } = await createKeyring('ngựa vằn Geneva tàu hỏa 47', { iterations: 1000 });
    await store.save(keyring);
    for (const id of ['local', 'ws-hanoi']) {
      const db = new AttacheDb(`attache-ws-${id}`, { ...dexieOptions, dataKey: await workspaceKey(store, dataKey, id) });
      await commitChanges(db, [{ table: 'cases', id: sampleRecords.cases.id, op: 'put', fields: { ...sampleRecords.cases } }], ctx);
      db.close();
    }
    const other = new AttacheDb('someone-else', dexieOptions); // not the app's: left alone
    await other.open();
    other.close();

    const order: string[] = [];
    const names = async () => (await factory.databases()).flatMap((d) => (d.name ? [d.name] : []));
    let cleared = false;
    await eraseDevice({
      store,
      listDatabases: names,
      deleteDatabase: async (name) => {
        const keysLeft = (await names()).includes('attache-profile');
        order.push(`${name} (keys ${keysLeft ? 'still there' : 'gone'})`);
        await new Promise<void>((resolve, reject) => {
          const request = factory.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        });
      },
      clearStorage: () => (cleared = true),
    });

    expect(order).toEqual(['attache-ws-local (keys gone)', 'attache-ws-ws-hanoi (keys gone)']);
    expect((await names()).sort()).toEqual(['someone-else']);
    expect(cleared).toBe(true);
  });
});
