/**
 * Why an attachment's bytes could not be had, in the words the viewer shows:
 * - `notHere`: not on this device, and the workspace has no sync server to fetch them from;
 * - `offline`: not on this device yet, and there is no network to fetch them with;
 * - `notUploaded`: the server does not have them yet (the device that attached the file has not
 *   synced since);
 * - `fetchFailed`: the server could not give them for another reason.
 */
export type OpenProblem = 'notHere' | 'offline' | 'notUploaded' | 'fetchFailed';

/**
 * Classifies what reading the bytes gave: `null` (nowhere to fetch from) or the error it threw.
 * Reads the sync client's error by its shape (`code`, `status`), since this room imports no
 * feature; a request that got no answer while the browser says it is offline is `offline`.
 */
export function openProblem(outcome: null | { error: unknown }, online: boolean): OpenProblem {
  if (outcome === null) return 'notHere';
  const { code, status } = (outcome.error ?? {}) as { code?: unknown; status?: unknown };
  if (!online || code === 'network') return 'offline';
  if (status === 404) return 'notUploaded';
  return 'fetchFailed';
}

/** The bytes, or why they could not be had; `online` is asked after a failure (navigator.onLine). */
export async function loadBytes(
  read: () => Promise<Uint8Array<ArrayBuffer> | null>,
  online: () => boolean,
): Promise<{ bytes: Uint8Array<ArrayBuffer> } | { problem: OpenProblem }> {
  try {
    const bytes = await read();
    return bytes ? { bytes } : { problem: openProblem(null, online()) };
  } catch (error) {
    return { problem: openProblem({ error }, online()) };
  }
}
