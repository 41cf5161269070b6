import { WorkspaceFileError, type WorkspaceFileErrorCode } from '../../workspaceFile';

/** Every refusal of a workspace file has its own message under `settings.workspaceFile.error.*`. */
export const workspaceFileErrorKeys: Record<WorkspaceFileErrorCode, string> = {
  not_a_workspace_file: 'settings.workspaceFile.error.notAWorkspaceFile',
  newer_format: 'settings.workspaceFile.error.newerFormat',
  wrong_passphrase: 'settings.workspaceFile.error.wrongPassphrase',
  damaged: 'settings.workspaceFile.error.damaged',
  truncated: 'settings.workspaceFile.error.truncated',
  profile_not_empty: 'settings.workspaceFile.error.profileNotEmpty',
  profile_connected: 'settings.workspaceFile.error.profileConnected',
};

/** The message key and values for what an export or import threw (an unexpected error keeps its own words). */
export function workspaceFileProblem(error: unknown): { key: string; values?: Record<string, string> } {
  if (error instanceof WorkspaceFileError) return { key: workspaceFileErrorKeys[error.code] };
  return { key: 'settings.workspaceFile.error.unexpected', values: { reason: error instanceof Error ? error.message : String(error) } };
}
