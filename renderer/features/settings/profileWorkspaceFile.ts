import { isAdminTable, parentKeys, recordTables, type RecordTable } from '../../../shared/domain';
import type { AttacheDb } from '../../db';
import { recordExports, type ViewContext } from '../audit';
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
 * The records a saved workspace file carries, logged as exported (law-enforcement data leaving
 * the app, as a case's own export is): every record without a parent (each case, meeting, action
 * item, contact and risk list), so its activity says who took it out and when; its parts travel
 * with it. Not the administration's deadline rules and holidays, which are no case's data.
 * Returns how many records were logged.
 */
export async function recordWorkspaceExport(db: AttacheDb, ctx: ViewContext): Promise<number> {
  const exported = recordTables.filter((t): t is RecordTable => !(t in parentKeys) && !isAdminTable(t));
  let logged = 0;
  for (const table of exported) {
    const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
    await recordExports(db, table, ids, ctx);
    logged += ids.length;
  }
  return logged;
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
