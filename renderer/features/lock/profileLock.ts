import { AttacheDb } from '../../db';
import { sealExistingRecords } from '../../db/sealExisting';
import { createKeyring, DataKey, KeyringError, rewrapKeyring, unlockWithPassphrase, type Bytes, type KeyringRecord } from '../../security/keyring';
import { openBytes, sealBytes } from '../../security/recordSeal';
import { workspaceKey } from '../../security/workspaceKeys';
import type { KeyringStore } from '../../security/keyringStore';

const workspaceDbPrefix = 'attache-ws-';

export interface ProfileLockOptions {
  store: KeyringStore;
  /** The names of this profile's IndexedDB databases (tests pass their own). */
  listDatabases?: () => Promise<string[]>;
  /** Opens a workspace database by name with its workspace's key (tests pass fake-indexeddb). */
  openDb?: (name: string, key: DataKey) => AttacheDb;
  onProgress?: (done: number, total: number) => void;
}

async function browserDatabases(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
}

/**
 * First run: creates the keyring, saves it, then seals what this computer already holds (data
 * written before passphrases existed). The keyring is saved first: a crash while sealing leaves
 * records sealed and records still in clear, both readable with the key, and `unlockProfile`
 * finishes the job (the keyring says whether it was done).
 */
export async function setUpProfile(passphrase: string, options: ProfileLockOptions): Promise<DataKey> {
  const { keyring, dataKey } = await createKeyring(passphrase);
  await options.store.save(keyring);
  await sealLegacyData(keyring, dataKey, options);
  return dataKey;
}

/** Unwraps the data key (throws `KeyringError('wrong_passphrase')`) and finishes an interrupted first sealing. */
export async function unlockProfile(keyring: KeyringRecord, passphrase: string, options: ProfileLockOptions): Promise<DataKey> {
  const dataKey = await unlockWithPassphrase(keyring, passphrase);
  if (!keyring.legacySealed) await sealLegacyData(keyring, dataKey, options);
  return dataKey;
}

/** The OS keychain as the host offers it (Platform `keychainSeal` / `keychainOpen`). */
export interface KeychainAccess {
  seal(key: Bytes): Promise<Bytes>;
  open(sealed: Bytes): Promise<Bytes>;
}

const keychainCheckContext = (keyring: KeyringRecord) => `keyring/${keyring.id}/keychain-check`;

/**
 * Opt-in: the OS keychain also wraps the data key, so the officer can unlock with their computer
 * account. The passphrase keeps working; turning this off removes the keychain's wrap.
 */
export async function enableKeychainUnlock(store: KeyringStore, dataKey: DataKey, keychain: KeychainAccess): Promise<void> {
  const keyring = await store.load();
  if (!keyring) throw new Error('This profile has no keyring');
  const sealed = await keychain.seal(new Uint8Array(dataKey.bytes));
  const check = sealBytes(dataKey, keychainCheckContext(keyring), new Uint8Array(0));
  await store.save({ ...keyring, keychainWrap: { sealed, check } });
}

export async function disableKeychainUnlock(store: KeyringStore): Promise<void> {
  const keyring = await store.load();
  if (!keyring?.keychainWrap) return;
  const { keychainWrap: _dropped, ...rest } = keyring;
  await store.save(rest);
}

/**
 * Unlocks with the OS keychain: what it returns must open the keyring's check (another profile's
 * key, or a keychain reset, does not), else `KeyringError('keychain_failed')`.
 */
export async function unlockWithKeychain(keyring: KeyringRecord, keychain: KeychainAccess, options: ProfileLockOptions): Promise<DataKey> {
  if (!keyring.keychainWrap) throw new KeyringError('keychain_failed', 'The keychain does not hold this profile’s key');
  let key: DataKey | undefined;
  try {
    key = new DataKey(await keychain.open(keyring.keychainWrap.sealed));
    openBytes(key, keychainCheckContext(keyring), keyring.keychainWrap.check);
  } catch (error) {
    key?.forget();
    throw new KeyringError('keychain_failed', `The keychain did not give this profile’s key: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!keyring.legacySealed) await sealLegacyData(keyring, key, options);
  return key;
}

async function sealLegacyData(keyring: KeyringRecord, dataKey: DataKey, options: ProfileLockOptions): Promise<void> {
  const names = (await (options.listDatabases ?? browserDatabases)()).filter((n) => n.startsWith(workspaceDbPrefix));
  const open = options.openDb ?? ((name: string, key: DataKey) => new AttacheDb(name, { dataKey: key }));
  for (const name of names) {
    const db = open(name, await workspaceKey(options.store, dataKey, name.slice(workspaceDbPrefix.length)));
    try {
      await sealExistingRecords(db, options.onProgress);
    } finally {
      db.close();
    }
  }
  await options.store.save({ ...keyring, legacySealed: true });
}


/**
 * Changes the passphrase: the current one must open the keyring (`KeyringError('wrong_passphrase')`
 * otherwise, and nothing changes); then only the wrap of the data key is replaced, so no record
 * is rewritten and the data stays readable throughout.
 */
export async function changePassphrase(store: KeyringStore, current: string, next: string): Promise<void> {
  const keyring = await store.load();
  if (!keyring) throw new Error('This profile has no keyring');
  const key = await unlockWithPassphrase(keyring, current);
  try {
    await store.save(await rewrapKeyring(keyring, key, next));
  } finally {
    key.forget(); // a copy: the session keeps its own
  }
}
