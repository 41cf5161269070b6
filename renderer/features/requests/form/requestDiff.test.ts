import { describe, expect, it } from 'vitest';
import type { RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { sampleId, sampleRecords } from '../../../../shared/domain/sampleRecords';
import { createAmendment } from './createAmendment';
import { requestDiff } from './requestDiff';

const now = new Date('2026-04-01T08:00:00Z');
const sent: VerificationRequest = {
  ...sampleRecords.verificationRequests,
  status: 'acknowledged',
  sentOn: '2026-03-02',
  frozenAt: '2026-03-02T08:00:00.000Z',
  theirReference: 'CBP-2026-0042',
  replyDueOn: '2026-06-30',
  acknowledgedOn: '2026-03-05',
};
const asked: RequestQuestion = { ...sampleRecords.requestQuestions, requestId: sent.id, number: 1, answer: 'Yes.', answeredOn: '2026-03-20' };
let k = 300;
const amend = () => createAmendment(sent, [asked], { id: sampleId(299), newQuestionId: () => sampleId(k++), now });

describe('createAmendment', () => {
  it('is a new draft linked to the sent request, numbered after it, with its content and none of its tracking', () => {
    const { request, questions } = amend();
    expect(request).toMatchObject({ id: sampleId(299), amendmentOf: sent.id, amendmentNo: 1, status: 'draft', sentOn: null, frozenAt: null, acknowledgedOn: null });
    expect(request.subject).toBe(sent.subject);
    expect(request.goodsLines).toEqual(sent.goodsLines);
    expect(request.goodsLines).not.toBe(sent.goodsLines);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ requestId: sampleId(299), text: asked.text, answer: '', answeredOn: null });
    expect(questions[0]!.id).not.toBe(asked.id);
  });
});

describe('requestDiff', () => {
  it('is empty for an amendment nobody changed (tracking and identity are not content)', () => {
    const { request, questions } = amend();
    expect(requestDiff(sent, request, [asked], questions)).toEqual([]);
  });

  it('lists each changed field with its section, label, old and new value, in the form order', () => {
    const { request, questions } = amend();
    request.subject = 'Verification of C/O VN-US 25/01/00123 (corrected)';
    request.exporter = { ...request.exporter, name: 'Công ty TNHH Thép Việt Nam' };
    request.goodsLines = [{ ...request.goodsLines[0]!, hsCode: '721399' }, { ...request.goodsLines[0]!, itemNo: 2, description: 'Billets', hsCode: '720711' }];
    request.grounds = { ...request.grounds, doubtCategories: ['transshipment', 'productionCapacity'] };
    questions[0]!.text = 'Who rolled the wire rod?';
    const diff = requestDiff(sent, request, [asked], questions);
    expect(diff.map((d) => [d.path, d.group.key, d.label.key, d.before, d.after])).toEqual([
      ['subject', 'requestForm.sections.header', 'requestForm.fields.subject', sent.subject, request.subject],
      ['exporter.name', 'requestForm.sections.exporter', 'requestForm.fields.party.name', 'Công ty TNHH Thép Việt', 'Công ty TNHH Thép Việt Nam'],
      ['goodsLines.0.hsCode', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.hsCode', '721391', '721399'],
      ['goodsLines.1.description', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.description', null, 'Billets'],
      ['goodsLines.1.hsCode', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.hsCode', null, '720711'],
      ['goodsLines.1.originCriterion', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.originCriterion', null, 'WO'],
      ['goodsLines.1.quantity', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.quantity', null, 250000],
      ['goodsLines.1.unit', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.unit', null, 'kg'],
      ['goodsLines.1.value', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.value', null, 137500],
      ['goodsLines.1.currency', 'requestForm.sections.goodsLine', 'requestForm.fields.goods.currency', null, 'USD'],
      ['grounds.doubtCategories', 'requestForm.sections.grounds', 'requestForm.fields.grounds.doubtCategories', ['transshipment'], ['transshipment', 'productionCapacity']],
      ['questions.0.text', 'requestForm.sections.question', 'requestForm.fields.question.text', asked.text, 'Who rolled the wire rod?'],
    ]);
    expect(diff.find((d) => d.path === 'goodsLines.1.hsCode')?.group.params).toEqual({ n: 2 });
    expect(diff.find((d) => d.path === 'grounds.doubtCategories')?.kind).toEqual({ enum: 'doubtCategory' });
  });

  it('shows a removed question against nothing', () => {
    const { request } = amend();
    expect(requestDiff(sent, request, [asked], []).map((d) => [d.path, d.after])).toEqual([
      ['questions.0.text', null],
      ['questions.0.documentsRequested', null],
    ]);
  });
});
