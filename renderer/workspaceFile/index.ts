/**
 * A whole workspace as one encrypted file (issue 15, "what travels when there is no network"):
 * exported on one device, imported into an empty profile on another. Below the features: the
 * settings feature offers it, the sync feature reconciles imported records on connecting.
 */
export { exportWorkspaceFile, importWorkspaceFile, type WorkspaceFileProgress, type WorkspaceFileSummary } from './workspaceFile';
export { holdsRecords } from './importWorkspaceSnapshot';
export { WorkspaceFileError, type WorkspaceFileErrorCode } from './workspaceFileError';
export { loadImportedWorkspace, importedWorkspaceKey, type ImportedWorkspace } from './workspaceFileOrigin';
export { workspaceFileExtension, workspaceFileMediaType, workspaceFileName } from './workspaceFileName';
export type { SnapshotKind } from './snapshotCounts';
export type { WorkspaceOrigin } from './workspaceSnapshot';
