import { describe, expect, it } from 'vitest';
import { meetingSchema, participantSchema } from './meeting';
import { agendaItemSchema, decisionSchema } from './meetingRecord';
import { msg } from './messageKeys';
import { sampleRecords } from './sampleRecords';

const issuesOf = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.map(String).join('.'), i.message]) ?? [];

describe('meeting', () => {
  const base = sampleRecords.meetings;
  it.each([
    [{ endsAt: '2026-03-10T01:00:00.000Z' }, [['endsAt', msg.dateOrder]]],
    [{ timeZone: 'Hanoi' }, [['timeZone', msg.timeZone]]],
    [{ counterpartTimeZone: 'EST5EDT/Nowhere' }, [['counterpartTimeZone', msg.timeZone]]],
    [{ mode: 'phone' }, [['mode', msg.choice]]],
    [{ minutesStatus: 'final' }, [['minutesStatus', msg.choice]]],
    [{ counterpartCountry: '' }, [['counterpartCountry', msg.required]]],
    [
      { itemsExchanged: [{ kind: 'riskList', direction: 'sent', description: 'List 2026/1', riskListId: null }] },
      [['itemsExchanged.0.direction', msg.choice]],
    ],
  ])('rejects %j', (patch, expected) => expect(issuesOf(meetingSchema.safeParse({ ...base, ...patch }))).toEqual(expected));

  it('records exchanged items such as a risk list', () => {
    const item = { kind: 'riskList', direction: 'received', description: 'High-risk list 2026/1', riskListId: sampleRecords.riskLists.id };
    expect(meetingSchema.safeParse({ ...base, itemsExchanged: [item] }).success).toBe(true);
  });
});

describe('delegations, agenda and decisions', () => {
  it('knows the delegation roles', () => {
    expect(participantSchema.safeParse({ ...sampleRecords.participants, role: 'interpreter' }).success).toBe(true);
    expect(issuesOf(participantSchema.safeParse({ ...sampleRecords.participants, role: 'chair' }))).toEqual([['role', msg.choice]]);
    expect(issuesOf(participantSchema.safeParse({ ...sampleRecords.participants, attended: 'yes' }))).toEqual([
      ['attended', msg.invalidType],
    ]);
  });

  it('orders agenda items from 1', () => {
    expect(issuesOf(agendaItemSchema.safeParse({ ...sampleRecords.agendaItems, position: 0 }))).toEqual([['position', msg.positive]]);
  });

  it('records decisions as agreed, noted, deferred or rejected', () => {
    expect(decisionSchema.safeParse({ ...sampleRecords.decisions, kind: 'deferred' }).success).toBe(true);
    expect(issuesOf(decisionSchema.safeParse({ ...sampleRecords.decisions, kind: 'approved' }))).toEqual([['kind', msg.choice]]);
  });
});
