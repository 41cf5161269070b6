import type { AttacheDb } from '../db/AttacheDb';
import type { WorkspaceOrigin } from './workspaceSnapshot';

/** Where a workspace database's records came from, when a workspace file brought them (its `meta`). */
export interface ImportedWorkspace extends WorkspaceOrigin {
  exportedAt: string;
  importedAt: string;
}

export const importedWorkspaceKey = 'workspaceFile.imported';

/**
 * The workspace file `db`'s records were imported from, if any. When the device later connects
 * to that same workspace, they are its records as the exporting device held them (server versions
 * and clocks intact) and are reconciled, not re-created (features/sync adoptLocalWorkspace).
 */
export async function loadImportedWorkspace(db: AttacheDb): Promise<ImportedWorkspace | null> {
  const stored = await db.meta.get(importedWorkspaceKey);
  return (stored?.value as ImportedWorkspace | undefined) ?? null;
}
