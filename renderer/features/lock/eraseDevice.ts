import Dexie from 'dexie';
import type { KeyringStore } from '../../security/keyringStore';
import { forgetSessionKeys } from '../../security/session';

/** Every IndexedDB database of the app is named `attache-…` (workspaces, the profile). */
const appDatabasePrefix = 'attache-';

export interface EraseDeviceOptions {
  store: KeyringStore;
  /** The names of this profile's IndexedDB databases (tests pass their own). */
  listDatabases?: () => Promise<string[]>;
  deleteDatabase?: (name: string) => Promise<void>;
  /** Clears preferences and counters kept outside IndexedDB (localStorage in the app). */
  clearStorage?: () => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * "Erase this device": destroys the keys first (the keyring and every workspace key, in one
 * transaction), so whatever the following deletions leave on disk (LevelDB keeps deleted records
 * until compaction; a crash may stop half-way) can no longer be decrypted, even with the
 * passphrase. Then forgets the keys held in memory, deletes every database of the app and clears
 * local preferences. What was synchronised stays on the sync server.
 */
export async function eraseDevice(options: EraseDeviceOptions): Promise<void> {
  await options.store.destroyAll();
  forgetSessionKeys();
  const list = options.listDatabases ?? (async () => (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : [])));
  const names = (await list()).filter((name) => name.startsWith(appDatabasePrefix));
  const remove = options.deleteDatabase ?? ((name: string) => Dexie.delete(name));
  for (const [index, name] of names.entries()) {
    await remove(name);
    options.onProgress?.(index + 1, names.length);
  }
  (options.clearStorage ?? (() => localStorage.clear()))();
}
