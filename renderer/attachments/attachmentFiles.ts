import type { Attachment } from '../../shared/domain';
import { commitChanges, newId, type AttacheDb, type CommitContext } from '../db';
import { sha256Hex } from '../security/sha256';

/** The sync server's limit for one file (server/sync/protocol.ts `maxBlobBytes`). */
export const maxAttachmentBytes = 64 * 1024 * 1024;

export interface FileToAttach {
  name: string;
  /** The browser's media type; empty when it does not know (sent as application/octet-stream). */
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A file over `maxAttachmentBytes`: refused before anything is read or written. */
export class AttachmentTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    /** The file's size in bytes, for a message that says how far over the limit it is. */
    readonly size: number,
  ) {
    super(`${fileName} (${size} bytes) is larger than ${maxAttachmentBytes} bytes`);
    this.name = 'AttachmentTooLargeError';
  }
}

/** Whether a file of `size` bytes may be attached (checked before its bytes are even read). */
export function fitsAttachmentLimit(size: number): boolean {
  return size <= maxAttachmentBytes;
}

/** A file name the record accepts: at most 255 characters, the extension kept. */
function recordFileName(name: string): string {
  const trimmed = name.normalize('NFC').trim() || 'file';
  if ([...trimmed].length <= 255) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const extension = dot > 0 && trimmed.length - dot <= 16 ? trimmed.slice(dot) : '';
  return [...trimmed].slice(0, 255 - extension.length).join('') + extension;
}

/**
 * Attaches a file to a case (a request sends some of its case's attachments, by id): in ONE transaction, the bytes (sealed at rest like every record),
 * their place in the upload queue and the attachment record (through `commitChanges`, so it is in
 * the outbox and the audit). The hash is computed first: WebCrypto cannot run inside the
 * transaction. Returns the attachment's id.
 */
export async function attachFile(db: AttacheDb, caseId: string, file: FileToAttach, ctx: CommitContext): Promise<string> {
  if (!fitsAttachmentLimit(file.bytes.length)) throw new AttachmentTooLargeError(file.name, file.bytes.length);
  const sha256 = await sha256Hex(file.bytes);
  const id = newId();
  const fields: Attachment = {
    id,
    caseId,
    fileName: recordFileName(file.name),
    mediaType: file.type || 'application/octet-stream',
    size: file.bytes.length,
    sha256,
    description: '',
  };
  await db.transaction('rw', [db.blobs, db.blobUploads, db.attachments, db.outbox, db.changeLog, db.meta], async () => {
    if (!(await db.blobs.get(sha256))) {
      await db.blobs.put({ sha256, size: file.bytes.length, bytes: file.bytes });
      await db.blobUploads.put({ sha256, queuedAt: new Date().toISOString() });
    }
    await commitChanges(db, [{ table: 'attachments', id, op: 'put', fields }], ctx);
  });
  return id;
}

/**
 * Removes an attachment (a tombstone that syncs); its bytes go too when no other attachment on
 * this device names them, and with them any upload not yet made.
 */
export async function removeAttachment(db: AttacheDb, attachment: Pick<Attachment, 'id' | 'sha256'>, ctx: CommitContext): Promise<void> {
  await db.transaction('rw', [db.blobs, db.blobUploads, db.attachments, db.outbox, db.changeLog, db.meta], async () => {
    await commitChanges(db, [{ table: 'attachments', id: attachment.id, op: 'delete' }], ctx);
    const stillNamed = await db.attachments.filter((a) => a.deleted === 0 && a.sha256 === attachment.sha256).count();
    if (stillNamed === 0) {
      await db.blobs.delete(attachment.sha256);
      await db.blobUploads.delete(attachment.sha256);
    }
  });
}
