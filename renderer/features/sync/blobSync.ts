import type { AttacheDb } from '../../db/AttacheDb';
import { createSyncClient, type SyncClient } from './syncClient';
import { loadSyncSettings } from './syncSettings';

/**
 * Uploads the bytes of files attached on this device before the outbox is pushed, so the server
 * never holds an attachment record whose bytes it lacks. Each hash leaves the queue only after
 * the server confirmed it (an upload is idempotent, so a lost answer costs a second upload).
 * Returns how many were uploaded.
 */
export async function uploadBlobs(db: AttacheDb, client: SyncClient): Promise<number> {
  let uploaded = 0;
  for (const sha256 of (await db.blobUploads.toCollection().primaryKeys()) as string[]) {
    const blob = await db.blobs.get(sha256);
    // Bytes gone (the attachment was removed and its bytes collected): nothing to send.
    if (blob) await client.putBlob(sha256, blob.bytes);
    await db.blobUploads.delete(sha256);
    uploaded += 1;
  }
  return uploaded;
}

/**
 * The bytes of an attachment: from this device if they are here, otherwise downloaded (checked
 * against the hash by the client) and kept, sealed, for next time. `client` is null when the
 * workspace is not enrolled; then bytes that are not here cannot be had (`null`).
 */
export async function attachmentBytes(db: AttacheDb, client: SyncClient | null, sha256: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const local = await db.blobs.get(sha256);
  if (local) return local.bytes;
  if (!client) return null;
  const bytes = await client.getBlob(sha256);
  await db.blobs.put({ sha256, size: bytes.length, bytes });
  return bytes;
}

/**
 * `attachmentBytes` for the screens: with the workspace's enrolled server, if any. Resolves
 * `null` when the bytes are neither here nor obtainable (a local workspace); rejects with a
 * `SyncError` when the server cannot give them (offline, not there yet).
 */
export async function readAttachmentBytes(db: AttacheDb, sha256: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const settings = await loadSyncSettings(db);
  const client = settings ? createSyncClient({ baseUrl: settings.serverUrl, token: settings.token }) : null;
  return attachmentBytes(db, client, sha256);
}
