import { describe, expect, it } from 'vitest';
import type { VerificationRequest } from '../../../../shared/domain';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import type { Change } from '../../../db';
import { availableEvents, eventChanges, type EventContext } from './requestEvents';

const draft: VerificationRequest = { ...(sampleRecords.verificationRequests as VerificationRequest), status: 'draft', sentOn: null, frozenAt: null };
const sent: VerificationRequest = { ...draft, status: 'sent', sentOn: '2026-01-05', frozenAt: '2026-01-05T09:00:00.000Z', replyDueOn: '2026-05-05' };
const ctx: EventContext = { author: 'Lan', now: new Date('2026-01-05T09:00:00Z'), noteId: 'note-1', noteText: 'Sent' };
/** The fields a put writes (a delete writes none). */
const fieldsOf = (change: Change | undefined) => (change && change.op === 'put' ? change.fields : undefined);
const requestFields = (changes: Change[]) => fieldsOf(changes.find((c) => c.table === 'verificationRequests'))!;

describe('request events', () => {
  it('offers a draft only sending and withdrawing, and a sent request the tracking events', () => {
    expect(availableEvents(draft)).toEqual(['send', 'close']);
    expect(availableEvents(sent)).toEqual(['acknowledge', 'interimReply', 'requestInformation', 'scheduleVisit', 'receiveReply', 'extend', 'close']);
    expect(availableEvents({ ...sent, status: 'closed' })).toEqual(['reopen']);
    expect(availableEvents({ ...sent, status: 'acknowledged', acknowledgedOn: '2026-01-10' })).not.toContain('acknowledge');
  });

  it('freezes the request when it is sent, with its sent date and deadlines', () => {
    const fields = requestFields(eventChanges(draft, null, 'send', { date: '2026-01-05', note: '', replyDueOn: '2026-05-05', acknowledgementDueOn: '2026-02-04' }, ctx));
    expect(fields).toMatchObject({ status: 'sent', sentOn: '2026-01-05', frozenAt: '2026-01-05T09:00:00.000Z', replyDueOn: '2026-05-05', acknowledgementDueOn: '2026-02-04' });
  });

  it('adds an extension after the ones already granted, with its reason', () => {
    const once = { ...sent, extensions: [{ grantedOn: '2026-04-01', newDueOn: '2026-06-01', reason: 'First' }] };
    const fields = requestFields(eventChanges(once, null, 'extend', { date: '2026-05-20', note: 'Visit', newDueOn: '2026-08-01' }, ctx));
    expect(fields.extensions).toEqual([once.extensions[0], { grantedOn: '2026-05-20', newDueOn: '2026-08-01', reason: 'Visit' }]);
    expect(fields).not.toHaveProperty('status');
  });

  it('closes the linked case with the matching outcome only when asked and when its machine allows it', () => {
    const open = { id: draft.caseId, status: 'awaitingReply' as const };
    const closing = eventChanges(sent, open, 'close', { date: '2026-03-01', note: '', outcome: 'noReply', closeCase: true }, ctx);
    expect(fieldsOf(closing.find((c) => c.table === 'cases'))).toEqual({ status: 'closed', outcome: 'noFinding' });
    expect(eventChanges(sent, open, 'close', { date: '2026-03-01', note: '', outcome: 'confirmed', closeCase: false }, ctx).some((c) => c.table === 'cases')).toBe(false);
    expect(eventChanges(sent, { ...open, status: 'draft' }, 'close', { date: '2026-03-01', note: '', outcome: 'confirmed', closeCase: true }, ctx).some((c) => c.table === 'cases')).toBe(false);
  });

  it('writes a note on the case timeline with every event', () => {
    const note = eventChanges(sent, null, 'acknowledge', { date: '2026-01-10', note: '', theirReference: 'CBP-77' }, ctx).find((c) => c.table === 'notes');
    expect(fieldsOf(note)).toMatchObject({ caseId: sent.caseId, kind: 'note', text: 'Sent', author: 'Lan' });
  });
});
