import { describe, expect, it } from 'vitest';
import { meetingCaptureOrder, type AgendaItem, type CapturedLine } from '../../../../shared/domain';
import { sampleId, sampleRecords } from '../../../../shared/domain/sampleRecords';
import { agendaStops, moveStop, resolveStop, sectionOf } from './agendaNavigation';

const item = (n: number, position: number): AgendaItem => ({ ...sampleRecords.agendaItems, id: sampleId(n), position, title: `Item ${n}` });
const agenda = [item(1, 1), item(2, 2), item(3, 3)];
const note = (n: number, agendaItemId: string | null): CapturedLine => ({ kind: 'note', row: { ...sampleRecords.meetingNotes, id: sampleId(100 + n), agendaItemId } });

describe('agenda stops', () => {
  it('are the agenda items by position', () => {
    expect(agendaStops(meetingCaptureOrder([agenda[2]!, agenda[0]!, agenda[1]!], []))).toEqual([sampleId(1), sampleId(2), sampleId(3)]);
  });

  it('start with the meeting as a whole when lines sit under no item, and are only that with no agenda', () => {
    expect(agendaStops(meetingCaptureOrder(agenda, [note(1, null)]))).toEqual([null, sampleId(1), sampleId(2), sampleId(3)]);
    expect(agendaStops(meetingCaptureOrder([], []))).toEqual([null]);
  });
});

describe('moving between agenda items', () => {
  const stops = [null, sampleId(1), sampleId(2)];

  it('goes to the next and previous item and stays at either end', () => {
    expect(moveStop(stops, sampleId(1), 1)).toBe(sampleId(2));
    expect(moveStop(stops, sampleId(1), -1)).toBeNull();
    expect(moveStop(stops, sampleId(2), 1)).toBe(sampleId(2));
    expect(moveStop(stops, null, -1)).toBeNull();
  });

  it('starts from the first when the current item is gone', () => {
    expect(moveStop(stops, sampleId(9), 1)).toBe(sampleId(1));
  });
});

describe('the item shown', () => {
  const stops = [sampleId(1), sampleId(2)];

  it('is the one asked for, else the one shown before (an added item not yet read back), else the first', () => {
    expect(resolveStop(stops, sampleId(2), sampleId(1))).toBe(sampleId(2));
    expect(resolveStop(stops, sampleId(7), sampleId(2))).toBe(sampleId(2));
    expect(resolveStop(stops, sampleId(7), sampleId(8))).toBe(sampleId(1));
    expect(resolveStop(stops, undefined, undefined)).toBe(sampleId(1));
  });

  it('has its section of lines', () => {
    const sections = meetingCaptureOrder(agenda, [note(1, sampleId(2)), note(2, sampleId(2))]);
    expect(sectionOf(sections, sampleId(2), agenda).lines).toHaveLength(2);
    expect(sectionOf(sections, null, agenda)).toEqual({ agendaItem: null, lines: [] });
  });
});
