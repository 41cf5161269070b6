// The requests bench writes what its generator makes through the data layer, which refuses any
// record its schema rejects: these checks keep the generator in step with the shared schemas, so a
// schema change fails here, not halfway through `npm run bench`.
import { describe, expect, it } from 'vitest';
import { attachmentSchema, requestQuestionSchema, verificationRequestSchema } from '../../shared/domain';
import { syntheticCases } from '../../bench/syntheticCases';
import { largeDraftRequest, syntheticRegister } from '../../bench/syntheticRequests';

const newId = () => crypto.randomUUID();
const cases = syntheticCases(40, Array.from({ length: 40 }, newId));

describe('synthetic requests for the bench', () => {
  const register = syntheticRegister(cases, 400, newId);

  it('makes requests, questions and C/O copies the shared schemas accept unchanged', () => {
    for (const request of register.requests) expect(verificationRequestSchema.parse(request)).toEqual(request);
    for (const question of register.questions.slice(0, 200)) expect(requestQuestionSchema.parse(question)).toEqual(question);
    for (const attachment of register.attachments) expect(attachmentSchema.parse(attachment)).toEqual(attachment);
  });

  it('spreads the register over every case and every status, questions numbered from 1', () => {
    expect(new Set(register.requests.map((r) => r.caseId)).size).toBe(40);
    expect(new Set(register.requests.map((r) => r.status))).toEqual(
      new Set(['draft', 'sent', 'acknowledged', 'inProgress', 'informationRequested', 'visitScheduled', 'replyReceived', 'closed']),
    );
    const first = register.requests[0]!;
    expect(register.questions.filter((q) => q.requestId === first.id).map((q) => q.number)[0]).toBe(1);
  });

  it('is the same register for the same seed', () => {
    let n = 0;
    const counter = () => `01900000-0000-7000-8000-${String(n++).padStart(12, '0')}`;
    const a = syntheticRegister(cases, 50, counter);
    n = 0;
    expect(syntheticRegister(cases, 50, counter)).toEqual(a);
  });

  it('makes the large draft: 50 goods lines, 20 questions, bilingual, valid', () => {
    const { request, questions } = largeDraftRequest(cases[0]!, newId);
    expect(verificationRequestSchema.parse(request)).toEqual(request);
    expect(request.status).toBe('draft');
    expect(request.language).toBe('bilingual');
    expect(request.goodsLines).toHaveLength(50);
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const question of questions) expect(requestQuestionSchema.parse(question)).toEqual(question);
  });
});
