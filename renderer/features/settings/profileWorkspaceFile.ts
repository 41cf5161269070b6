import type { AttacheDb } from '../../db';
import { exportWorkspaceFile, importWorkspaceFile, WorkspaceFileError, type WorkspaceFileProgress, type WorkspaceFileSummary, type WorkspaceOrigin } from '../../workspaceFile';
import { loadSyncSettings } from '../sync';

type Progress = (progress: WorkspaceFileProgress) => void;

/** The workspace open in this profile: the enrolled one (id and name only), or `local`. */
export async function profileOrigin(db: AttacheDb): Promise<WorkspaceOrigin> {
  const settings = await loadSyncSettings(db);
  return settings ? { workspaceId: settings.workspace.id, workspaceName: settings.workspace.name } : { workspaceId: 'local', workspaceName: null };
}

/** The open workspace as one encrypted file (renderer/workspaceFile), named after its office. */
export async function exportProfileWorkspace(db: AttacheDb, passphrase: string, onProgress: Progress) {
  const origin = await profileOrigin(db);
  return { origin, ...(await exportWorkspaceFile(db, origin, passphrase, { onProgress })) };
}

/**
 * Loads a workspace file into this profile. Only a profile that is not connected to a sync
 * server takes one (`profile_connected`): a connected one gets its workspace from the server,
 * and a file's records written beside it would never be reconciled. The rest is
 * `importWorkspaceFile`'s (empty profile only, all or nothing).
 */
export async function importIntoProfile(db: AttacheDb, file: Uint8Array, passphrase: string, onProgress: Progress): Promise<WorkspaceFileSummary> {
  if (await loadSyncSettings(db)) {
    throw new WorkspaceFileError('profile_connected', 'This profile is connected to a sync server: its workspace comes from there');
  }
  return importWorkspaceFile(db, file, passphrase, { onProgress });
}
