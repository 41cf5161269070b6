import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { KeyringRecord } from './keyring';

/**
 * Where the profile's keyring lives: an IndexedDB database of its own (`attache-profile`), apart
 * from the workspace databases it unlocks (so erasing the device can destroy the keys first).
 * It holds one record; the data key in it is only ever wrapped.
 */
class ProfileDb extends Dexie {
  declare keyring: Table<KeyringRecord & { slot: 'profile' }, 'profile'>;

  constructor(options?: DexieOptions) {
    super(profileDbName, options);
    this.version(1).stores({ keyring: 'slot' });
  }
}

const profileDbName = 'attache-profile';

export interface KeyringStore {
  load(): Promise<KeyringRecord | null>;
  save(keyring: KeyringRecord): Promise<void>;
}

/** The keyring store of this profile (`options` carries fake-indexeddb in tests). */
export function openKeyringStore(options?: DexieOptions): KeyringStore {
  const db = new ProfileDb(options);
  return {
    async load() {
      const stored = await db.keyring.get('profile');
      if (!stored) return null;
      const { slot: _slot, ...keyring } = stored;
      return keyring;
    },
    async save(keyring) {
      await db.keyring.put({ ...keyring, slot: 'profile' });
    },
  };
}
