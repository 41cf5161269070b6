import type { Attachment, VerificationRequest } from '../../../../shared/domain';
import { attachFile } from '../../../attachments';
import { liveRecords, type AttacheDb, type CommitContext } from '../../../db';
import { sha256Hex } from '../../../security/sha256';

/**
 * Keeps the printed letter of a sent request with its case's files, so the document that left
 * the office travels (sealed, synced) with the case. Only a sent request's letter is its sent
 * document; a draft's is a proof. The same bytes are kept once: printing again adds nothing.
 * Returns the kept file's name, or null when nothing was added.
 */
export async function keepSentLetter(
  db: AttacheDb,
  request: Pick<VerificationRequest, 'caseId' | 'frozenAt'>,
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  ctx: CommitContext,
): Promise<string | null> {
  if (request.frozenAt === null) return null;
  const sha256 = await sha256Hex(bytes);
  const files = liveRecords(await db.attachments.where('caseId').equals(request.caseId).toArray()) as Attachment[];
  if (files.some((f) => f.sha256 === sha256)) return null;
  await attachFile(db, request.caseId, { name: fileName, type: 'application/pdf', bytes }, ctx);
  return fileName;
}
