import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg, type RequestQuestion, type VerificationRequest } from '../../../../shared/domain';
import { sampleId, sampleRecords } from '../../../../shared/domain/sampleRecords';
import { commitChanges, openWorkspaceDb, type AttacheDb } from '../../../db';
import { newTestDataKey } from '../../../db/testDb';
import { createAmendment } from './createAmendment';
import { requestFormSchema, requestToFormValues, type RequestFormOutput, type RequestFormValues } from './requestForm';
import { requestChanges } from './requestChanges';
import { RequestFormIssuesError, RequestFrozenError, saveRequest } from './saveRequest';

const deviceId = '5d0f7c1e-2b9a-4c55-9a1d-3e6f2b8c4d11';
const now = new Date('2026-03-02T08:00:00Z');
const s = sampleRecords;
const requestId = sampleId(90);
const ctx = { actor: 'An', deviceId, now: () => now };
let db: AttacheDb;
let n = 0;

beforeEach(async () => {
  db = await openWorkspaceDb(`requests-save-${++n}`, { dataKey: newTestDataKey() });
  await commitChanges(db, [{ table: 'cases', id: s.cases.id, op: 'put', fields: { ...s.cases } }], ctx);
});
afterEach(() => db.close());

const question = (k: number, text: string): RequestFormValues['questions'][number] => ({ id: sampleId(100 + k), text, documents: [{ name: 'Bill of materials' }] });

function newValues(): RequestFormValues {
  const values = requestToFormValues({ ...s.verificationRequests, id: requestId }, []);
  values.questions = [question(1, 'Was the wire rod produced by the exporter?'), question(2, 'Which mill supplied the billets?')];
  return values;
}

async function stored(): Promise<{ request: VerificationRequest | undefined; questions: RequestQuestion[] }> {
  const request = (await db.verificationRequests.get(requestId)) as VerificationRequest | undefined;
  const rows = (await db.requestQuestions.where('requestId').equals(requestId).toArray()) as (RequestQuestion & { deleted: number })[];
  return { request, questions: rows.filter((r) => r.deleted === 0).sort((a, b) => a.number - b.number) };
}

const save = (before: Parameters<typeof saveRequest>[1]['before'], values: RequestFormValues) =>
  saveRequest(db, { before, requestId, caseId: s.cases.id, values: requestFormSchema.parse(values), actor: 'An', deviceId, now });

describe('saveRequest', () => {
  it('creates the request and its numbered question rows in one commit', async () => {
    await save(null, newValues());
    const { request, questions } = await stored();
    expect(request?.status).toBe('draft');
    expect(request?.caseId).toBe(s.cases.id);
    expect(questions.map((q) => [q.number, q.text, q.documentsRequested])).toEqual([
      [1, 'Was the wire rod produced by the exporter?', ['Bill of materials']],
      [2, 'Which mill supplied the billets?', ['Bill of materials']],
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => o.table).filter((t) => t !== 'cases')).toEqual(['verificationRequests', 'requestQuestions', 'requestQuestions']);
  });

  it('writes only what changed: a reworded question, a removed one, an added one, no untouched row', async () => {
    const before = await save(null, newValues());
    const outboxBefore = await db.outbox.count();
    const values = requestToFormValues(before.request, before.questions);
    values.questions[0]!.text = 'Was the wire rod rolled by the exporter?';
    values.questions.splice(1, 1, question(3, 'Provide the production records for November 2025.'));
    await save(before, values);
    const { request, questions } = await stored();
    expect(questions.map((q) => [q.number, q.text])).toEqual([
      [1, 'Was the wire rod rolled by the exporter?'],
      [2, 'Provide the production records for November 2025.'],
    ]);
    expect(request?.subject).toBe(s.verificationRequests.subject);
    const written = (await db.outbox.toArray()).slice(outboxBefore).map((o) => o.table);
    expect(written.sort()).toEqual(['requestQuestions', 'requestQuestions', 'requestQuestions']);
  });

  it('refuses an invalid record, naming the form field, and writes nothing', async () => {
    const values = newValues();
    values.goodsLines[0]!.hsCode = '';
    // Past the form (a stale draft, another caller): the records are checked again.
    const error = await saveRequest(db, { before: null, requestId, caseId: s.cases.id, values: values as RequestFormOutput, actor: 'An', deviceId, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestFormIssuesError);
    expect((error as RequestFormIssuesError).issues).toEqual([{ name: 'goodsLines.0.hsCode', message: msg.required }]);
    expect(await stored()).toEqual({ request: undefined, questions: [] });
  });

  it('refuses changes to the content of a sent request, but lets its tracking change', async () => {
    const draft = await save(null, newValues());
    const sent = { ...draft.request, status: 'sent' as const, sentOn: '2026-03-02', frozenAt: now.toISOString() };
    await commitChanges(db, [{ table: 'verificationRequests', id: requestId, op: 'put', fields: { status: 'sent', sentOn: '2026-03-02', frozenAt: sent.frozenAt } }], ctx);
    const before = { request: sent, questions: draft.questions };
    const values = requestToFormValues(sent, draft.questions);
    values.subject = 'A silent edit';
    values.questions[1]!.text = 'Reworded after sending';
    const error = await save(before, values).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestFrozenError);
    expect((error as RequestFrozenError).issues).toEqual([
      { name: 'subject', message: msg.requestFrozen },
      { name: 'questions', message: msg.requestFrozen },
    ]);
    expect((await stored()).request?.subject).toBe(s.verificationRequests.subject);
    const tracking = requestToFormValues(sent, draft.questions);
    tracking.theirReference = 'CBP-2026-0042';
    await save(before, tracking);
    expect((await stored()).request?.theirReference).toBe('CBP-2026-0042');
  });

  it('stores an amendment as a new draft linked to the sent request, with its own question rows', async () => {
    const draft = await save(null, newValues());
    const sent = { ...draft.request, status: 'sent' as const, sentOn: '2026-03-02', frozenAt: now.toISOString() };
    let k = 200;
    const amendment = createAmendment(sent, draft.questions, { id: sampleId(199), newQuestionId: () => sampleId(k++), now });
    await commitChanges(db, requestChanges(null, amendment), ctx);
    const rows = await db.requestQuestions.where('requestId').equals(sampleId(199)).count();
    expect(rows).toBe(2);
    expect((await db.verificationRequests.get(sampleId(199)))?.amendmentOf).toBe(requestId);
    expect((await stored()).questions).toHaveLength(2);
  });
});
