// The meetings bench writes what its generator makes through the data layer, which refuses any
// record its schema rejects: these checks keep the generator in step with the shared schemas, so a
// schema change fails here, not halfway through `npm run bench`.
import { describe, expect, it } from 'vitest';
import {
  actionItemMatcher,
  actionItemSchema,
  agendaItemSchema,
  decisionSchema,
  meetingCaptureOrder,
  meetingNoteSchema,
  meetingSchema,
  participantSchema,
  type CapturedLine,
} from '../../shared/domain';
import { syntheticCases } from '../../bench/syntheticCases';
import { largeMeeting, syntheticActionItems, syntheticMeetings } from '../../bench/syntheticMeetings';
import { syntheticRegister } from '../../bench/syntheticRequests';

const newId = () => crypto.randomUUID();
const today = '2026-05-13';
const cases = syntheticCases(40, Array.from({ length: 40 }, newId));
const { requests } = syntheticRegister(cases, 40, newId);

describe('synthetic meetings and action items for the bench', () => {
  const meetings = syntheticMeetings(120, today, newId);
  const items = syntheticActionItems(2_000, { meetings, cases, requests }, today, newId);

  it('makes meetings and action items the shared schemas accept unchanged', () => {
    for (const meeting of meetings) expect(meetingSchema.parse(meeting)).toEqual(meeting);
    for (const item of items) expect(actionItemSchema.parse(item)).toEqual(item);
  });

  it('raises items only at meetings already held, each reference once, successors that exist', () => {
    const held = new Set(meetings.filter((m) => m.status === 'held' && m.startsAt.slice(0, 10) <= today).map((m) => m.id));
    for (const item of items) if (item.meetingId !== null) expect(held.has(item.meetingId)).toBe(true);
    expect(new Set(items.map((i) => i.reference)).size).toBe(items.length);
    const ids = new Set(items.map((i) => i.id));
    for (const item of items.filter((i) => i.status === 'superseded')) expect(ids.has(item.supersededById!)).toBe(true);
  });

  it('gives the dashboard and the tracker real work: every status, some overdue, some due this week', () => {
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['open', 'inProgress', 'done', 'cancelled', 'superseded']));
    const overdue = items.filter(actionItemMatcher({ due: 'overdue' }, today)).length;
    const thisWeek = items.filter(actionItemMatcher({ due: 'thisWeek' }, today)).length;
    expect(overdue).toBeGreaterThan(items.length * 0.03);
    expect(overdue).toBeLessThan(items.length * 0.3);
    expect(thisWeek).toBeGreaterThan(0);
    expect(items.filter(actionItemMatcher({ owner: 'phong kiem tra' }, today)).length).toBeGreaterThan(0);
    expect(new Set(meetings.map((m) => m.status))).toEqual(new Set(['held', 'cancelled', 'planned']));
  });

  it('is the same for the same seed', () => {
    let n = 0;
    const counter = () => `01900000-0000-7000-8000-${String(n++).padStart(12, '0')}`;
    const a = syntheticActionItems(100, { meetings, cases, requests }, today, counter);
    n = 0;
    expect(syntheticActionItems(100, { meetings, cases, requests }, today, counter)).toEqual(a);
  });

  it('makes the large meeting: 200 notes, all in the section meeting mode opens on, every row valid', () => {
    const large = largeMeeting(today, newId);
    expect(meetingSchema.parse(large.meeting)).toEqual(large.meeting);
    for (const p of large.participants) expect(participantSchema.parse(p)).toEqual(p);
    for (const a of large.agendaItems) expect(agendaItemSchema.parse(a)).toEqual(a);
    for (const d of large.decisions) expect(decisionSchema.parse(d)).toEqual(d);
    for (const n of large.notes) expect(meetingNoteSchema.parse(n)).toEqual(n);
    for (const i of large.actionItems) expect(actionItemSchema.parse(i)).toEqual(i);
    const lines: CapturedLine[] = [
      ...large.notes.map((row): CapturedLine => ({ kind: 'note', row })),
      ...large.decisions.map((row): CapturedLine => ({ kind: 'decision', row })),
      ...large.actionItems.map((row): CapturedLine => ({ kind: 'actionItem', row })),
    ];
    const sections = meetingCaptureOrder(large.agendaItems, lines);
    expect(sections[0]!.agendaItem?.position).toBe(1);
    expect(sections[0]!.lines).toHaveLength(200);
    expect(sections[0]!.lines.every((l) => l.kind === 'note')).toBe(true);
  });
});
