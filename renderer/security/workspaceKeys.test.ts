import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { AttacheDb } from '../db';
import { commitChanges } from '../db/commitChanges';
import { DataKey } from './keyring';
import { openKeyringStore } from './keyringStore';
import { SealError } from './recordSeal';
import { workspaceKey } from './workspaceKeys';

const ctx = { actor: 'Trần Thị B', deviceId: '0190f0aa-1111-4222-8333-444455556666' };
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function profile() {
  const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
  return { dexieOptions, store: openKeyringStore(dexieOptions), profileKey: new DataKey(crypto.getRandomValues(new Uint8Array(32))) };
}

describe('workspace keys', () => {
  it('gives each workspace a key of its own, the same one at every opening, stored only sealed', async () => {
    const { store, profileKey } = profile();
    const washington = await workspaceKey(store, profileKey, 'ws-washington');
    expect((await workspaceKey(store, profileKey, 'ws-washington')).bytes).toEqual(washington.bytes);
    const hanoi = await workspaceKey(store, profileKey, 'ws-hanoi');
    expect(hanoi.bytes).not.toEqual(washington.bytes);
    expect(washington.bytes).not.toEqual(profileKey.bytes);
    const stored = (await store.loadWorkspaceKey('ws-washington'))!;
    expect(hex(stored)).not.toContain(hex(washington.bytes.subarray(0, 8)));
  });

  it('will not open with another profile key, nor a key stored for another workspace', async () => {
    const { store, profileKey } = profile();
    await workspaceKey(store, profileKey, 'ws-washington');
    const otherProfile = new DataKey(crypto.getRandomValues(new Uint8Array(32)));
    await expect(workspaceKey(store, otherProfile, 'ws-washington')).rejects.toBeInstanceOf(SealError);
    // A sealed key copied under another workspace's name does not open there.
    await store.addWorkspaceKey('ws-hanoi', (await store.loadWorkspaceKey('ws-washington'))!);
    await expect(workspaceKey(store, profileKey, 'ws-hanoi')).rejects.toBeInstanceOf(SealError);
  });

  it('after its key is destroyed, a workspace database left on disk cannot be read, even with the passphrase', async () => {
    const { dexieOptions, store, profileKey } = profile();
    const db = new AttacheDb('attache-ws-hanoi', { ...dexieOptions, dataKey: await workspaceKey(store, profileKey, 'ws-hanoi') });
    await commitChanges(db, [{ table: 'cases', id: sampleRecords.cases.id, op: 'put', fields: { ...sampleRecords.cases } }], ctx);
    db.close();

    await store.destroyWorkspaceKey('ws-hanoi');
    // The profile key still opens (the passphrase is known); a new key is made for the name…
    const reopened = new AttacheDb('attache-ws-hanoi', { ...dexieOptions, dataKey: await workspaceKey(store, profileKey, 'ws-hanoi') });
    // …and the old records do not open with it.
    await expect(reopened.cases.get(sampleRecords.cases.id)).rejects.toBeInstanceOf(SealError);
    reopened.close();
  });

  it('erasing the profile destroys the keyring and every workspace key', async () => {
    const { dexieOptions, store, profileKey } = profile();
    await store.save({ format: 1, id: 'k', createdAt: '2026-11-25T00:00:00Z', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000, salt: new Uint8Array(16) }, passphraseWrap: { iv: new Uint8Array(12), sealed: new Uint8Array(48) } });
    await workspaceKey(store, profileKey, 'local');
    await store.destroyAll();
    expect((await dexieOptions.indexedDB.databases()).map((d) => d.name)).not.toContain('attache-profile');
    const reopened = openKeyringStore(dexieOptions);
    expect(await reopened.load()).toBeNull();
    expect(await reopened.loadWorkspaceKey('local')).toBeNull();
  });
});
