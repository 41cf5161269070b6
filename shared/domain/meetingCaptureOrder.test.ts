import fc from 'fast-check';
import { v4, v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { meetingCaptureOrder, uuidV7Time, type CapturedLine } from './meetingCaptureOrder';
import type { AgendaItem } from './meetingRecord';
import { sampleRecords } from './sampleRecords';

const meetingId = sampleRecords.meetings.id;
const agendaItem = (position: number, title: string): AgendaItem => ({ ...sampleRecords.agendaItems, id: v7(), position, title });
const origin = agendaItem(1, 'Origin verification');
const lists = agendaItem(2, 'Risk lists');
const at = (time: string) => Date.parse(`2027-03-10T${time}Z`);

const note = (item: AgendaItem | null, time: string, text: string): CapturedLine => ({
  kind: 'note',
  row: { id: v7({ msecs: at(time) }), meetingId, agendaItemId: item?.id ?? null, text, capturedAt: new Date(at(time)).toISOString() },
});
const decision = (item: AgendaItem, time: string, text: string): CapturedLine => ({
  kind: 'decision',
  row: { ...sampleRecords.decisions, id: v7({ msecs: at(time) }), agendaItemId: item.id, text },
});
const action = (item: AgendaItem, time: string, text: string): CapturedLine => ({
  kind: 'actionItem',
  row: { ...sampleRecords.actionItems, id: v7({ msecs: at(time) }), agendaItemId: item.id, text, createdAt: new Date(at(time)).toISOString() },
});

// Two delegation members on their own laptops, offline, capturing the same meeting.
const laptopA = [note(null, '09:00:05', 'Opening remarks'), note(origin, '09:05:00', 'VN presents 12 cases'), decision(origin, '09:20:00', 'Reply within 90 days'), action(lists, '10:10:00', 'Send the Q2 list')];
const laptopB = [note(origin, '09:05:30', 'CBP asks about plywood'), action(origin, '09:25:00', 'Share the mill audit'), note(lists, '10:00:00', 'Both sides exchange lists')];

const textsOf = (sections: ReturnType<typeof meetingCaptureOrder>) => sections.map((s) => [s.agendaItem?.title ?? null, s.lines.map((l) => l.row.text)]);

describe('meetingCaptureOrder', () => {
  it('shows both laptops’ lines after sync, each once, under their agenda items by capture time, whichever arrived first', () => {
    const expected = [
      [null, ['Opening remarks']],
      ['Origin verification', ['VN presents 12 cases', 'CBP asks about plywood', 'Reply within 90 days', 'Share the mill audit']],
      ['Risk lists', ['Both sides exchange lists', 'Send the Q2 list']],
    ];
    expect(textsOf(meetingCaptureOrder([origin, lists], [...laptopA, ...laptopB]))).toEqual(expected);
    expect(textsOf(meetingCaptureOrder([lists, origin], [...laptopB, ...laptopA]))).toEqual(expected);
  });

  it('gives the same order for any order the rows arrive in, and loses none', () => {
    const lines = [...laptopA, ...laptopB];
    const expected = meetingCaptureOrder([origin, lists], lines);
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), (arrived) => {
        const sections = meetingCaptureOrder([lists, origin], arrived);
        expect(sections).toEqual(expected);
        expect(sections.flatMap((s) => s.lines)).toHaveLength(lines.length);
      }),
    );
  });

  it('keeps lines typed at the same second apart by id, and lines under a deleted item in the first section', () => {
    const same = [note(origin, '09:30:00', 'first'), note(origin, '09:30:00', 'second')];
    const order = meetingCaptureOrder([origin], same)[0]!.lines.map((l) => l.row.id);
    expect(order).toEqual(same.map((l) => l.row.id).sort());
    const orphan = note(lists, '09:40:00', 'under a removed item');
    expect(textsOf(meetingCaptureOrder([origin], [orphan]))).toEqual([
      [null, ['under a removed item']],
      ['Origin verification', []],
    ]);
  });

  it('reads the capture time a UUIDv7 carries, and none from another UUID', () => {
    expect(uuidV7Time(v7({ msecs: at('09:20:00') }))).toBe(at('09:20:00'));
    expect(uuidV7Time(v4())).toBeNull();
  });
});
