import { describe, expect, it } from 'vitest';
import { msg } from './messageKeys';
import { checkRequestEdit, defaultReplyDueOn, effectiveReplyDueOn, isFrozenRequestField } from './requestRules';
import { requestQuestionSchema } from './requestQuestion';
import { sampleRecords } from './sampleRecords';
import { verificationRequestSchema, type VerificationRequest } from './verificationRequest';

const draft = sampleRecords.verificationRequests;
const sent: VerificationRequest = { ...draft, status: 'sent', sentOn: '2026-01-06', frozenAt: '2026-01-06T03:00:00.000Z' };
const issues = (input: unknown) =>
  verificationRequestSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('verification request schema', () => {
  it('lets a draft be incomplete: no goods, no grounds yet', () => {
    expect(issues({ ...draft, goodsLines: [], grounds: { ...draft.grounds, doubtCategories: [] } })).toEqual([]);
  });

  it('accepts a complete sent request', () => expect(issues(sent)).toEqual([]));

  it('requires, once sent, the date, goods, grounds and (under an FTA) the proof of origin copy', () => {
    expect(
      issues({
        ...sent,
        sentOn: null,
        legalInstrument: 'EVFTA',
        attachmentIds: [],
        goodsLines: [],
        grounds: { ...draft.grounds, doubtCategories: [] },
      }),
    ).toEqual([
      ['sentOn', msg.requestSentOnRequired],
      ['goodsLines', msg.requestGoodsRequired],
      ['grounds.doubtCategories', msg.requestDoubtRequired],
      ['attachmentIds', msg.requestOriginDocumentRequired],
    ]);
  });

  it('does not demand a proof-of-origin copy under the CMAA', () => {
    expect(issues({ ...sent, legalInstrument: 'CMAA', attachmentIds: [] })).toEqual([]);
  });

  it('requires a visit proposal for a verification visit', () => {
    expect(issues({ ...sent, verificationMethod: 'visit' })).toEqual([['visitProposal', msg.requestVisitRequired]]);
    const proposal = { proposedFrom: '2026-03-02', proposedTo: '2026-03-06', sites: 'Factory, Đình Vũ', team: '2 officers' };
    expect(issues({ ...sent, verificationMethod: 'visit', visitProposal: proposal })).toEqual([]);
  });

  it('ties the outcome to closing, and a never-sent request closes only as withdrawn', () => {
    expect(issues({ ...sent, status: 'closed' })).toEqual([['outcome', msg.requestOutcomeRequired]]);
    expect(issues({ ...sent, outcome: 'confirmed' })).toEqual([['outcome', msg.requestOutcomeOnlyWhenClosed]]);
    expect(issues({ ...draft, status: 'closed', outcome: 'withdrawn' })).toEqual([]);
    expect(issues({ ...draft, status: 'closed', outcome: 'confirmed' })).toEqual([['outcome', msg.requestUnsentOutcome]]);
  });

  it('checks the embedded snapshot like the case records', () => {
    expect(
      issues({
        ...draft,
        exporter: { ...draft.exporter, identifiers: [{ scheme: 'VN_MST', value: '0100233480' }] },
        goodsLines: [{ ...draft.goodsLines[0], hsCode: '' }],
        transport: { ...draft.transport, portOfLoading: 'Hai Phong' },
      }),
    ).toEqual([
      ['exporter.identifiers.0.value', msg.vnTaxCodeCheckDigit],
      ['transport.portOfLoading', msg.unLocodeFormat],
      ['goodsLines.0.hsCode', msg.required],
    ]);
  });
});

describe('sent requests are frozen', () => {
  it('lets tracking fields change after sending', () => {
    const after = { ...sent, theirReference: 'CBP-2026-77', status: 'acknowledged' as const, acknowledgedOn: '2026-01-09' };
    expect(checkRequestEdit(sent, after)).toEqual([]);
  });

  it('refuses silent edits to the content of a sent request', () => {
    const after = { ...sent, subject: 'Changed', goodsLines: [{ ...sent.goodsLines[0]!, quantity: 1 }] };
    expect(checkRequestEdit(sent, after)).toEqual([
      { path: ['subject'], message: msg.requestFrozen },
      { path: ['goodsLines'], message: msg.requestFrozen },
    ]);
  });

  it('lets a draft be edited freely, including the act of sending', () => {
    expect(checkRequestEdit(draft, { ...sent, subject: 'Final subject' })).toEqual([]);
  });

  it('treats status and outcome as tracking, the letter content as frozen', () => {
    expect(isFrozenRequestField('status')).toBe(false);
    expect(isFrozenRequestField('grounds')).toBe(true);
  });
});

describe('reply deadlines', () => {
  it.each([
    ['CMAA', '2026-01-05', '2026-05-05'],
    ['EVFTA', '2026-01-05', '2026-11-05'],
    ['CPTPP', '2026-01-05', '2026-02-04'],
    ['VKFTA', '2026-01-05', '2026-04-05'],
    ['EAPA', '2026-01-05', null],
  ] as const)('%s sent %s → reply due %s', (instrument, sentOn, due) => {
    expect(defaultReplyDueOn(instrument, sentOn)).toBe(due);
  });

  it('follows the latest extension', () => {
    const extended = { replyDueOn: '2026-04-05', extensions: [{ grantedOn: '2026-03-20', newDueOn: '2026-07-04', reason: '' }] };
    expect(effectiveReplyDueOn(extended)).toBe('2026-07-04');
    expect(effectiveReplyDueOn({ replyDueOn: '2026-04-05', extensions: [] })).toBe('2026-04-05');
  });
});

describe('request question', () => {
  it('numbers questions from 1 and lists documents without repeats', () => {
    const q = sampleRecords.requestQuestions;
    expect(requestQuestionSchema.safeParse({ ...q, number: 0 }).error?.issues[0]?.message).toBe(msg.positive);
    expect(requestQuestionSchema.safeParse({ ...q, documentsRequested: ['BOM', 'BOM'] }).error?.issues[0]?.message).toBe(
      msg.listDuplicate,
    );
  });
});
