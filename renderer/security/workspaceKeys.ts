import { DataKey } from './keyring';
import type { KeyringStore } from './keyringStore';
import { openBytes, sealBytes } from './recordSeal';

/**
 * Each workspace's database is sealed with a key of its own, kept in the profile database sealed
 * by the profile's data key. Destroying that one small record is what makes a workspace's data
 * unreadable when the device is revoked from it (the database's deleted records can linger in
 * LevelDB files until compaction), without touching the officer's other workspaces.
 */
export async function workspaceKey(store: KeyringStore, profileKey: DataKey, workspaceId: string): Promise<DataKey> {
  const context = `workspace-key/${workspaceId}`;
  const sealed = (await store.loadWorkspaceKey(workspaceId)) ?? (await store.addWorkspaceKey(workspaceId, sealBytes(profileKey, context, newKeyBytes())));
  return new DataKey(openBytes(profileKey, context, sealed));
}

function newKeyBytes(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(32));
}
