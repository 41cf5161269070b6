import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Bytes, KeyringRecord } from './keyring';

/** One workspace's own data key, sealed by the profile's data key (see `workspaceKeys.ts`). */
export interface StoredWorkspaceKey {
  workspaceId: string;
  sealed: Bytes;
}

/**
 * Where the profile's keys live: an IndexedDB database of its own (`attache-profile`), apart
 * from the workspace databases they unlock, so erasing a workspace or the whole device can
 * destroy the keys first. It holds the keyring (the profile's data key, only ever wrapped) and
 * each workspace's key, sealed by that data key.
 */
class ProfileDb extends Dexie {
  declare keyring: Table<KeyringRecord & { slot: 'profile' }, 'profile'>;
  declare workspaceKeys: Table<StoredWorkspaceKey, string>;

  constructor(options?: DexieOptions) {
    super(profileDbName, options);
    this.version(1).stores({ keyring: 'slot' });
    this.version(2).stores({ workspaceKeys: 'workspaceId' });
  }
}

export const profileDbName = 'attache-profile';

export interface KeyringStore {
  load(): Promise<KeyringRecord | null>;
  save(keyring: KeyringRecord): Promise<void>;
  loadWorkspaceKey(workspaceId: string): Promise<Bytes | null>;
  /** Stores a workspace key unless one is already there; answers the one that is kept. */
  addWorkspaceKey(workspaceId: string, sealed: Bytes): Promise<Bytes>;
  /** Deletes a workspace's key: its database, wherever its bytes linger, can no longer be read. */
  destroyWorkspaceKey(workspaceId: string): Promise<void>;
  /** Deletes every key of the profile, then the profile database itself. */
  destroyAll(): Promise<void>;
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
    async loadWorkspaceKey(workspaceId) {
      return (await db.workspaceKeys.get(workspaceId))?.sealed ?? null;
    },
    addWorkspaceKey(workspaceId, sealed) {
      // One transaction: two windows opening a new workspace at once must end with one key.
      return db.transaction('rw', db.workspaceKeys, async () => {
        const existing = await db.workspaceKeys.get(workspaceId);
        if (existing) return existing.sealed;
        await db.workspaceKeys.add({ workspaceId, sealed });
        return sealed;
      });
    },
    async destroyWorkspaceKey(workspaceId) {
      await db.workspaceKeys.delete(workspaceId);
    },
    async destroyAll() {
      // The records first, in one transaction: if deleting the database is blocked or
      // interrupted, the keys are already gone.
      await db.transaction('rw', db.keyring, db.workspaceKeys, async () => {
        await db.keyring.clear();
        await db.workspaceKeys.clear();
      });
      await db.delete();
    },
  };
}

let profileStore: KeyringStore | null = null;

/** The app's one keyring store (the lock gate, the settings and erasing share it). */
export function profileKeyringStore(): KeyringStore {
  return (profileStore ??= openKeyringStore());
}
