import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { AttacheDb } from '../../db';
import { commitChanges } from '../../db/commitChanges';
import { KeyringError, type DataKey } from '../../security/keyring';
import { openKeyringStore } from '../../security/keyringStore';
import { workspaceKey } from '../../security/workspaceKeys';
import {
  changePassphrase,
  disableKeychainUnlock,
  enableKeychainUnlock,
  setUpProfile,
  unlockProfile,
  unlockWithKeychain,
  type ProfileLockOptions,
} from './profileLock';

const passphrase = 'ngựa vằn Geneva tàu hỏa 47';
const ctx = { actor: 'Trần Thị B', deviceId: '0190f0aa-1111-4222-8333-444455556666' };

/** A profile on its own fake IndexedDB holding one workspace written before passphrases existed. */
async function legacyProfile() {
  const factory = new IDBFactory();
  const dexieOptions = { indexedDB: factory, IDBKeyRange };
  const plain = new AttacheDb('attache-ws-local', dexieOptions);
  await commitChanges(plain, [{ table: 'cases', id: sampleRecords.cases.id, op: 'put', fields: { ...sampleRecords.cases } }], ctx);
  plain.close();
  const options: ProfileLockOptions = {
    store: openKeyringStore(dexieOptions),
    listDatabases: async () => (await factory.databases()).flatMap((d) => (d.name ? [d.name] : [])),
    openDb: (name: string, key: DataKey) => new AttacheDb(name, { ...dexieOptions, dataKey: key }),
  };
  /** The case row as IndexedDB holds it, beneath every middleware. */
  const storedCase = async () => {
    const db = new AttacheDb('attache-ws-local', dexieOptions);
    await db.open();
    const value = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = db.backendDB().transaction('cases').objectStore('cases').get(sampleRecords.cases.id);
      request.onsuccess = () => resolve(request.result as Record<string, unknown>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return value;
  };
  return { options, storedCase };
}

describe('profile lock', () => {
  it('first run saves the keyring and seals what the computer already held', async () => {
    const { options, storedCase } = await legacyProfile();
    expect((await storedCase()).title).toBe(sampleRecords.cases.title);
    const profileKey = await setUpProfile(passphrase, options);
    const stored = await storedCase();
    expect(stored.title).toBeUndefined();
    expect(stored.sealed).toBeInstanceOf(Uint8Array);
    expect((await options.store.load())?.legacySealed).toBe(true);
    // Sealed with the workspace's own key, which the profile key opens.
    const db = options.openDb!('attache-ws-local', await workspaceKey(options.store, profileKey, 'local'));
    expect((await db.cases.get(sampleRecords.cases.id))?.title).toBe(sampleRecords.cases.title);
    db.close();
  });

  it('an unlock finishes a sealing a crash interrupted, and a wrong passphrase seals nothing', async () => {
    const { options, storedCase } = await legacyProfile();
    const key = await setUpProfile(passphrase, { ...options, listDatabases: async () => [] }); // "crashed" before sealing
    const keyring = (await options.store.load())!;
    await options.store.save({ ...keyring, legacySealed: false });

    await expect(unlockProfile({ ...keyring, legacySealed: false }, 'the wrong passphrase', options)).rejects.toBeInstanceOf(KeyringError);
    expect((await storedCase()).title).toBe(sampleRecords.cases.title);

    const unlocked = await unlockProfile({ ...keyring, legacySealed: false }, passphrase, options);
    expect(unlocked.bytes).toEqual(key.bytes);
    expect((await storedCase()).sealed).toBeInstanceOf(Uint8Array);
    expect((await options.store.load())?.legacySealed).toBe(true);
  });

  it('a passphrase change needs the current passphrase, re-wraps the key only, and the data stays readable', async () => {
    const { options } = await legacyProfile();
    const profileKey = await setUpProfile(passphrase, options);
    const before = (await options.store.load())!;
    const next = 'Hải Phòng cảng container 2027';

    await expect(changePassphrase(options.store, 'not the passphrase', next)).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect(await options.store.load()).toEqual(before);

    await changePassphrase(options.store, passphrase, next);
    const after = (await options.store.load())!;
    expect(after.id).toBe(before.id);
    expect(after.passphraseWrap.sealed).not.toEqual(before.passphraseWrap.sealed);
    await expect(unlockProfile(after, passphrase, options)).rejects.toBeInstanceOf(KeyringError);
    const unlocked = await unlockProfile(after, next, options);
    expect(unlocked.bytes).toEqual(profileKey.bytes);
    const db = options.openDb!('attache-ws-local', await workspaceKey(options.store, unlocked, 'local'));
    expect((await db.cases.get(sampleRecords.cases.id))?.title).toBe(sampleRecords.cases.title);
    db.close();
  });

  it('the OS keychain, once opted in, unlocks the same key; a keychain answering another key is refused; opting out removes its wrap', async () => {
    const { options } = await legacyProfile();
    const profileKey = await setUpProfile(passphrase, options);
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const xor = (bytes: Uint8Array) => bytes.map((b, i) => b ^ secret[i % 32]!);
    const keychain = { seal: async (b: Uint8Array<ArrayBuffer>) => xor(b), open: async (b: Uint8Array<ArrayBuffer>) => xor(b) };

    await enableKeychainUnlock(options.store, profileKey, keychain);
    const keyring = (await options.store.load())!;
    expect(Buffer.from(keyring.keychainWrap!.sealed).equals(Buffer.from(profileKey.bytes))).toBe(false);
    expect((await unlockWithKeychain(keyring, keychain, options)).bytes).toEqual(profileKey.bytes);
    expect((await unlockProfile(keyring, passphrase, options)).bytes).toEqual(profileKey.bytes);

    const otherKeychain = { ...keychain, open: async () => crypto.getRandomValues(new Uint8Array(32)) };
    await expect(unlockWithKeychain(keyring, otherKeychain, options)).rejects.toMatchObject({ code: 'keychain_failed' });
    const brokenKeychain = { ...keychain, open: () => Promise.reject(new Error('The user denied access to the keychain')) };
    await expect(unlockWithKeychain(keyring, brokenKeychain, options)).rejects.toMatchObject({ code: 'keychain_failed' });

    // A passphrase change keeps the keychain's wrap (it holds the same key).
    await changePassphrase(options.store, passphrase, 'Hải Phòng cảng container 2027');
    expect((await unlockWithKeychain((await options.store.load())!, keychain, options)).bytes).toEqual(profileKey.bytes);

    await disableKeychainUnlock(options.store);
    const after = (await options.store.load())!;
    expect(after.keychainWrap).toBeUndefined();
    await expect(unlockWithKeychain(after, keychain, options)).rejects.toMatchObject({ code: 'keychain_failed' });
  });
});
