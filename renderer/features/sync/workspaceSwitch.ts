import Dexie from 'dexie';
import { workspaceDbName } from '../../db/AttacheDb';

/**
 * Deletes a workspace's database after the app has switched away from it. Deleting by name (not
 * through the open instance) lets IndexedDB wait until the old `DatabaseProvider` has closed its
 * connection, so no screen still reading it sees a closed database.
 */
export function deleteWorkspaceDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // One macrotask: React unmounts the old workspace's tree before the delete request is made.
    setTimeout(() => {
      Dexie.delete(name).then(resolve, reject);
    }, 0);
  });
}

/** `deleteWorkspaceDb` by workspace id. */
export function deleteWorkspace(workspaceId: string): Promise<void> {
  return deleteWorkspaceDb(workspaceDbName(workspaceId));
}
