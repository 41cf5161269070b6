import type { Attachment, Contact, RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { liveRecords, toRecord, type AttacheDb } from '../../../db';
import { orderedQuestions } from './letterContent';

/** Everything a request's letter prints, read in one transaction so it is consistent. */
export interface RequestLetterData {
  request: VerificationRequest;
  questions: RequestQuestion[];
  /** The attachments the request lists, in its order; one not on this device (or deleted) is left out. */
  attachments: Attachment[];
  ourContact: Contact | null;
  theirContact: Contact | null;
  /** The request an amendment amends, with its questions; null for an original request. */
  amendedRequest: VerificationRequest | null;
  amendedQuestions: RequestQuestion[];
}

type Live<T> = (T & { deleted: number }) | undefined;
const live = <T extends object>(row: Live<T>): T | null => (row && row.deleted === 0 ? toRecord(row) : null);

async function questionsOf(db: AttacheDb, requestId: string): Promise<RequestQuestion[]> {
  return orderedQuestions(liveRecords(await db.requestQuestions.where('requestId').equals(requestId).toArray()));
}

/** The letter's data for request `id`, or null when the request is not on this device. */
export async function loadRequestLetter(db: AttacheDb, id: string): Promise<RequestLetterData | null> {
  const tables = [db.verificationRequests, db.requestQuestions, db.attachments, db.contacts];
  return db.transaction('r', tables, async () => {
    const request = live<VerificationRequest>(await db.verificationRequests.get(id));
    if (!request) return null;
    const contact = async (contactId: string | null) => (contactId ? live<Contact>(await db.contacts.get(contactId)) : null);
    const attachments = (await db.attachments.bulkGet(request.attachmentIds)).map((row) => live<Attachment>(row));
    const amendedRequest = request.amendmentOf ? live<VerificationRequest>(await db.verificationRequests.get(request.amendmentOf)) : null;
    return {
      request,
      questions: await questionsOf(db, id),
      attachments: attachments.filter((a): a is Attachment => a !== null),
      ourContact: await contact(request.ourContactId),
      theirContact: await contact(request.theirContactId),
      amendedRequest,
      amendedQuestions: amendedRequest ? await questionsOf(db, amendedRequest.id) : [],
    };
  });
}
