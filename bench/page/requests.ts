// The requests bench's records, written into the app's own (sealed) workspace through the data
// layer, as sync or the form would: cases, their C/O copies, the register's requests with their
// questions, and the large draft the typing and letter measurements open.
import { v7 as uuidv7 } from 'uuid';
import { commitChanges, type AttacheDb, type Change } from '../../renderer/db';
import type { SyncedTable } from '../../shared/domain';
import { syntheticCases } from '../syntheticCases';
import { largeDraftRequest, syntheticRegister } from '../syntheticRequests';

export interface RequestsProfile {
  /** The draft with 50 goods lines and 20 questions. */
  draftId: string;
  /** Its reference, which its letter prints. */
  draftReference: string;
  requests: number;
  questions: number;
  writeMs: number;
}

const put = (table: SyncedTable, record: { id: string }): Change => ({ table, id: record.id, op: 'put', fields: record });

export async function writeRequestRecords(db: AttacheDb, caseCount: number, requestCount: number, ctx: { actor: string; deviceId: string }): Promise<RequestsProfile> {
  const newId = () => uuidv7();
  const cases = syntheticCases(caseCount, Array.from({ length: caseCount }, newId));
  const register = syntheticRegister(cases, requestCount, newId);
  const draft = largeDraftRequest(cases[0]!, newId);
  const changes: Change[] = [
    ...cases.map((c) => put('cases', c)),
    ...register.attachments.map((a) => put('attachments', a)),
    ...register.requests.map((r) => put('verificationRequests', r)),
    ...register.questions.map((q) => put('requestQuestions', q)),
    put('verificationRequests', draft.request),
    ...draft.questions.map((q) => put('requestQuestions', q)),
  ];
  const started = performance.now();
  await commitChanges(db, changes, ctx);
  return {
    draftId: draft.request.id,
    draftReference: draft.request.ourReference,
    requests: register.requests.length + 1,
    questions: register.questions.length + draft.questions.length,
    writeMs: performance.now() - started,
  };
}
