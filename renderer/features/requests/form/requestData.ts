import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment, Case, GoodsLine, Party, ProofOfOrigin, RequestQuestion, Shipment, VerificationRequest } from '../../../../shared/domain';
import { toRecord, useDatabase, type AttacheDb } from '../../../db';
import { loadCaseFamily } from '../../../records';
import type { CaseForRequest } from './newRequestFromCase';
import type { RequestBundle } from './requestChanges';

type Stored = Record<string, unknown> & { deleted?: number };

const live = (row: Stored) => row.deleted === 0;

/** A request and its live questions (in number order), read together; null when missing or deleted. */
export async function loadRequestBundle(db: AttacheDb, requestId: string): Promise<RequestBundle | null> {
  return db.transaction('r', [db.verificationRequests, db.requestQuestions], async () => {
    const stored = (await db.verificationRequests.get(requestId)) as Stored | undefined;
    if (!stored || !live(stored)) return null;
    const rows = (await db.requestQuestions.where('requestId').equals(requestId).toArray()) as unknown as Stored[];
    const questions = rows.filter(live).map((r) => toRecord(r) as RequestQuestion).sort((a, b) => a.number - b.number);
    return { request: toRecord(stored) as VerificationRequest, questions };
  });
}

/** The case and its live children a new request is filled from (`loadCaseFamily`); null when missing. */
export async function loadCaseForRequest(db: AttacheDb, caseId: string): Promise<CaseForRequest | null> {
  const family = await db.transaction('r', db.tables, () => loadCaseFamily(db, caseId));
  const rows = (table: string) => family.filter((f) => f.table === table && live(f.row as Stored)).map((f) => toRecord(f.row as Stored));
  const [kase] = rows('cases') as Case[];
  if (!kase) return null;
  return {
    case: kase,
    parties: rows('parties') as Party[],
    goods: rows('goods') as GoodsLine[],
    shipments: rows('shipments') as Shipment[],
    proofsOfOrigin: rows('proofsOfOrigin') as ProofOfOrigin[],
    attachments: rows('attachments') as Attachment[],
  };
}

/** The request and its questions, live (`undefined` while reading); the edit page keeps the first read. */
export function useRequestBundle(requestId: string): RequestBundle | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadRequestBundle(db, requestId), [db, requestId]);
}

export function useCaseForRequest(caseId: string | null): CaseForRequest | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => (caseId ? loadCaseForRequest(db, caseId) : null), [db, caseId]);
}
