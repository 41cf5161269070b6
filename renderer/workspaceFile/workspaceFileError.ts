/**
 * Why a workspace file could not be read or imported, one code per thing the officer can act on:
 * - `not_a_workspace_file`: another kind of file (wrong magic, or too short to hold a header);
 * - `newer_format`: written by a newer Attaché (a format or database version this one does not know);
 * - `wrong_passphrase`: the first part does not open: a wrong passphrase, or damage right at the
 *   start (AES-GCM cannot tell the two apart, so the message names both);
 * - `damaged`: the passphrase opened the file but a later part does not (altered or corrupted);
 * - `truncated`: every part opens but the last one is missing (an interrupted copy);
 * - `profile_not_empty`: this profile already holds records (a file is imported into an empty one);
 * - `profile_connected`: this profile syncs with a server (its workspace comes from there).
 */
export type WorkspaceFileErrorCode =
  | 'not_a_workspace_file'
  | 'newer_format'
  | 'wrong_passphrase'
  | 'damaged'
  | 'truncated'
  | 'profile_not_empty'
  | 'profile_connected';

export class WorkspaceFileError extends Error {
  constructor(
    readonly code: WorkspaceFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceFileError';
  }
}
