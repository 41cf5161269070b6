import { describe, expect, it } from 'vitest';
import { msg } from './messageKeys';
import { checkRequestReadyToSend } from './requestRules';
import { sampleRecords } from './sampleRecords';
import type { VerificationRequest } from './verificationRequest';

const draft: VerificationRequest = sampleRecords.verificationRequests;
const ready = (r: VerificationRequest, questions: number) =>
  checkRequestReadyToSend(r, questions, '2026-02-01').map((i) => [i.path.join('.'), i.message]);

describe('checkRequestReadyToSend (what sending would refuse, shown while still a draft)', () => {
  it('passes a complete outgoing draft with a question', () => expect(ready(draft, 1)).toEqual([]));

  it('asks an outgoing request for at least one question, not an incoming one', () => {
    expect(ready(draft, 0)).toEqual([['questions', msg.requestQuestionsRequired]]);
    expect(ready({ ...draft, direction: 'incoming' }, 0)).toEqual([]);
  });

  it('applies the sent-request invariants to a draft: goods, doubts, the FTA proof-of-origin copy', () => {
    expect(ready({ ...draft, legalInstrument: 'EVFTA', attachmentIds: [], goodsLines: [], grounds: { ...draft.grounds, doubtCategories: [] } }, 1)).toEqual([
      ['goodsLines', msg.requestGoodsRequired],
      ['grounds.doubtCategories', msg.requestDoubtRequired],
      ['attachmentIds', msg.requestOriginDocumentRequired],
    ]);
  });

  it('asks a visit for its dates, its sites and its officers', () => {
    const visit = { proposedFrom: null, proposedTo: null, sites: '', team: '' };
    expect(ready({ ...draft, verificationMethod: 'visit', visitProposal: visit }, 1)).toEqual([
      ['visitProposal.proposedFrom', msg.requestVisitDatesRequired],
      ['visitProposal.proposedTo', msg.requestVisitDatesRequired],
      ['visitProposal.sites', msg.requestVisitSitesRequired],
      ['visitProposal.team', msg.requestVisitTeamRequired],
    ]);
    const backwards = { proposedFrom: '2026-03-10', proposedTo: '2026-03-01', sites: 'Mill, Hải Phòng', team: 'Nguyễn Văn A' };
    expect(ready({ ...draft, verificationMethod: 'visit', visitProposal: backwards }, 1)).toEqual([['visitProposal.proposedTo', msg.dateOrder]]);
    expect(ready({ ...draft, verificationMethod: 'visit', visitProposal: null }, 1)).toEqual([['visitProposal', msg.requestVisitRequired]]);
  });
});
