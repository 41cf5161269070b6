import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment, Case, RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { liveRecords, useDatabase, type AttacheDb } from '../../../db';

export interface Register {
  requests: VerificationRequest[];
  cases: Map<string, Case>;
}

/** Every live request with the case fields the register shows, read in one transaction. */
export async function loadRegister(db: AttacheDb): Promise<Register> {
  return db.transaction('r', [db.verificationRequests, db.cases], async () => {
    const [requests, cases] = await Promise.all([db.verificationRequests.toArray(), db.cases.toArray()]);
    return {
      requests: liveRecords(requests) as VerificationRequest[],
      cases: new Map((liveRecords(cases) as Case[]).map((c) => [c.id, c])),
    };
  });
}

/** What a request's page shows: the request, its questions in order, its case, its amendments. */
export interface RequestFamily {
  request: VerificationRequest;
  questions: RequestQuestion[];
  case: Case | null;
  /** The request this one amends, when it is an amendment. */
  amended: VerificationRequest | null;
  /** Amendments of this request, oldest first. */
  amendments: VerificationRequest[];
  attachments: Attachment[];
}

async function questionsOf(db: AttacheDb, requestId: string): Promise<RequestQuestion[]> {
  const rows = await db.requestQuestions.where('requestId').equals(requestId).toArray();
  return (liveRecords(rows) as RequestQuestion[]).sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
}

export async function loadRequestFamily(db: AttacheDb, id: string): Promise<RequestFamily | null> {
  return db.transaction('r', [db.verificationRequests, db.requestQuestions, db.cases, db.attachments], async () => {
    const stored = await db.verificationRequests.get(id);
    if (!stored || stored.deleted !== 0) return null;
    const [request] = liveRecords([stored]) as VerificationRequest[];
    const siblings = liveRecords(await db.verificationRequests.where('caseId').equals(request!.caseId).toArray()) as VerificationRequest[];
    const amended = request!.amendmentOf ? (siblings.find((r) => r.id === request!.amendmentOf) ?? null) : null;
    const storedCase = await db.cases.get(request!.caseId);
    const attachments = liveRecords(await db.attachments.where('caseId').equals(request!.caseId).toArray()) as Attachment[];
    return {
      request: request!,
      questions: await questionsOf(db, id),
      case: storedCase && storedCase.deleted === 0 ? (liveRecords([storedCase])[0] as Case) : null,
      amended,
      amendments: siblings.filter((r) => r.amendmentOf === id).sort((a, b) => a.amendmentNo - b.amendmentNo),
      attachments,
    };
  });
}

export function useRequestFamily(id: string): RequestFamily | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadRequestFamily(db, id), [db, id]);
}

/** The requests of one case, newest first (the case page's section). */
export function useCaseRequests(caseId: string): VerificationRequest[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const rows = liveRecords(await db.verificationRequests.where('caseId').equals(caseId).toArray()) as VerificationRequest[];
    return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [db, caseId]);
}
