import { describe, expect, it } from 'vitest';
import { msg, type RequestQuestion } from '../../../../shared/domain';
import { sampleId, sampleRecords } from '../../../../shared/domain/sampleRecords';
import { newRequestFromCase, type CaseForRequest } from './newRequestFromCase';
import { formValuesToQuestions, formValuesToRequest, requestBaseOf, requestFormSchema, requestToFormValues, type RequestFormValues } from './requestForm';

const s = sampleRecords;
const source: CaseForRequest = {
  case: { ...s.cases, direction: 'outgoing', legalBasis: 'EVFTA Protocol 1, Art. 34' },
  parties: [
    { ...s.parties, id: sampleId(60), role: 'importer', name: 'Pacific Wire Inc.', country: 'US', identifiers: [{ scheme: 'US_EIN', value: '12-3456789' }] },
    s.parties,
  ],
  goods: [{ ...s.goods, id: sampleId(61), lineNo: 2, hsCode: '760429', description: 'Aluminium bars' }, s.goods],
  shipments: [s.shipments],
  proofsOfOrigin: [s.proofsOfOrigin],
  attachments: [s.attachments],
};
const options = { ourAuthority: 'Vietnam Customs', partnerAuthority: 'Customs of the United States' };
const question: RequestQuestion = { ...s.requestQuestions, number: 1 };

/** The messages the form schema gives, by field name. */
function formIssues(values: RequestFormValues): [string, string][] {
  return requestFormSchema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
}

describe('newRequestFromCase', () => {
  const values = newRequestFromCase(source, '2026-03-02', options);

  it('fills the authorities by direction, the parties by role and the goods in order with their HS codes', () => {
    expect([values.requestingAuthority, values.requestedAuthority]).toEqual(['Vietnam Customs', 'Customs of the United States']);
    expect(values.exporter).toEqual({ name: 'Công ty TNHH Thép Việt', address: s.parties.address, country: 'VN', identifiers: [{ scheme: 'VN_MST', value: '0100233488' }] });
    expect(values.importer.identifiers).toEqual([{ scheme: 'US_EIN', value: '12-3456789' }]);
    expect(values.producer.name).toBe('');
    expect(values.goodsLines.map((g) => g.hsCode)).toEqual(['721391', '760429']);
    const incoming = newRequestFromCase({ ...source, case: { ...source.case, direction: 'incoming' } }, '2026-03-02', options);
    expect([incoming.requestingAuthority, incoming.requestedAuthority]).toEqual(['Customs of the United States', 'Vietnam Customs']);
  });

  it('takes the proof of origin, the shipment, the instrument named in the legal basis and its reply period', () => {
    expect(values.proofOfOrigin).toEqual({ kind: 'formB', number: 'VN-US 25/01/00123', issueDate: '2025-10-30', issuingBody: s.proofsOfOrigin.issuingBody });
    expect(values.transport).toMatchObject({ billOfLading: 'HPHLAX2601001', portOfLoading: 'VNHPH', portOfDischarge: 'USLAX', departureDate: '2025-11-02' });
    expect(values.legalInstrument).toBe('EVFTA');
    expect(values.replyDueOn).toBe('2027-01-02');
    expect(values.grounds.doubtCategories).toEqual(['transshipment']);
  });

  it('does not share objects with the case: editing the request never touches it', () => {
    values.exporter.identifiers[0]!.value = 'changed';
    expect(s.parties.identifiers[0]!.value).toBe('0100233488');
  });
});

describe('request form validation (as if sending)', () => {
  it('says at draft time what sending would refuse: a question, the proof-of-origin copy, a doubt', () => {
    const values = newRequestFromCase({ ...source, case: { ...source.case, type: 'other' } }, '2026-03-02', options);
    expect(formIssues(values)).toEqual([
      ['grounds.doubtCategories', msg.requestDoubtRequired],
      ['attachmentIds', msg.requestOriginDocumentRequired],
      ['questions', msg.requestQuestionsRequired],
    ]);
  });

  it('shows field errors and the sending rules together, and a visit asks for dates, sites and team', () => {
    const values = newRequestFromCase(source, '2026-03-02', options);
    values.subject = '';
    values.goodsLines[0]!.hsCode = '72a';
    values.verificationMethod = 'visit';
    values.attachmentIds = [s.attachments.id];
    values.questions = [{ id: sampleId(70), text: 'Provide the bill of materials.', documents: [{ name: '' }] }];
    expect(formIssues(values).map(([path]) => path)).toEqual([
      'subject',
      'goodsLines.0.hsCode',
      'questions.0.documents.0.name',
      'visitProposal.proposedFrom',
      'visitProposal.proposedTo',
      'visitProposal.sites',
      'visitProposal.team',
    ]);
  });
});

describe('form values ⇄ records', () => {
  it('round-trips a stored request and its questions, numbering lines and questions in on-screen order', () => {
    const stored = { ...s.verificationRequests, goodsLines: [{ ...s.verificationRequests.goodsLines[0]!, itemNo: 1 }] };
    const values = requestToFormValues(stored, [question]);
    expect(values.visitProposal).toEqual({ proposedFrom: null, proposedTo: null, sites: '', team: '' });
    const output = requestFormSchema.parse(values);
    expect(formValuesToRequest(output, requestBaseOf(stored))).toEqual(stored);
    expect(formValuesToQuestions(output, stored.id, [question])).toEqual([question]);
  });

  it('keeps a stored answer, numbers a moved question by its new place and stores a visit only for visits', () => {
    const answered = { ...question, answer: 'Bill of materials attached.' };
    const second = { ...question, id: sampleId(71), number: 2, text: 'Second', documentsRequested: [] };
    const values = requestToFormValues(s.verificationRequests, [answered, second]);
    values.questions.reverse();
    values.visitProposal.sites = 'Mill';
    const output = requestFormSchema.parse({ ...values, questions: values.questions });
    const rows = formValuesToQuestions(output, s.verificationRequests.id, [answered, second]);
    expect(rows.map((r) => [r.text, r.number, r.answer])).toEqual([
      ['Second', 1, ''],
      [question.text, 2, 'Bill of materials attached.'],
    ]);
    expect(formValuesToRequest(output, requestBaseOf(s.verificationRequests)).visitProposal).toBeNull();
  });
});
