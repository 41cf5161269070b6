import { describe, expect, it } from 'vitest';
import { actionItemFieldsSchema, agendaItemSchema, decisionSchema, meetingNoteSchema } from '../../../../shared/domain';
import { sampleId, sampleRecords } from '../../../../shared/domain/sampleRecords';
import { actionItemChanges, agendaItemChanges, decisionChanges, nextAgendaPosition, noteChanges, type CaptureContext } from './captureChanges';

const now = new Date('2027-01-11T03:04:05.678Z');
const ctx: CaptureContext = { id: sampleId(90), meetingId: sampleId(30), agendaItemId: sampleId(32), now };
const put = (changes: ReturnType<typeof noteChanges>) => {
  expect(changes).toHaveLength(1);
  const [change] = changes;
  if (change?.op !== 'put') throw new Error('expected a put');
  return change;
};

describe('a note', () => {
  it('is one meetingNotes row under the current item, trimmed, stamped with the laptop clock', () => {
    const change = put(noteChanges('  CBP agrees to share the list.  ', ctx));
    expect(change).toMatchObject({ table: 'meetingNotes', id: ctx.id });
    expect(change.fields).toEqual({ id: ctx.id, meetingId: ctx.meetingId, agendaItemId: ctx.agendaItemId, text: 'CBP agrees to share the list.', capturedAt: '2027-01-11T03:04:05.678Z' });
    expect(meetingNoteSchema.safeParse(change.fields).success).toBe(true);
  });

  it('may be about the meeting as a whole, and blank text writes nothing', () => {
    expect(put(noteChanges('Opening remarks', { ...ctx, agendaItemId: null })).fields.agendaItemId).toBeNull();
    expect(noteChanges(' \n ', ctx)).toEqual([]);
  });
});

describe('a decision', () => {
  it('is a decisions row of the chosen kind', () => {
    const change = put(decisionChanges('Deferred to the next session. ', 'deferred', ctx));
    expect(change.table).toBe('decisions');
    expect(change.fields).toEqual({ id: ctx.id, meetingId: ctx.meetingId, agendaItemId: ctx.agendaItemId, kind: 'deferred', text: 'Deferred to the next session.' });
    expect(decisionSchema.safeParse(change.fields).success).toBe(true);
    expect(decisionChanges('', 'agreed', ctx)).toEqual([]);
  });
});

describe('an action item', () => {
  const draft = { text: ' Send the risk list ', ownerSide: 'counterpart' as const, owner: ' CBP NTC ', dueText: 'next Friday' };

  it('has every field a created item needs, open, normal priority, under the current item', () => {
    const change = put(actionItemChanges(draft, '2027-01-22', 'AI-2027-K7QX-003', ctx));
    expect(change.table).toBe('actionItems');
    expect(change.fields).toEqual({
      id: ctx.id,
      reference: 'AI-2027-K7QX-003',
      text: 'Send the risk list',
      meetingId: ctx.meetingId,
      agendaItemId: ctx.agendaItemId,
      ownerSide: 'counterpart',
      owner: 'CBP NTC',
      dueDate: '2027-01-22',
      priority: 'normal',
      status: 'open',
      caseIds: [],
      requestIds: [],
      closingNote: '',
      supersededById: null,
      closedAt: null,
    });
    // commitChanges stamps the two times; with them the row is a valid action item.
    const stamped = { ...change.fields, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    expect(actionItemFieldsSchema.safeParse(stamped).success).toBe(true);
  });

  it('saves without a date as null, and not at all without text', () => {
    expect(put(actionItemChanges({ ...draft, dueText: '' }, null, 'AI-2027-003', ctx)).fields.dueDate).toBeNull();
    expect(actionItemChanges({ ...draft, text: '  ' }, null, 'AI-2027-003', ctx)).toEqual([]);
  });
});

describe('an agenda item added during the meeting', () => {
  it('goes after the last position, whatever order the agenda is in', () => {
    expect(nextAgendaPosition([])).toBe(1);
    expect(nextAgendaPosition([{ position: 3 }, { position: 1 }, { position: 7 }])).toBe(8);
  });

  it('is an agendaItems row with no lead side, summary or cases', () => {
    const change = put(agendaItemChanges(' AOB: e-CO pilot ', [{ position: 1 }, { position: 2 }], ctx));
    expect(change.table).toBe('agendaItems');
    expect(change.fields).toEqual({ id: ctx.id, meetingId: ctx.meetingId, position: 3, title: 'AOB: e-CO pilot', leadSide: null, discussionSummary: '', caseIds: [] });
    expect(agendaItemSchema.safeParse(change.fields).success).toBe(true);
    expect(agendaItemChanges('', [sampleRecords.agendaItems], ctx)).toEqual([]);
  });
});
