import { describe, expect, it } from 'vitest';
import { isRequestOverdue, requestStatistics, responseDays, type CountedRequest } from './requestStatistics';

let seq = 0;
const request = (over: Partial<CountedRequest>): CountedRequest => ({
  id: `r${++seq}`,
  caseId: 'case-us',
  direction: 'outgoing',
  legalInstrument: 'CMAA',
  sentOn: '2026-01-10',
  replyReceivedOn: null,
  replyDueOn: '2026-05-10',
  extensions: [],
  status: 'sent',
  outcome: null,
  amendmentOf: null,
  ...over,
});

const partners: Record<string, string> = { 'case-us': 'US', 'case-kr': 'KR', 'case-de': 'DE' };
const partnerOf = (r: CountedRequest) => partners[r.caseId] ?? '';
const today = '2026-06-30';
const monthly = { granularity: 'month' as const, from: null, to: null, today };

describe('responseDays', () => {
  it('counts calendar days from sending to the reply, across a leap day', () => {
    expect(responseDays({ sentOn: '2028-02-01', replyReceivedOn: '2028-03-01' })).toBe(29);
    expect(responseDays({ sentOn: '2026-01-10', replyReceivedOn: '2026-01-10' })).toBe(0);
    expect(responseDays({ sentOn: '2026-01-10', replyReceivedOn: null })).toBeNull();
    expect(responseDays({ sentOn: null, replyReceivedOn: null })).toBeNull();
  });
});

describe('isRequestOverdue', () => {
  it('is overdue once the due date in force has passed with no reply', () => {
    expect(isRequestOverdue(request({ replyDueOn: '2026-06-29' }), today)).toBe(true);
    expect(isRequestOverdue(request({ replyDueOn: '2026-06-30' }), today)).toBe(false);
  });

  it('follows the last extension rather than the first due date', () => {
    const extended = request({ replyDueOn: '2026-03-01', extensions: [{ grantedOn: '2026-02-20', newDueOn: '2026-07-31', reason: 'Visit' }] });
    expect(isRequestOverdue(extended, today)).toBe(false);
  });

  it('is never overdue once replied, closed, unsent or without a due date', () => {
    expect(isRequestOverdue(request({ replyDueOn: '2026-01-01', replyReceivedOn: '2026-02-01', status: 'replyReceived' }), today)).toBe(false);
    expect(isRequestOverdue(request({ replyDueOn: '2026-01-01', status: 'closed', outcome: 'noReply' }), today)).toBe(false);
    expect(isRequestOverdue(request({ replyDueOn: '2026-01-01', sentOn: null, status: 'draft' }), today)).toBe(false);
    expect(isRequestOverdue(request({ replyDueOn: null }), today)).toBe(false);
  });
});

describe('requestStatistics', () => {
  const register = [
    request({ sentOn: '2026-01-05', replyReceivedOn: '2026-03-06', status: 'closed', outcome: 'confirmed' }), // 60 days
    request({ sentOn: '2026-01-20', replyReceivedOn: '2026-05-20', status: 'closed', outcome: 'notConfirmed', caseId: 'case-kr', legalInstrument: 'VKFTA' }), // 120
    request({ sentOn: '2026-01-25', replyDueOn: '2026-05-25' }), // overdue
    request({ sentOn: '2026-03-02', replyReceivedOn: '2026-04-01', status: 'replyReceived' }), // 30
    request({ sentOn: '2026-02-14', direction: 'incoming', replyReceivedOn: '2026-02-24', status: 'closed', outcome: 'confirmed', caseId: 'case-de', legalInstrument: 'EVFTA' }), // 10
    request({ sentOn: null, status: 'draft', replyDueOn: null }),
    request({ sentOn: '2026-01-25', amendmentOf: 'r3', replyDueOn: '2026-02-01' }),
  ];

  it('counts requests sent and received per month, the quiet months as zero', () => {
    const { periods } = requestStatistics(register, partnerOf, monthly);
    expect(periods.map((p) => [p.period, p.sent, p.received])).toEqual([
      ['2026-01', 3, 0],
      ['2026-02', 0, 1],
      ['2026-03', 1, 0],
    ]);
  });

  it('groups by quarter, with median and p90 response times by direction', () => {
    const { periods, total } = requestStatistics(register, partnerOf, { ...monthly, granularity: 'quarter' });
    expect(periods).toHaveLength(1);
    const [q1] = periods;
    expect(q1).toMatchObject({ period: '2026-Q1', sent: 4, received: 1, overdue: 1 });
    expect(q1?.theirReplies).toEqual({ count: 3, median: 60, p90: 108 });
    expect(q1?.ourReplies).toEqual({ count: 1, median: 10, p90: 10 });
    expect(total).toMatchObject({ period: 'total', sent: 4, received: 1, overdue: 1, theirReplies: q1?.theirReplies });
  });

  it('leaves out drafts and amendments, which would count one request twice', () => {
    expect(requestStatistics(register, partnerOf, monthly).total.sent).toBe(4);
  });

  it('keeps to the period chosen (inclusive dates) and lists its empty months', () => {
    const { periods, total } = requestStatistics(register, partnerOf, { ...monthly, from: '2026-01-20', to: '2026-04-30' });
    expect(periods.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(periods.map((p) => p.sent)).toEqual([2, 0, 1, 0]);
    expect(total).toMatchObject({ sent: 3, received: 1 });
    expect(total.theirReplies).toEqual({ count: 2, median: 75, p90: 111 });
  });

  it('has no periods and no response time when nothing was sent', () => {
    const { periods, total, byPartner } = requestStatistics([request({ sentOn: null, status: 'draft' })], partnerOf, monthly);
    expect(periods).toEqual([]);
    expect(total).toMatchObject({ sent: 0, received: 0, overdue: 0, theirReplies: { count: 0, median: null, p90: null } });
    expect(byPartner).toEqual([]);
  });

  it('breaks the outcomes down by partner country, most requests first, the unknown case as ""', () => {
    const { byPartner } = requestStatistics([...register, request({ caseId: 'gone' })], partnerOf, monthly);
    expect(byPartner.map((row) => row.key)).toEqual(['US', '', 'DE', 'KR']);
    expect(byPartner[0]?.counts).toEqual({ confirmed: 1, notConfirmed: 0, noReply: 0, withdrawn: 0, pending: 2, total: 3 });
    expect(byPartner.find((row) => row.key === 'KR')?.counts).toMatchObject({ notConfirmed: 1, total: 1 });
  });

  it('breaks the outcomes down by legal instrument, ties in the instruments’ order', () => {
    const { byInstrument } = requestStatistics(register, partnerOf, monthly);
    expect(byInstrument.map((row) => [row.key, row.counts.total])).toEqual([
      ['CMAA', 3],
      ['EVFTA', 1],
      ['VKFTA', 1],
    ]);
    expect(byInstrument[1]?.counts.confirmed).toBe(1);
  });

  it('does not let a reply dated before the sending pull the response time down', () => {
    const typo = request({ sentOn: '2026-01-10', replyReceivedOn: '2025-01-10', status: 'replyReceived' });
    expect(requestStatistics([typo], partnerOf, monthly).total.theirReplies.count).toBe(0);
  });
});
