/** Extension of a workspace file (offered by the save dialog, accepted by the import picker). */
export const workspaceFileExtension = '.attache';
export const workspaceFileMediaType = 'application/octet-stream';

/**
 * `attache-workspace-washington-office-2026-03-02.attache`: the office (the workspace's name,
 * in plain letters: a file crosses systems that mangle diacritics) and the local day, so files
 * of several offices and days sort and read apart. `null` (a device not connected) gives `this-device`.
 */
export function workspaceFileName(workspaceName: string | null, now: Date): string {
  const office =
    (workspaceName ?? '')
      .replace(/[đĐ]/g, 'd')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'this-device';
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `attache-workspace-${office}-${day}${workspaceFileExtension}`;
}
