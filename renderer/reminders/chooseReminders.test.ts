import { describe, expect, it } from 'vitest';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import { chooseReminders, deadlineCandidates, type DeadlineCandidate } from './chooseReminders';
import { readNotified, recordNotified } from './notifiedLog';

const request = {
  ...sampleRecords.verificationRequests,
  id: sampleId(101),
  direction: 'outgoing' as const,
  status: 'sent' as const,
  legalInstrument: 'CPTPP' as const,
  sentOn: '2026-03-02',
  acknowledgedOn: null,
  acknowledgementDueOn: '2026-03-16',
  replyDueOn: '2026-04-01',
  extensions: [],
  replyReceivedOn: null,
  amendmentOf: null,
};
const references = new Map([[request.caseId, '2026-K7QX-0042']]);
const candidate = (over: Partial<DeadlineCandidate>): DeadlineCandidate => ({
  recordId: sampleId(1),
  kind: 'reply',
  direction: 'outgoing',
  dueOn: '2026-04-01',
  reference: '2026-K7QX-0042',
  subject: 'Steel',
  ...over,
});

describe('the deadlines reminders follow', () => {
  it('takes the acknowledgement and reply of open requests, outgoing and incoming, not of closed or answered ones', () => {
    const incoming = { ...request, id: sampleId(102), direction: 'incoming' as const, status: 'acknowledged' as const, acknowledgedOn: '2026-03-05' };
    const answered = { ...request, id: sampleId(103), status: 'replyReceived' as const, replyReceivedOn: '2026-03-20' };
    const draft = { ...request, id: sampleId(104), status: 'draft' as const, sentOn: null };
    const found = deadlineCandidates([request, incoming, answered, draft], references, {}, []);
    expect(found.map((c) => [c.recordId, c.kind, c.direction, c.dueOn, c.reference])).toEqual([
      [sampleId(101), 'acknowledgement', 'outgoing', '2026-03-16', '2026-K7QX-0042'],
      [sampleId(101), 'reply', 'outgoing', '2026-04-01', '2026-K7QX-0042'],
      [sampleId(102), 'reply', 'incoming', '2026-04-01', '2026-K7QX-0042'],
    ]);
  });

  it('follows the latest extension, and an amended request through its amendment only', () => {
    const extended = { ...request, acknowledgedOn: '2026-03-04', status: 'acknowledged' as const, extensions: [{ grantedOn: '2026-03-25', newDueOn: '2026-05-01', reason: '' }] };
    expect(deadlineCandidates([extended], references, {}, []).map((c) => c.dueOn)).toEqual(['2026-05-01']);
    const amendment = { ...request, id: sampleId(105), amendmentOf: request.id, amendmentNo: 1 };
    expect(deadlineCandidates([request, amendment], references, {}, []).map((c) => c.recordId)).toEqual([sampleId(105), sampleId(105)]);
  });
});

describe('choosing what to notify', () => {
  const today = '2026-03-28';

  it('notifies deadlines overdue or within the days ahead, most urgent first', () => {
    const overdue = candidate({ recordId: sampleId(1), dueOn: '2026-03-20' });
    const todayDue = candidate({ recordId: sampleId(2), dueOn: '2026-03-28' });
    const inThree = candidate({ recordId: sampleId(3), dueOn: '2026-03-31' });
    const inFour = candidate({ recordId: sampleId(4), dueOn: '2026-04-01' });
    const chosen = chooseReminders([inFour, inThree, todayDue, overdue], today, 3, new Set());
    expect(chosen.map((r) => [r.recordId, r.daysLeft])).toEqual([
      [sampleId(1), -8],
      [sampleId(2), 0],
      [sampleId(3), 3],
    ]);
    expect(chooseReminders([inFour], today, 7, new Set())).toHaveLength(1);
  });

  it('notifies nothing when the officer turned reminders off', () => {
    expect(chooseReminders([candidate({ dueOn: '2026-03-01' })], today, 0, new Set())).toEqual([]);
  });

  it('notifies each deadline once a day, again the next day, and again when its date moves', () => {
    const storage = new Map<string, string>();
    const local = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const due = candidate({ dueOn: '2026-03-30' });
    const first = chooseReminders([due], today, 3, readNotified(local, today));
    expect(first).toHaveLength(1);
    recordNotified(local, today, first.map((r) => r.key));
    // An hour later, the same day: nothing new.
    expect(chooseReminders([due], today, 3, readNotified(local, today))).toEqual([]);
    // An extension moved the date: a new deadline, notified.
    expect(chooseReminders([{ ...due, dueOn: '2026-03-31' }], today, 3, readNotified(local, today))).toHaveLength(1);
    // The next day: reminded again, and yesterday's keys are gone from the log.
    expect(chooseReminders([due], '2026-03-29', 3, readNotified(local, '2026-03-29'))).toHaveLength(1);
    recordNotified(local, '2026-03-29', []);
    expect(JSON.parse(storage.get('attache-reminders-notified')!)).toEqual([]);
  });

  it('survives a log that is not what it wrote', () => {
    const local = { getItem: () => '{not json', setItem: () => undefined };
    expect(readNotified(local, today)).toEqual(new Set());
  });
});
